import {missingJobs} from './index-jobs.js';
import {dropOnFileChange} from './file-triggers.js';
import type {Db} from './open-db.js';

// Whether every text of a library has an analysis of the current extractor, kept as one row per library: with it,
// `brief index` with nothing changed skips the one query that finds texts without one (`missingJobs`: 15-17 ms of
// reading index pages at 10,000 files, the first query of the connection). Triggers drop the row whenever any
// process adds, removes or re-hashes a file of the library, or removes or alters any analysis (an older brief's too:
// the triggers are the file's), so a row that exists is true; it is written only after checking, under the write
// lock, that no text lacks an analysis of that version.

/** The table: the extractor version every text of `root` had an analysis of when last checked. */
export const ANALYSED_TABLE = `CREATE TABLE IF NOT EXISTS analysed_marks (
  root TEXT PRIMARY KEY,
  version INTEGER NOT NULL
)`;

/**
 * What can make a text lack its analysis drops the mark: a file added, removed or given another text; an analysis
 * removed or changed to another text or version.
 */
export const ANALYSED_TRIGGERS: Record<string, string> = {
  ...dropOnFileChange('analysed', 'analysed_marks', 'root, hash'),
  analyses_analysed_ad: `CREATE TRIGGER IF NOT EXISTS analyses_analysed_ad AFTER DELETE ON analyses BEGIN
  DELETE FROM analysed_marks;
END`,
  analyses_analysed_au: `CREATE TRIGGER IF NOT EXISTS analyses_analysed_au AFTER UPDATE OF hash, version ON analyses BEGIN
  DELETE FROM analysed_marks;
END`,
};

/** Whether every text of `root` is known to have an analysis of `version` (no need to look for missing ones). */
export function allAnalysed(db: Db, root: string, version: number): boolean {
  const row = db
    .prepare<[string], {version: number}>('SELECT version FROM analysed_marks WHERE root = ?')
    .get(root);
  return row?.version === version;
}

/**
 * Marks `root` as having every text analysed by `version` if, checked now, none lacks one. Returns whether it
 * marked. Call inside a write transaction, so no other process changes files or analyses between check and mark.
 */
export function markAllAnalysed(db: Db, root: string, version: number): boolean {
  if (missingJobs(db, root, version).length > 0) return false;
  db.prepare<[string, number]>('INSERT OR REPLACE INTO analysed_marks (root, version) VALUES (?, ?)').run(
    root,
    version,
  );
  return true;
}
