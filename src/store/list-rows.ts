import type {Db} from './open-db.js';
import {MARK_COLUMNS, MARKS_JOIN, markState, parseJson, type FileRow, type MarkColumns} from './rows.js';
import {dayTime} from './schema.js';
import type {ArticleRecord} from './types.js';

/** One article as `brief list` prints it, read from the store (never from its file). */
export interface ListedArticle extends Pick<
  ArticleRecord,
  'id' | 'path' | 'title' | 'source' | 'authors' | 'date' | 'url'
> {
  contributors: string[];
  /** The reader's marks (the newer of the marks by hash and by URL, as the reader shows them). */
  read: boolean;
  favourite: boolean;
  /**
   * Body paragraphs and words: only when asked for (they need the stored text). `paragraphs` is the count under the
   * name `list --json` always gave it; `paragraphCount` the same count under the name that says so (`show --json`'s
   * `paragraphs` are the texts).
   */
  paragraphs?: number;
  paragraphCount?: number;
  words?: number;
}

// The `files` columns `brief list` reads, and the body where paragraphs and words were asked for.
type Row = Pick<FileRow, 'id' | 'path' | 'title' | 'source' | 'authors' | 'contributors' | 'date' | 'url'> &
  MarkColumns & {
    body?: string | null;
  };

// Newest first by the files_by_day index, so rows come without sorting the library first: the first one is on its
// way before the last is read. Within a day, the articles that give their own time (and a feed's items, in its
// order) newest first, then by title (not by file time, which a copy of the library makes the order of copying).
const ORDER = `ORDER BY coalesce(f.date, '') DESC, ${dayTime('f.')} DESC, f.title, f.fid`;
const COLUMNS = `f.id, f.path, f.title, f.source, f.authors, f.contributors, f.date, f.url, ${MARK_COLUMNS}`;

/**
 * Whether the store holds any article (a readable file) of `root`. One row looked up, not all counted: the count
 * was 14 ms of a 0.3 s `brief index` with nothing changed on 10,000 files, only to learn it was not 0.
 */
export function hasListed(db: Db, root: string): boolean {
  return (
    db
      .prepare<[string], {n: number}>('SELECT 1 AS n FROM files WHERE root = ? AND hash IS NOT NULL LIMIT 1')
      .get(root) !== undefined
  );
}

const list = (value: string): string[] =>
  parseJson<unknown[]>(value, []).filter((v): v is string => typeof v === 'string');

/** Words as `text.split(/\s+/)` counts them, without making the array. */
function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n += 1;
  return n;
}

/**
 * The articles of `root`, newest first (undated last; within a day by the article's own time where it gives one, then
 * by title), one at a time from the database. With
 * `counts`, each also carries its paragraph and word counts, read from its stored text one row at a time.
 */
export function* listedArticles(db: Db, root: string, counts: boolean): Generator<ListedArticle> {
  const sql = counts
    ? `SELECT ${COLUMNS}, b.body FROM files f LEFT JOIN bodies b ON b.fid = f.fid${MARKS_JOIN} WHERE f.root = ? AND f.hash IS NOT NULL ${ORDER}`
    : `SELECT ${COLUMNS} FROM files f${MARKS_JOIN} WHERE f.root = ? AND f.hash IS NOT NULL ${ORDER}`;
  for (const row of db.prepare<[string], Row>(sql).iterate(root)) {
    const article: ListedArticle = {
      id: row.id,
      path: row.path,
      title: row.title,
      source: row.source,
      authors: list(row.authors),
      date: row.date,
      url: row.url,
      contributors: list(row.contributors),
      ...markState(row),
    };
    if (counts) {
      const body = row.body ?? '';
      article.paragraphs = body === '' ? 0 : body.split('\n\n').length;
      article.paragraphCount = article.paragraphs;
      article.words = countWords(body);
    }
    yield article;
  }
}
