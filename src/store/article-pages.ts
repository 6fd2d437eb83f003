import type {Db} from './open-db.js';
import {FAILED, sharedRecord, type ListRow} from './rows.js';
import {dayTime} from './schema.js';
import {sharedValues} from './shared-values.js';
import type {ArticlePageAfter, ListCursor} from './types.js';

// The article list read a page at a time in its own order (newest day first, within a day the articles that give
// their own time and a feed's items newest first, then title, then row), each page starting
// after the last row of the one before: a page costs the same wherever it is (no OFFSET re-reading the rows before
// it), and a reader can take the next one when it has time. 1,000 rows take ~20 ms at 50,000 articles.
const PAGE_AFTER = `
SELECT f.fid, coalesce(f.date, '') AS d, ${dayTime('f.')} AS s, f.id, f.path, f.title, f.source, f.authors, f.date, f.url, f.hash,
  a.people, a.quotes, a.facts, ${FAILED},
  mh.read AS hr, mh.favourite AS hf, mh.updated_ms AS ht,
  mu.read AS ur, mu.favourite AS uf, mu.updated_ms AS ut
FROM files f
LEFT JOIN analyses a ON a.hash = f.hash AND a.version = (SELECT max(version) FROM analyses WHERE hash = f.hash)
LEFT JOIN marks mh ON mh.key = 'h:' || f.hash
LEFT JOIN marks mu ON f.url IS NOT NULL AND mu.key = 'u:' || f.url
WHERE f.root = @root AND +f.hash IS NOT NULL
  AND coalesce(f.date, '') <= @d
  AND NOT (coalesce(f.date, '') = @d AND (${dayTime('f.')} > @s
    OR (${dayTime('f.')} = @s AND (f.title < @t OR (f.title = @t AND f.fid <= @fid)))))
ORDER BY coalesce(f.date, '') DESC, ${dayTime('f.')} DESC, f.title, f.fid
LIMIT @n`;

// Sorts after every date (dates are YYYY-MM-DD, undated is ''): the cursor before the first row.
const START: ListCursor = {date: '~', time: 0, title: '', fid: 0};

/** Keyset pages of the article list on one connection. */
export function articlePages(db: Db) {
  const page = db.prepare<
    [{root: string; d: string; s: number; t: string; fid: number; n: number}],
    ListRow & {fid: number; d: string; s: number}
  >(PAGE_AFTER);
  // The pages make the reader's full list: its records share their repeated fields.
  const toRecord = sharedRecord(sharedValues());
  return (root: string, after: ListCursor | null, limit: number): ArticlePageAfter => {
    const from = after ?? START;
    const rows = page.all({
      root,
      d: from.date,
      s: from.time,
      t: from.title,
      fid: from.fid,
      n: Math.max(1, limit),
    });
    const last = rows[rows.length - 1];
    return {
      articles: rows.map(toRecord),
      next:
        last && rows.length >= limit ? {date: last.d, time: last.s, title: last.title, fid: last.fid} : null,
    };
  };
}
