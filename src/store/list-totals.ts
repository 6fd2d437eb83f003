import type {Db} from './open-db.js';
import {MARKS_JOIN as MARKS} from './rows.js';

// The status line's counts for the first frame: how many articles the library has and how many are read. Counting
// every file with its two marks read each (the way the list decides "read") took 55-190 ms at 100,000 articles, most
// of a first frame's own work; these read only what they need.

// A file is read when the newer of its two marks (by content hash, by URL) says so, as toRecord decides it.
const READ = `CASE WHEN mu.updated_ms IS NOT NULL AND (mh.updated_ms IS NULL OR mu.updated_ms > mh.updated_ms)
    THEN mu.read IS 1 ELSE mh.read IS 1 END`;

/** Every article of the library with both its marks: as many rows as the library. */
const BY_FILES = `
SELECT count(*) AS total, coalesce(sum(${READ}), 0) AS read
FROM files f${MARKS}
WHERE f.root = ? AND f.hash IS NOT NULL`;

/**
 * Only the files some mark names, found from the marks (by hash through files_hash, by URL through files_url): a
 * file no mark names is unread. As many rows as the marks and the files they name.
 */
const BY_MARKS = `
WITH marked (fid) AS (
  SELECT f.fid FROM marks m JOIN files f ON f.hash = substr(m.key, 3) WHERE m.key >= 'h:' AND m.key < 'h;'
  UNION
  SELECT f.fid FROM marks m JOIN files f ON f.url = substr(m.key, 3) WHERE m.key >= 'u:' AND m.key < 'u;'
)
SELECT coalesce(sum(${READ}), 0) AS read
FROM marked CROSS JOIN files f ON f.fid = marked.fid${MARKS}
WHERE f.root = ? AND f.hash IS NOT NULL`;

/**
 * Marks beyond this share of the library's articles are read through the files instead: each mark by hash names
 * every copy of its text, so many marks can name most of the library, and then one pass over it is cheaper.
 */
const MARKS_SHARE = 1 / 8;

/**
 * True when every file in the database belongs to `root` (the usual case: one library per database), so a count
 * over a whole table or index is the library's. Two index probes.
 */
export function soleRootCheck(db: Db): (root: string) => boolean {
  const bounds = db.prepare<[], {first: string | null; last: string | null}>(
    `SELECT (SELECT root FROM files ORDER BY root LIMIT 1) AS first,
       (SELECT root FROM files ORDER BY root DESC LIMIT 1) AS last`,
  );
  return (root) => {
    const {first, last} = bounds.get() ?? {first: null, last: null};
    return first === root && last === root;
  };
}

/** The article and read counts of a library, on one connection. */
export function listTotals(db: Db, soleRoot: (root: string) => boolean) {
  const byFiles = db.prepare<[string], {total: number; read: number}>(BY_FILES);
  // Without the URL index (a database another brief made and this one could not add it to), marks by URL would
  // be looked up by reading every file: the pass over the files is then the cheaper one.
  const indexes = new Set(
    db
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('files_url', 'files_articles')",
      )
      .pluck()
      .all(),
  );
  // Articles are the files with a hash (the rest were skipped); the planner would read files_hash for them.
  const articles = db.prepare<[], {n: number}>(
    `SELECT count(*) AS n FROM files ${indexes.has('files_articles') ? 'INDEXED BY files_articles' : ''} WHERE hash IS NOT NULL`,
  );
  const marks = db.prepare<[], {n: number}>('SELECT count(*) AS n FROM marks');
  const byMarks = indexes.has('files_url') ? db.prepare<[string], {read: number}>(BY_MARKS) : null;
  return (root: string): {total: number; read: number} => {
    if (!soleRoot(root) || !byMarks) return byFiles.get(root) ?? {total: 0, read: 0};
    const total = articles.get()?.n ?? 0;
    if ((marks.get()?.n ?? 0) > total * MARKS_SHARE) return byFiles.get(root) ?? {total: 0, read: 0};
    return {total, read: byMarks.get(root)?.read ?? 0};
  };
}
