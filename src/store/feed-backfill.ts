import {closeSync, openSync, readSync} from 'node:fs';
import {splitFrontMatter} from '../library/front-matter.js';
import type {Db} from './open-db.js';
import {heldSubscriptions} from './recover-feeds.js';
import {FEEDS_READ} from './schema.js';
import {tryWrite} from './write-lock.js';

// A database indexed before files had a `feed` column holds null there for every file read then, so lost
// subscriptions could come back only from files read again. Once per database, the files of the libraries that have
// never held a subscription (the only ones recover-feeds.ts looks at) have their front matter read for it, and
// nothing else of them: about 0.3 s at 10,000 files. A database made with the column is marked done when made.

// Front matter is at the head of a file; one that runs past this is read again with the file, as before.
const HEAD_BYTES = 16 * 1024;

/** A file whose front matter is to be read for its feed. */
export interface PendingFeed {
  fid: number;
  path: string;
}

/** The files to read once for their feed; null when the database has done it (one meta row read). */
export function feedsToBackfill(db: Db): PendingFeed[] | null {
  if (db.prepare<[string]>('SELECT 1 FROM meta WHERE key = ?').get(FEEDS_READ) !== undefined) return null;
  const roots = db.prepare<[], {root: string}>('SELECT DISTINCT root FROM files').all();
  const rows = db.prepare<[string], PendingFeed>(
    'SELECT fid, path FROM files WHERE root = ? AND feed IS NULL AND hash IS NOT NULL',
  );
  return roots.filter((r) => !heldSubscriptions(db, r.root)).flatMap((r) => rows.all(r.root));
}

/** The feed the front matter at the head of the file names, or null (none, no front matter, unreadable). */
export function feedOfFile(path: string): string | null {
  let text: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      text = buf.toString('utf8', 0, readSync(fd, buf, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (!text.startsWith('---')) return null;
  const split = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  return split.kind === 'ok' ? split.fields.feed : null;
}

/** Writes the feeds found and marks the database done; call inside a write transaction. */
export function finishBackfill(db: Db, found: readonly {fid: number; feed: string}[]): void {
  const put = db.prepare<[string, number]>('UPDATE files SET feed = ? WHERE fid = ? AND feed IS NULL');
  for (const f of found) put.run(f.feed, f.fid);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')").run(FEEDS_READ);
}

/** The whole backfill at once (a command's pass), in a write transaction of its own when the lock is free. */
export function backfillFeeds(db: Db): void {
  const pending = feedsToBackfill(db);
  if (pending === null) return;
  const found = pending.flatMap((p) => {
    const feed = feedOfFile(p.path);
    return feed ? [{fid: p.fid, feed}] : [];
  });
  // Not worth waiting for another program's lock (commands with nothing else to write never wait): the next pass.
  tryWrite(db, 0, () => finishBackfill(db, found));
}

// Files read between turns of the event loop in the reader's pass: well within a frame.
const SLICE = 32;

/**
 * The backfill in a reader's index pass: files read a slice at a time with `pause` between, written by `write`
 * (which may find another program's lock: then the next pass does it again); nothing is written when `current`
 * says the database was replaced meanwhile (its fids are another's).
 */
export async function backfillFeedsInSlices(
  db: Db,
  write: (fn: () => void) => Promise<unknown>,
  pause: () => Promise<void>,
  current: () => boolean,
): Promise<void> {
  const pending = feedsToBackfill(db);
  if (pending === null) return;
  const found: {fid: number; feed: string}[] = [];
  for (const [i, p] of pending.entries()) {
    if (i > 0 && i % SLICE === 0) {
      await pause();
      if (!current()) return;
    }
    const feed = feedOfFile(p.path);
    if (feed) found.push({fid: p.fid, feed});
  }
  if (current()) await write(() => finishBackfill(db, found));
}
