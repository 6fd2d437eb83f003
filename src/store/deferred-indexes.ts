import type {Db} from './open-db.js';
import {LATE_INDEXES} from './schema.js';

/**
 * Indexes that nothing in an indexing run reads, only the reader and the other commands (an entity's articles,
 * the list's order, the status line's counts). A first index of many files (the run that builds the text index
 * once, text-index-sync.ts) writes without them and makes each again in one sort at the end: kept row by row,
 * `mentions_by_key` took each mention to a random page of a B-tree keyed by name. Measured on the 141,430 mention
 * rows of a 10,000-file first index (1,000 texts): 1.3-2.0 s of CPU inserted with the index, 0.65-0.69 s inserted
 * without it and the index made after (0.16 s of that). All of them are LATE_INDEXES, so a run that dies before
 * making them again leaves them for the next open to make (open-db.ts), as it does the text index's triggers.
 */
export const DEFERRED_INDEXES = [
  'mentions_by_key',
  'files_by_day',
  'files_marks',
  'files_url',
  'files_articles',
];

/** Drops the deferred indexes; call inside a write transaction. */
export function pauseIndexes(db: Db): void {
  for (const name of DEFERRED_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
}

/** Makes whichever deferred index is missing; call inside a write transaction. */
export function remakeIndexes(db: Db): void {
  for (const name of DEFERRED_INDEXES) {
    const sql = LATE_INDEXES[name];
    if (sql) db.exec(sql);
  }
}

/** The deferred indexes the store lacks (none once a run or an open has made them again). */
export function missingIndexes(db: Db): string[] {
  const present = new Set(
    db
      .prepare<[], {name: string}>("SELECT name FROM sqlite_master WHERE type = 'index'")
      .all()
      .map((r) => r.name),
  );
  return DEFERRED_INDEXES.filter((name) => !present.has(name));
}
