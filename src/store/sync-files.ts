import {loadHtmlReaderFor} from '../library/html-file.js';
import {readArticleFile} from '../library/read-article.js';
import type {FileWarning, SkippedFile} from '../library/types.js';
import {backfillFeeds} from './feed-backfill.js';
import {mayRecoverFeeds, recoveredFeedsLine, recoverFeeds} from './recover-feeds.js';
import {scanLibrary, scanLibraryAsync} from './scan.js';
import type {SqliteStore} from './sqlite-store.js';
import {createWriter, type Affected} from './store-writes.js';
import {BUSY, tryWrite, WriteBusy} from './write-lock.js';

/** What bringing the store's file list up to date did. */
export interface FileSync {
  /** Files read because they were new or changed (every other file was only looked at: size and time). */
  read: number;
  removed: number;
  /** Files that are not articles, new or remembered, with the reason. */
  skipped: SkippedFile[];
  /**
   * Things wrong in the library's articles (an invalid date, front matter YAML could not read), by path: those of
   * files read now and those remembered from when an unchanged file was read, so every run says them.
   */
  warnings: FileWarning[];
}

/** The warnings stored with `root`'s files (store-writes.ts putArticle), by path. */
export function storedWarnings(db: SqliteStore['db'], root: string): FileWarning[] {
  const rows = db
    .prepare<[string], {path: string; warnings: string}>(
      'SELECT path, warnings FROM files WHERE root = ? AND warnings IS NOT NULL ORDER BY path',
    )
    .all(root);
  return rows.flatMap((r) => {
    try {
      const messages = JSON.parse(r.warnings) as unknown;
      return Array.isArray(messages) ? messages.map((m) => ({path: r.path, message: String(m)})) : [];
    } catch {
      return [];
    }
  });
}

// Articles written per transaction: a first sync of 50,000 files must not hold them all, nor commit each alone.
const BATCH = 200;

/**
 * Brings the store's list of files (metadata and text, not analyses) up to date with the folder, as the first half
 * of an index does: unchanged files (same path, size and time) are not opened, new and changed ones are read here
 * and written in batches. What `brief list` runs before listing from the store. Throws LibraryError when the folder
 * itself cannot be used.
 */
/** How a sync shares the thread: a reader reads a few files at a time and lets keys in between. */
export interface SyncPace {
  /** Files read and written per transaction (default 200). */
  batch?: number;
  /** Awaited between batches. */
  between?: () => Promise<void>;
  /**
   * A reader's sync, on the thread that answers keys: the folder is walked in slices, each write waits at most
   * this long for another program's write lock (WriteBusy is thrown when it did not get it: what was written
   * stays, the rest is the index pass's), and the one-time feed backfill is left to the index pass, which reads
   * it in slices. Undefined: a command's sync, which walks at once and waits the connection's busy timeout.
   */
  writeWaitMs?: number;
  /** Called after each new or changed file is read (`done` of `total`): `brief list`'s progress line. */
  onRead?: (done: number, total: number) => void;
}

export async function syncFiles(store: SqliteStore, pace: SyncPace = {}): Promise<FileSync> {
  const {root} = store;
  const db = store.db;
  const reader = pace.writeWaitMs !== undefined;
  const plan = reader ? await scanLibraryAsync(db, root) : scanLibrary(db, root);
  const transact = (write: () => void): void => {
    if (!reader) return db.transaction(write).immediate();
    if (tryWrite(db, pace.writeWaitMs ?? 0, write) === BUSY) throw new WriteBusy(store.path);
  };
  const writer = createWriter(db, (rows) => store.journalMarks(rows));
  const affected: Affected = new Map();
  const out: FileSync = {read: plan.reads.length, removed: 0, skipped: [...plan.skipped], warnings: []};
  await loadHtmlReaderFor(plan.reads.map((r) => r.path));
  const size = pace.batch ?? BATCH;
  let done = 0;
  for (let i = 0; i < plan.reads.length; i += size) {
    if (i > 0) await pace.between?.();
    const batch = plan.reads.slice(i, i + size);
    transact(() => {
      for (const job of batch) {
        const read = readArticleFile(job.path, {id: job.id});
        if (read.ok) {
          writer.putArticle(root, read.article, affected, read.warnings);
        } else {
          out.skipped.push(read.skipped);
          writer.putSkipped(root, {...job, reason: read.skipped.reason}, affected);
        }
        done += 1;
        pace.onRead?.(done, plan.reads.length);
      }
    });
  }
  // Nothing new, changed, gone or renamed: no write at all (another program may hold the write lock meanwhile).
  if (plan.reads.length === 0 && plan.missing === 0 && plan.idMoves.length === 0 && affected.size === 0) {
    out.warnings = storedWarnings(db, root);
    restoreSubscriptions(store, pace.writeWaitMs);
    return out;
  }
  transact(() => {
    // Looking for what is gone reads every stored file of the library: only when something is.
    if (plan.missing > 0) out.removed = writer.removeMissing(root, new Set(plan.files), affected);
    for (const move of plan.idMoves) writer.setId(move.path, move.id);
    writer.refreshEntities(affected);
  });
  out.warnings = storedWarnings(db, root);
  restoreSubscriptions(store, pace.writeWaitMs);
  return out;
}

/**
 * Makes the library's subscriptions again from its articles when the database never held any, and says so.
 * `writeWaitMs`: a reader's (see SyncPace), which leaves the backfill to its index pass and waits that long at most.
 */
function restoreSubscriptions(store: SqliteStore, writeWaitMs?: number): void {
  const {db, root} = store;
  if (store.readOnly) return;
  if (writeWaitMs === undefined) {
    try {
      backfillFeeds(db);
    } catch {
      // Another program holds the write lock, or a file went away: the next pass fills it in.
    }
  }
  if (!mayRecoverFeeds(db, root)) return;
  const count =
    writeWaitMs === undefined
      ? db.transaction(() => recoverFeeds(db, root)).immediate()
      : tryWrite(db, writeWaitMs, () => recoverFeeds(db, root));
  if (count === BUSY) throw new WriteBusy(store.path);
  if (count > 0) store.notify(recoveredFeedsLine(store.path, count));
}
