import type {ArticleDraft} from '../library/draft.js';
import {readArticleFile} from '../library/read-article.js';
import type {Db} from '../store/open-db.js';
import {articleFileName, renderArticle} from './article-file.js';
import {openFeedsDb, type FeedsDb} from './feeds-db.js';
import {indexedKeys, textKeyOf, urlKeyOf} from './keys.js';
import {publish, removeQuietly, removeStaleTemps, writeTemp} from './write-file.js';

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
  save(draft: ArticleDraft, keys?: readonly string[]): SaveOutcome;
}

/** Opens library `root` (absolute, existing) for adding, in an open brief database. */
export function openTarget(db: Db, root: string): Target {
  const feeds = openFeedsDb(db, root);
  const known = new Set([...indexedKeys(db, root), ...feeds.addedKeys()]);
  removeStaleTemps(root);
  return {
    root,
    feeds,
    has: (key) => known.has(key),
    save(draft, extraKeys = []) {
      const keys = [...(draft.url ? [urlKeyOf(draft.url)] : []), ...extraKeys];
      if (keys.some((k) => known.has(k))) return {status: 'duplicate', title: draft.title};
      let temp: string;
      try {
        temp = writeTemp(root, renderArticle(draft));
      } catch (err) {
        return {
          status: 'failed',
          reason: `cannot write in ${root}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        };
      }
      // Read back exactly as the library will read it: what is checked is what gets indexed.
      const read = readArticleFile(temp);
      if (!read.ok) {
        removeQuietly(temp);
        return {status: 'failed', reason: read.skipped.reason};
      }
      const textKey = textKeyOf(read.article.paragraphs.join('\n\n'));
      if (known.has(textKey)) {
        removeQuietly(temp);
        return {status: 'duplicate', title: read.article.title};
      }
      let path: string;
      try {
        path = publish(temp, root, articleFileName(draft));
      } catch (err) {
        return {
          status: 'failed',
          reason: `cannot write in ${root}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        };
      }
      const all = [...keys, textKey];
      for (const k of all) known.add(k);
      feeds.remember(all, path);
      return {status: 'added', path, title: read.article.title};
    },
  };
}
