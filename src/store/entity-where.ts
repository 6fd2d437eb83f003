import type {Db} from './open-db.js';
import type {EntityArticle} from './types.js';

type Row = {id: string; title: string; date: string | null; mentions: number};
type Args = {keys: string; root: string; limit: number};

// The articles naming an entity most (the search screen's "in …" line, one per result per query). Summed from the
// mentions_by_key index alone, and only the articles at or above the limit-th count are looked up in files: at
// 50,000 articles the planner's own choice walked every file of the library for each result (90 ms even for a
// person in 84 articles), and summing through files took 40-170 ms for a person in 8,500 (8 ms now). Counts
// summed over every library in the database can only raise the threshold, so a short answer is asked again in
// full (ALL), which is cheap exactly when it is short.
const SUMMED = `
WITH s AS (SELECT fid, sum(mentions) AS n FROM mentions WHERE key IN (SELECT value FROM json_each(@keys)) GROUP BY fid)
SELECT f.id, f.title, f.date, s.n AS mentions FROM s CROSS JOIN files f ON f.fid = s.fid
WHERE s.n >= coalesce((SELECT n FROM s ORDER BY n DESC LIMIT 1 OFFSET @limit - 1), 0)
  AND f.root = @root AND f.hash IS NOT NULL
ORDER BY mentions DESC, coalesce(f.date, '') DESC, f.title, f.id LIMIT @limit`;

// One record (most entities): its rows are one per article, so the counts need no summing, and the threshold is
// the limit-th of the index's own rows, read without grouping them first (a person in 17,800 of 100,000
// articles: 6 → 3 ms).
const ONE = `
SELECT f.id, f.title, f.date, m.mentions FROM mentions m CROSS JOIN files f ON f.fid = m.fid
WHERE m.key = @key
  AND m.mentions >= coalesce((SELECT mentions FROM mentions WHERE key = @key ORDER BY mentions DESC LIMIT 1 OFFSET @limit - 1), 0)
  AND f.root = @root AND f.hash IS NOT NULL
ORDER BY m.mentions DESC, coalesce(f.date, '') DESC, f.title, f.id LIMIT @limit`;

const ALL = `
SELECT f.id, f.title, f.date, sum(m.mentions) AS mentions FROM mentions m CROSS JOIN files f ON f.fid = m.fid
WHERE m.key IN (SELECT value FROM json_each(@keys)) AND f.root = @root AND f.hash IS NOT NULL
GROUP BY f.id ORDER BY mentions DESC, coalesce(f.date, '') DESC, f.title, f.id LIMIT @limit`;

// The articles whose summed counts (read a page at a time, below) reach the threshold, as [fid, count] pairs,
// looked up in files and ordered as SUMMED orders them.
const PICKED = `
SELECT f.id, f.title, f.date, json_extract(c.value, '$[1]') AS mentions
FROM json_each(@pairs) c CROSS JOIN files f ON f.fid = json_extract(c.value, '$[0]')
WHERE f.root = @root AND f.hash IS NOT NULL
ORDER BY mentions DESC, coalesce(f.date, '') DESC, f.title, f.id LIMIT @limit`;

// One key's mention rows after a fid, in the index's order: a page of the sum below.
const PAGE = `SELECT fid, mentions FROM mentions WHERE key = @key AND fid > @after ORDER BY fid LIMIT @rows`;

/**
 * Mention rows a step of `entityWhere`'s `steps` reads: a linked group in 38,000 of 100,000 articles summed in one
 * query (SUMMED) was one step of 30-40 ms of the reader's warm-up; a page of 1,024 rows is ~1 ms.
 */
export const WHERE_PAGE_ROWS = 1024;

const toArticle = (r: Row): EntityArticle => ({
  articleId: r.id,
  title: r.title,
  date: r.date,
  mentions: r.mentions,
});

/** Keeps `top` the largest `limit` values seen (largest first) after seeing `n`. */
function pushTop(top: number[], n: number, limit: number): void {
  if (top.length === limit && n <= (top[limit - 1] as number)) return;
  let i = top.length;
  while (i > 0 && (top[i - 1] as number) < n) i--;
  top.splice(i, 0, n);
  if (top.length > limit) top.pop();
}

/** The `limit`-th largest of `values` (duplicates counted), or 0 when there are fewer: SUMMED's threshold. */
export function limitTh(values: Iterable<number>, limit: number): number {
  const top: number[] = [];
  for (const n of values) pushTop(top, n, limit);
  return top.length < limit ? 0 : (top[limit - 1] as number);
}

/** The articles naming an entity (its records' `keys`) most, most first, then newest: on one connection. */
export function entityWhere(db: Db) {
  const summed = db.prepare<Args, Row>(SUMMED);
  const one = db.prepare<{key: string; root: string; limit: number}, Row>(ONE);
  const all = db.prepare<Args, Row>(ALL);
  const page = db.prepare<{key: string; after: number; rows: number}, {fid: number; mentions: number}>(PAGE);
  const picked = db.prepare<{pairs: string; root: string; limit: number}, Row>(PICKED);
  const where = (root: string, keys: readonly string[], limit: number): EntityArticle[] => {
    const args = {keys: JSON.stringify(keys), root, limit};
    const [only] = keys;
    const top =
      keys.length === 1 && only !== undefined ? one.all({key: only, root, limit}) : summed.all(args);
    return (top.length < limit ? all.all(args) : top).map(toArticle);
  };
  /**
   * The same answer as `where`, a step (one page of WHERE_PAGE_ROWS mention rows) at a time: the counts are summed
   * here, the threshold taken as SUMMED takes it, and only the articles at or above it looked up in files. One
   * key (most entities) is one cheap query and one step, as in `where`.
   */
  function* steps(
    root: string,
    keys: readonly string[],
    limit: number,
    rows = WHERE_PAGE_ROWS,
  ): Generator<void, EntityArticle[]> {
    if (keys.length < 2 || limit < 1) return where(root, keys, limit);
    const sums = new Map<number, number>();
    for (const key of keys) {
      let after = Number.MIN_SAFE_INTEGER;
      for (;;) {
        const read = page.all({key, after, rows});
        for (const r of read) sums.set(r.fid, (sums.get(r.fid) ?? 0) + r.mentions);
        if (read.length < rows) break;
        after = (read.at(-1) as {fid: number}).fid;
        yield;
      }
    }
    // The threshold and the articles reaching it, a page of sums a step (a group in 38,700 articles: 38 steps).
    const top: number[] = [];
    let seen = 0;
    for (const n of sums.values()) {
      pushTop(top, n, limit);
      if (++seen % rows === 0) yield;
    }
    const threshold = top.length < limit ? 0 : (top[limit - 1] as number);
    const pairs: [number, number][] = [];
    for (const [fid, n] of sums) {
      if (n >= threshold) pairs.push([fid, n]);
      if (++seen % rows === 0) yield;
    }
    yield;
    const found = picked.all({pairs: JSON.stringify(pairs), root, limit});
    if (found.length >= limit) return found.map(toArticle);
    yield;
    return all.all({keys: JSON.stringify(keys), root, limit}).map(toArticle);
  }
  return Object.assign(where, {steps});
}
