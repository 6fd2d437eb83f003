import {existsSync} from 'node:fs';
import type {ArticleDraft} from '../library/draft.js';
import {takeDraftBylines} from '../library/draft-bylines.js';
import {splitFrontMatter} from '../library/front-matter.js';
import {parseBody} from '../library/plain-text.js';
import {fsProblem} from '../library/fs-problem.js';
import {DEFAULT_MAX_BYTES, decodeText, tooLarge} from '../library/read-article.js';
import {cleanText} from '../library/sanitize.js';
import type {Db} from '../store/open-db.js';
import {errorLine} from '../web/errors.js';
import {articleFileName, renderArticle} from './article-file.js';
import {coalesce} from './coalesce.js';
import {openFeedsDb, type FeedsDb} from './feeds-db.js';
import {indexedKeys, textKeyOf, urlKeyOf} from './keys.js';
import {publish, removeQuietly, removeStaleTemps, writeTemp} from './write-file.js';

/** What became of one article brought in. */
export type SaveOutcome =
  | {status: 'added'; path: string; title: string}
  /**
   * `existing`: the file the library holds it as (or added it as, when that file has been deleted since); null while
   * another write of it (this program's or another's) has yet to give its file a name.
   */
  | {status: 'duplicate'; title: string; existing: string | null}
  /** `lasting`: the same article would fail the same way every time (too large to be read), so it is not retried. */
  | {status: 'failed'; reason: string; lasting?: boolean};

