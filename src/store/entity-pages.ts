import type {Db} from './open-db.js';
import {mergeOccurrences} from './link-entities.js';
import {toOccurrence, type OccurrenceRow} from './rows.js';
import type {EntityOccurrence} from './types.js';

// An entity named in 10,000 articles is shown a page at a time: its count is one query, each page another, and
// nothing reads (or parses the sentences and quotes of) the articles off screen. Reading them all took 4-9 s at
// 50,000 articles.

/** The articles naming any of `keys` (one entity's records), in the entity view's order: newest first. */
const ARTICLES = `
SELECT f.fid FROM files f
WHERE f.root = ? AND f.fid IN (SELECT m.fid FROM mentions m WHERE m.key IN (SELECT value FROM json_each(?)))
ORDER BY coalesce(f.date, '') DESC, f.title, f.fid`;

/** Paged reads of the articles naming an entity, on one connection; `soleRoot` as list-totals.ts's. */
export function entityPages(db: Db, soleRoot: (root: string) => boolean = () => false) {
  // From the entity's mentions to their files, never the other way: walking the library's files for the few
  // that name a person in 84 of 50,000 articles took 13 ms, this 0.5 ms (a person in 8,500: 17 ms either way).
  const count = db.prepare<[string, string], {n: number}>(
    `SELECT count(*) AS n FROM (SELECT DISTINCT fid FROM mentions WHERE key IN (SELECT value FROM json_each(?))) s
     CROSS JOIN files f ON f.fid = s.fid WHERE f.root = ?`,
  );
  // With every file of the database in the library, the mentions index alone answers: checking each article's
  // library was 30-40 ms (190 cold) of opening a person named in 17,800 of 100,000 articles, this 0.5-3 ms. One
  // record's rows are one per article (the key is part of the table's key), so they need no DISTINCT.
  const countAll = db.prepare<[string], {n: number}>(
    'SELECT count(DISTINCT fid) AS n FROM mentions WHERE key IN (SELECT value FROM json_each(?))',
  );
  const countOne = db.prepare<[string], {n: number}>('SELECT count(*) AS n FROM mentions WHERE key = ?');
  const page = db.prepare<[string, string, number, number], {fid: number}>(`${ARTICLES} LIMIT ? OFFSET ?`);
  const rows = db.prepare<[string, string], OccurrenceRow & {fid: number}>(
    `SELECT m.fid, f.id, f.title, f.date, m.mentions, m.sentences, m.quotes FROM mentions m JOIN files f ON f.fid = m.fid
     WHERE m.fid IN (SELECT value FROM json_each(?)) AND m.key IN (SELECT value FROM json_each(?))`,
  );
  return {
    /** How many articles name the entity whose records are `keys`. */
    count(root: string, keys: readonly string[]): number {
      if (!soleRoot(root)) return count.get(JSON.stringify(keys), root)?.n ?? 0;
      const [only] = keys;
      return (
        (keys.length === 1 && only !== undefined ? countOne.get(only) : countAll.get(JSON.stringify(keys)))
          ?.n ?? 0
      );
    },
    /** Articles `offset` to `offset + limit` of the entity's view, each with its sentences and quotes. */
    page(root: string, keys: readonly string[], offset: number, limit: number): EntityOccurrence[] {
      const fids = page.all(root, JSON.stringify(keys), limit, offset).map((r) => r.fid);
      if (fids.length === 0) return [];
      const byFid = new Map<number, EntityOccurrence[]>();
      for (const row of rows.all(JSON.stringify(fids), JSON.stringify(keys))) {
        const list = byFid.get(row.fid) ?? [];
        list.push(toOccurrence(row));
        byFid.set(row.fid, list);
      }
      // One occurrence per article, its records' sentences and quotes merged, in the page's order.
      return fids.flatMap((fid) => mergeOccurrences((byFid.get(fid) ?? []).map((o) => [o])).slice(0, 1));
    },
  };
}
