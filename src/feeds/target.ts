import type {ArticleDraft} from '../library/draft.js';
import {splitFrontMatter} from '../library/front-matter.js';
import {parseBody} from '../library/plain-text.js';
import {cleanText} from '../library/sanitize.js';
import type {Db} from '../store/open-db.js';
import {articleFileName, renderArticle} from './article-file.js';
import {openFeedsDb, type FeedsDb} from './feeds-db.js';
import {indexedKeys, textKeyOf, urlKeyOf} from './keys.js';
import {publish, removeStaleTemps, writeTemp} from './write-file.js';

/** What became of one article brought in. */
export type SaveOutcome =
  | {status: 'added'; path: string; title: string}
  | {status: 'duplicate'; title: string}
  | {status: 'failed'; reason: string};

/** The library articles are added to: its folder, its subscriptions and the keys of what it holds. */
export interface Target {
  /** The library folder, absolute. */
  readonly root: string;
  readonly feeds: FeedsDb;
  /** True when an article with this key is in the library or was added before. */
  has(key: string): boolean;
  /** Writes a new article file, unless the library has it already (by URL, text or any of `keys`). */
  save(draft: ArticleDraft, keys?: readonly string[]): Promise<SaveOutcome>;
}

/** The paragraphs and title the library will read from an article file's text (as readArticleFile does). */
function asRead(text: string): {title: string; paragraphs: string[]} | {reason: string} {
  const front = splitFrontMatter(cleanText(text));
  if (front.kind === 'error') return {reason: front.reason};
  const title = front.kind === 'ok' ? front.fields.title : null;
  const body = parseBody(front.body, title);
  if (body.paragraphs.length === 0) return {reason: 'no article text'};
  return {title: title ?? body.title ?? 'Untitled', paragraphs: body.paragraphs};
}

const writeError = (root: string, err: unknown): SaveOutcome => ({
  status: 'failed',
  reason: `cannot write in ${root}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
});

/** Opens library `root` (absolute, existing) for adding, in an open brief database. */
export function openTarget(db: Db, root: string): Target {
  const feeds = openFeedsDb(db, root);
  const known = new Set([...indexedKeys(db, root), ...feeds.addedKeys()]);
  removeStaleTemps(root);
  return {
    root,
    feeds,
    has: (key) => known.has(key),
    async save(draft, extraKeys = []) {
      const keys = [...(draft.url ? [urlKeyOf(draft.url)] : []), ...extraKeys];
      if (keys.some((k) => known.has(k))) return {status: 'duplicate', title: draft.title};
      const text = renderArticle(draft);
      // Checked as the library will read it: what is checked is what gets indexed.
      const read = asRead(text);
      if ('reason' in read) return {status: 'failed', reason: read.reason};
      const all = [...keys, textKeyOf(read.paragraphs.join('\n\n'))];
      if (all.some((k) => known.has(k))) return {status: 'duplicate', title: read.title};
      // Claimed before the write, so the same article arriving twice in one refresh is written once.
      for (const k of all) known.add(k);
      let path: string;
      try {
        path = publish(await writeTemp(root, text), root, articleFileName(draft));
      } catch (err) {
        for (const k of all) known.delete(k);
        return writeError(root, err);
      }
      feeds.remember(all, path);
      return {status: 'added', path, title: read.title};
    },
  };
}