/** The library articles are added to: its folder, its subscriptions and the keys of what it holds. */
export interface Target {
  /** The library folder, absolute. */
  readonly root: string;
  readonly feeds: FeedsDb;
  /** True when an article with this key is in the library or was added before. */
  has(key: string): boolean;
  /** The file that holds the article with any of these keys (in the library or added before), or null. */
  holder(keys: readonly string[]): string | null;
  /** True when brief wrote the file at `path` (an added article, not one the user put in the folder). */
  isAdded(path: string): boolean;
  /** True when a feed item with any of these keys was found unreadable for good before. */
  wasUnreadable(keys: readonly string[]): boolean;
  /** Remembers that the feed item with these keys can never be read. */
  markUnreadable(keys: readonly string[], reason: string): void;
  /** True when a feed item with any of these keys was not read for now at an earlier refresh (to be tried again). */
  wasDeferred(keys: readonly string[]): boolean;
  /** When the feed item with these keys first failed for now (ms), or null when it has not. */
  deferredSince(keys: readonly string[]): number | null;
  /**
   * Remembers that the feed item with these keys (of feed `feed`, null for a file's) was not read for now, and why:
   * the next refresh tries it again.
   */
  markDeferred(keys: readonly string[], reason: string, feed: string | null): Promise<void>;
  /**
   * Writes a new article file, unless the library has it already (by URL, text or any of `keys`). An article added
   * before whose file the user has deleted is not brought back by a feed (its item would return at each refresh),
   * but is by an explicit add (`again`). `mtimeMs` is the time the file is given as added: the list orders the
   * articles of one day whose date gives no time by it, so a feed's items keep the feed's own order. `feed`: the
   * feed that brought it, linked to the file in the same transaction that records its keys.
   */
  save(
    draft: ArticleDraft,
    keys?: readonly string[],
    options?: {again?: boolean; mtimeMs?: number; feed?: string | null},
  ): Promise<SaveOutcome>;
  /** Notes that feed `url` brought in the article at `path` (found already there), with others of this turn. */
  link(url: string, path: string): Promise<void>;
  /**
   * Copies an article file's bytes into the folder under `name` (or `name-2`… when taken), unless the library has
   * it already (by any of `keys` or its text), as an explicit add does (`again`). The bytes are written as they
   * are: the copy reads exactly as the user's file does.
   */
  copy(bytes: Uint8Array, name: string, keys: readonly string[]): Promise<SaveOutcome>;
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

// In the file system's words ("cannot write in …: EACCES" was the whole reason).
const writeError = (root: string, err: unknown): SaveOutcome => ({
  status: 'failed',
  reason: `cannot write in ${root}: ${fsProblem(err)}`,
});

/** Opens library `root` (absolute, existing) for adding, in an open brief database. */
export function openTarget(db: Db, root: string): Target {
  const feeds = openFeedsDb(db, root);
  // Each key with the file that holds it (the library's files over the record of what was added).
  const addedKeys = feeds.addedKeys();
  const known = new Map([...addedKeys, ...indexedKeys(db, root)]);
  const addedPaths = new Set(addedKeys.values());
  const unreadable = feeds.unreadableKeys();
  const deferred = feeds.retryKeys();
  const holder = (keys: readonly string[], again: boolean): string | null => {
    for (const k of keys) {
      const path = known.get(k);
      if (path !== undefined && !(again && !existsSync(path))) return path;
    }
    return null;
  };
  removeStaleTemps(root);
  // The writes of the items that reach them in one turn of the event loop, one transaction for all (coalesce).
  const claim = coalesce(feeds.claimMany);
  // A batch the database refuses is recorded item by item, so that only the item it refuses fails (its file goes).
  const remember = coalesce((written: {keys: readonly string[]; path: string; feed: string | null}[]) => {
    try {
      feeds.rememberMany(written);
      return written.map(() => null);
    } catch {
      return written.map((w): unknown => {
        try {
          feeds.rememberMany([w]);
          return null;
        } catch (err) {
          return err;
        }
      });
    }
  });
  const defer = coalesce((items: {keys: readonly string[]; reason: string; feed: string | null}[]) => {
    feeds.rememberRetries(items);
    return items.map(() => undefined);
  });
  const link = coalesce((links: {feed: string; path: string}[]) => {
    feeds.linkMany(links);
    return links.map(() => undefined);
  });
  // A key is claimed under the folder's name until its file has one (see write).
  const named = (path: string): string | null => (path === root ? null : path);
  return {
    root,
    feeds,
    has: (key) => known.has(key),
    holder: (keys) => holder(keys, false),
    isAdded: (path) => addedPaths.has(path),
    wasUnreadable: (keys) => keys.some((k) => unreadable.has(k)),
    markUnreadable: (keys, reason) => {
      if (keys.length === 0) return;
      for (const k of keys) {
        unreadable.add(k);
        deferred.delete(k);
      }
      feeds.rememberUnreadable(keys, reason);
    },
    wasDeferred: (keys) => keys.some((k) => deferred.has(k)),
    deferredSince: (keys) => {
      const times = keys.flatMap((k) => deferred.get(k) ?? []);
      return times.length > 0 ? Math.min(...times) : null;
    },
    markDeferred: async (keys, reason, feed) => {
      if (keys.length === 0) return;
      const now = Date.now();
      for (const k of keys) if (!deferred.has(k)) deferred.set(k, now);
      await defer({keys, reason, feed});
    },
    async save(draft, extraKeys = [], {again = false, mtimeMs, feed = null} = {}) {
      const keys = [...(draft.url ? [urlKeyOf(draft.url)] : []), ...extraKeys];
      const held = holder(keys, again);
      if (held !== null) return {status: 'duplicate', title: draft.title, existing: named(held)};
      // The byline goes to the front matter, where the library reads a file's writers.
      const text = renderArticle(takeDraftBylines(draft));
      const out = await write(text, articleFileName(draft), keys, again, {mtimeMs, feed});
      // Its text is in the library under another address (a story two feeds carry): its own keys are remembered
      // as that file's, or each refresh took the item as new again, fetched its page and counted it against the cap.
      // (Linked to the feed as any item found in the library is: by the caller, when brief wrote the file.)
      if (out.status === 'duplicate' && out.existing !== null && keys.length > 0) {
        const path = out.existing;
        const refused = await remember({keys, path, feed: null}).catch((err: unknown) => err ?? 'refused');
        if (refused === null) for (const k of keys) if (!known.has(k)) known.set(k, path);
      }
      return out;
    },
    link: (url, path) => link({feed: url, path}),
    async copy(bytes, name, keys) {
      const decoded = decodeText(Buffer.from(bytes));
      if (!decoded.ok) return {status: 'failed', reason: decoded.reason};
      return write(decoded.text, name, keys, true, {bytes});
    },
  };

  /**
   * Writes `text` (or the `bytes` it was read from) as a new file named after `name`, unless a key is held. The
   * file and its record (keys, and the feed's link) come together: a record that cannot be made takes the file away.
   */
  async function write(
    text: string,
    name: string,
    keys: readonly string[],
    again: boolean,
    {
      bytes,
      mtimeMs,
      feed = null,
    }: {bytes?: Uint8Array; mtimeMs?: number | undefined; feed?: string | null} = {},
  ): Promise<SaveOutcome> {
    // Checked as the library will read it: what is checked is what gets indexed. A file over the library's size
    // limit would be written and then skipped by every command that reads the folder (a 6 MB feed item).
    const size = bytes ? bytes.length : Buffer.byteLength(text);
    if (size > DEFAULT_MAX_BYTES)
      return {
        status: 'failed',
        reason: `its article file would be ${tooLarge(size, DEFAULT_MAX_BYTES)} for the library to read`,
        lasting: true,
      };
    const read = asRead(text);
    if ('reason' in read) return {status: 'failed', reason: read.reason};
    const all = [...keys, textKeyOf(read.paragraphs.join('\n\n'))];
    const same = holder(all, again) ?? (await claim({keys: all, again}));
    if (same !== null) return {status: 'duplicate', title: read.title, existing: named(same)};
    // Claimed before the write (under the folder's name until the file has one), so the same article arriving
    // twice in one refresh is written once.
    const before = new Map(all.map((k) => [k, known.get(k)]));
    for (const k of all) known.set(k, root);
    const undo = (): void => {
      try {
        feeds.release(all);
      } catch {
        // Left as a claim, which holds nothing after a minute.
      }
      for (const [k, was] of before) {
        if (was === undefined) known.delete(k);
        else known.set(k, was);
      }
    };
    let path: string;
    try {
      path = publish(await writeTemp(root, bytes ?? text, mtimeMs), root, name);
    } catch (err) {
      undo();
      return writeError(root, err);
    }
    const refused = await remember({keys: all, path, feed}).catch((err: unknown) => err ?? 'refused');
    if (refused !== null) {
      removeQuietly(path);
      undo();
      return {status: 'failed', reason: `cannot record it in the database: ${errorLine(refused)}`};
    }
    for (const k of all) known.set(k, path);
    addedPaths.add(path);
    return {status: 'added', path, title: read.title};
  }
}
