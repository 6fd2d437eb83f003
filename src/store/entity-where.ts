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

/** The articles naming an entity (its records' `keys`) most, most first, then newest: on one connection. */
export function entityWhere(db: Db) {
  const summed = db.prepare<Args, Row>(SUMMED);
  const one = db.prepare<{key: string; root: string; limit: number}, Row>(ONE);
  const all = db.prepare<Args, Row>(ALL);
  return (root: string, keys: readonly string[], limit: number): EntityArticle[] => {
    const args = {keys: JSON.stringify(keys), root, limit};
    const [only] = keys;
    const top =
      keys.length === 1 && only !== undefined ? one.all({key: only, root, limit}) : summed.all(args);
    return (top.length < limit ? all.all(args) : top).map((r) => ({
      articleId: r.id,
      title: r.title,
      date: r.date,
      mentions: r.mentions,
    }));
  };
}
