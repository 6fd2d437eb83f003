import type {Analysis, EntityKind, Quote} from '../extract/types.js';
import type {Article} from '../library/types.js';
import type {SharedValues} from './shared-values.js';
import type {ArticleRecord, EntityOccurrence, EntityRecord} from './types.js';

/** A `files` row as selected with `SELECT *`. */
export interface FileRow {
  fid: number;
  root: string;
  path: string;
  id: string;
  size: number;
  mtime_ms: number;
  hash: string | null;
  skip_reason: string | null;
  title: string;
  source: string | null;
  authors: string;
  contributors: string;
  date: string | null;
  url: string | null;
  /** From `bodies`, joined in by the queries that need it. */
  body: string;
}

/** A row of the article-list query: file metadata, analysis counts and both marks. */
export interface ListRow {
  id: string;
  path: string;
  title: string;
  source: string | null;
  authors: string;
  date: string | null;
  url: string | null;
  hash: string;
  people: number | null;
  quotes: number | null;
  facts: number | null;
  /** The stage of the analysis' first failure when it found nothing ('budget': out of time); else null. */
  failed: string | null;
  hr: number | null;
  hf: number | null;
  ht: number | null;
  ur: number | null;
  uf: number | null;
  ut: number | null;
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Parses stored JSON written by brief itself; a damaged value reads as `fallback` rather than crashing the UI. */
export function parseJson<T>(json: string | null | undefined, fallback: T): T {
  if (json === null || json === undefined) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** Paragraphs never contain a blank line (the library joins them with one), so the body splits back exactly. */
export function toArticle(row: FileRow): Article {
  return {
    id: row.id,
    path: row.path,
    title: row.title,
    source: row.source,
    authors: parseList(row.authors),
    contributors: parseList(row.contributors),
    date: row.date,
    url: row.url,
    paragraphs: row.body === '' ? [] : row.body.split('\n\n'),
    text: row.body,
    hash: row.hash ?? '',
    size: row.size,
    mtimeMs: row.mtime_ms,
  };
}

/** An article's marks as a list query reads them: by its hash (h*) and by its URL (u*). */
export type MarkColumns = Pick<ListRow, 'hr' | 'hf' | 'ht' | 'ur' | 'uf' | 'ut'>;

/** The marks' columns of a list query that joins `marks` as `mh` (by hash) and `mu` (by URL). */
export const MARK_COLUMNS =
  'mh.read AS hr, mh.favourite AS hf, mh.updated_ms AS ht, mu.read AS ur, mu.favourite AS uf, mu.updated_ms AS ut';

/** Joins an article's marks (files as `f`) for MARK_COLUMNS. */
export const MARKS_JOIN = `
LEFT JOIN marks mh ON mh.key = 'h:' || f.hash
LEFT JOIN marks mu ON f.url IS NOT NULL AND mu.key = 'u:' || f.url`;

/** The newer of the hash mark and the URL mark wins: both are written together, one may predate an edit. */
export function markState(row: MarkColumns): {read: boolean; favourite: boolean} {
  const byUrl = row.ut !== null && (row.ht === null || row.ut > row.ht);
  return {read: (byUrl ? row.ur : row.hr) === 1, favourite: (byUrl ? row.uf : row.hf) === 1};
}

export function toRecord(row: ListRow): ArticleRecord {
  return {
    id: row.id,
    path: row.path,
    title: row.title,
    source: row.source,
    authors: parseList(row.authors),
    date: row.date,
    url: row.url,
    hash: row.hash,
    ...markState(row),
    counts: row.people === null ? null : {people: row.people, quotes: row.quotes ?? 0, facts: row.facts ?? 0},
    ...(row.failed ? {unanalysed: row.failed === 'budget' ? 'timed out' : 'failed'} : {}),
  };
}

/**
 * toRecord with the fields that repeat from article to article (source, date, authors, counts) kept once in
 * `shared` (shared-values.ts): the records of the reader's full list, 100,000 at a time in a large library.
 */
export function sharedRecord(shared: SharedValues): (row: ListRow) => ArticleRecord {
  return (row) => {
    const {read, favourite} = markState(row);
    const record: ArticleRecord = {
      id: row.id,
      path: row.path,
      title: row.title,
      source: shared.text(row.source),
      authors: shared.list(row.authors, parseList),
      date: shared.text(row.date),
      url: row.url,
      hash: row.hash,
      read,
      favourite,
      counts: row.people === null ? null : shared.counts(row.people, row.quotes ?? 0, row.facts ?? 0),
    };
    if (row.failed) record.unanalysed = row.failed === 'budget' ? 'timed out' : 'failed';
    return record;
  };
}

/**
 * The list's \`failed\` column: the stage of an empty analysis' first failure. Only an analysis that counts nothing
 * has its JSON read, so the list of a large library still reads only the counts of the rest.
 */
export const FAILED =
  "CASE WHEN a.people + a.quotes + a.facts = 0 THEN json_extract(a.json, '$.failures[0].stage') END AS failed";

/** An `entities` row. */
export interface EntityRow {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string;
  article_count: number;
  mentions: number;
  /** Absent in rows read without it (a query of an older layout). */
  weak_articles?: number;
}

/** Maps an `entities` row to the record search and the entity view read. */
export function toEntity(row: EntityRow): EntityRecord {
  return {
    key: row.key,
    kind: row.kind,
    name: row.name,
    aliases: parseList(row.aliases),
    articleCount: row.article_count,
    mentions: row.mentions,
    ...(row.weak_articles ? {weakArticles: row.weak_articles} : {}),
  };
}

/** A row of the occurrences query. */
export interface OccurrenceRow {
  id: string;
  title: string;
  date: string | null;
  mentions: number;
  sentences: string;
  quotes: string;
}

/** Maps an occurrence row to what the entity view shows. */
export function toOccurrence(row: OccurrenceRow): EntityOccurrence {
  return {
    articleId: row.id,
    title: row.title,
    date: row.date,
    mentions: row.mentions,
    sentences: parseList(row.sentences),
    quotes: parseJson<Quote[]>(row.quotes, []),
  };
}

/** Counts shown in the article table, stored beside the analysis so listing never parses it. */
export function analysisCounts(analysis: Analysis): {people: number; quotes: number; facts: number} {
  return {people: analysis.people.length, quotes: analysis.quotes.length, facts: analysis.facts.length};
}
