// The database is a cache of what the article files say plus the reader's own marks. Analyses are keyed by
// content hash so a rename or a copy never re-extracts; marks are keyed by hash and URL so they survive both.

import {SCAN_RECORD_TABLE, SCAN_RECORD_TRIGGERS} from './scan-record.js';
import {ANALYSED_TABLE, ANALYSED_TRIGGERS} from './analysed-mark.js';
import {TEXT_INDEX_TRIGGERS} from './text-index-sync.js';

/** Identifies a brief database, so a foreign SQLite file is never mistaken for (and overwritten as) ours. */
export const APPLICATION_ID = 0x62726965; // "brie"

/**
 * Bumped when the tables change shape; an older cache is rebuilt, marks are carried over. A database with a higher
 * version was written by a newer brief and is refused, never rebuilt as an older one.
 */
export const SCHEMA_VERSION = 2;

/**
 * An analysis stored with failures: its JSON has the key `failures` (src/extract/index.ts), and no other key ends in
 * that word, while a string value holds a quote only as `\"`. The predicate of the index of such analyses, and of
 * the queries that read through it (SQLite uses a partial index only for a query with the same term). A GLOB whose
 * first letter is `f`: SQLite skips to each `f` with `strcspn`, where `instr(json, '"failures":[') > 0` (the index
 * `analyses_failed` until the fifty-fifth round) stepped through every byte and compared at every quote: 20 M
 * instructions of a cold index's main thread over the 280 shipped articles' 0.97 MB of analyses, against 2 M.
 */
export const FAILED_ANALYSIS = `json GLOB '*failures":[[]*'`;

/**
 * A file's time within its day in the article list's order: the article's own (time_ms), else a feed item's time
 * added (its file's, which keeps the feed's own order), else 0 (the rest then by title). The expression of the index
 * files_by_day and of every query that reads the list through it (SQLite uses an index on an expression only for a
 * query with the same one). `t`: the files table's alias and a dot in a query; none in the index.
 */
export function dayTime(t = ''): string {
  return `coalesce(${t}time_ms, CASE WHEN ${t}feed IS NULL THEN 0 ELSE ${t}mtime_ms END)`;
}

/** Tables, indexes and the FTS5 index over article bodies, kept in step with `bodies` by triggers. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  fid INTEGER PRIMARY KEY,
  root TEXT NOT NULL,
  path TEXT NOT NULL UNIQUE,
  id TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  hash TEXT,
  skip_reason TEXT,
  title TEXT NOT NULL DEFAULT '',
  source TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  contributors TEXT NOT NULL DEFAULT '[]',
  date TEXT,
  url TEXT,
  time_ms REAL,
  warnings TEXT,
  feed TEXT
);
-- Bodies live apart so listing 10,000 files reads a compact table (with bodies inline it read 40 MB: 150 ms).
CREATE TABLE IF NOT EXISTS bodies (
  fid INTEGER PRIMARY KEY REFERENCES files (fid) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_root ON files (root, id);
CREATE INDEX IF NOT EXISTS files_hash ON files (hash);
-- The article list's order, so its first page is read without sorting the whole library: newest day first, within
-- a day newest first the articles that give their own time (time_ms) and a feed's items that give none (by the time
-- their file was given as added, which keeps the feed's own order), then the rest by title. Not every file's time: a
-- library copied (cp -r) listed each day in the order the copy made its files (files_newest, retired).
CREATE INDEX IF NOT EXISTS files_by_day ON files (root, coalesce(date, '') DESC, ${dayTime()} DESC, title);
-- What the status line's counts read (the keys of an article's marks): at 10,000 articles a cold count read the
-- whole files table in 35 ms, this index in 13.
CREATE INDEX IF NOT EXISTS files_marks ON files (root, hash, url);
-- The files a mark by URL names: the status line's read count starts from the marks (list-totals.ts), not from
-- every file of the library.
CREATE INDEX IF NOT EXISTS files_url ON files (url) WHERE url IS NOT NULL;
-- The articles (files with a hash) and nothing else: the smallest thing to count them by (list-totals.ts). A cold
-- count through files_hash read 2,000 pages at 100,000 files (50-100 ms), this 280 (10-20 ms).
CREATE INDEX IF NOT EXISTS files_articles ON files (fid) WHERE hash IS NOT NULL;
-- The files with warnings, which brief list says again each run without reading every row of the library.
CREATE INDEX IF NOT EXISTS files_warned ON files (root) WHERE warnings IS NOT NULL;
-- The articles that name the feed that added them: what lost subscriptions are made again from (recover-feeds.ts),
-- looked for after each pass without reading the library's other rows.
CREATE INDEX IF NOT EXISTS files_feed ON files (root, feed) WHERE feed IS NOT NULL;
CREATE TABLE IF NOT EXISTS analyses (
  hash TEXT NOT NULL,
  version INTEGER NOT NULL,
  json TEXT NOT NULL,
  people INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  facts INTEGER NOT NULL,
  PRIMARY KEY (hash, version)
);
-- The analyses stored with failures (out of time, or a stage that threw), so every indexing run can name them again
-- without reading every analysis (FAILED_ANALYSIS).
CREATE INDEX IF NOT EXISTS analyses_failures ON analyses (hash, version) WHERE ${FAILED_ANALYSIS};
CREATE TABLE IF NOT EXISTS marks (
  key TEXT PRIMARY KEY,
  read INTEGER NOT NULL DEFAULT 0,
  favourite INTEGER NOT NULL DEFAULT 0,
  updated_ms REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
  fid INTEGER NOT NULL REFERENCES files (fid) ON DELETE CASCADE,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  sentences TEXT NOT NULL,
  quotes TEXT NOT NULL,
  weak INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (fid, key)
);
-- By key with the article and its count: an entity's count, its pages and the search screen's "in …" line (the
-- articles naming it most) are read from this index alone. Through mentions_key, which only had the key, each of
-- 9,000 mentions meant a read of its row: 0.2 s for a count instead of 0.03; without the count, the "in …" line of
-- a person in 8,500 of 50,000 articles read every row's sentences and quotes (170 ms a result, 8 ms with it).
CREATE INDEX IF NOT EXISTS mentions_by_key ON mentions (key, fid, mentions);
CREATE TABLE IF NOT EXISTS entities (
  root TEXT NOT NULL,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  weak_articles INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (root, key)
);
-- Texts an indexer is extracting now, so a second indexer on the database waits for them instead of redoing them.
CREATE TABLE IF NOT EXISTS claims (
  hash TEXT NOT NULL,
  version INTEGER NOT NULL,
  owner TEXT NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  at_ms REAL NOT NULL,
  PRIMARY KEY (hash, version)
);
${SCAN_RECORD_TABLE};
${Object.values(SCAN_RECORD_TRIGGERS).join(';\n')};
${ANALYSED_TABLE};
${Object.values(ANALYSED_TRIGGERS).join(';\n')};
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
  title, body, content = 'bodies', content_rowid = 'fid', tokenize = 'unicode61 remove_diacritics 2'
);
${Object.values(TEXT_INDEX_TRIGGERS).join(';\n')};
`;

/** Indexes added since a schema version shipped: made on open where missing, with no rebuild of the cache. */
export const LATE_INDEXES: Record<string, string> = {
  files_by_day: `CREATE INDEX IF NOT EXISTS files_by_day ON files (root, coalesce(date, '') DESC, ${dayTime()} DESC, title)`,
  files_marks: 'CREATE INDEX IF NOT EXISTS files_marks ON files (root, hash, url)',
  files_url: 'CREATE INDEX IF NOT EXISTS files_url ON files (url) WHERE url IS NOT NULL',
  files_articles: 'CREATE INDEX IF NOT EXISTS files_articles ON files (fid) WHERE hash IS NOT NULL',
  files_warned: 'CREATE INDEX IF NOT EXISTS files_warned ON files (root) WHERE warnings IS NOT NULL',
  files_feed: 'CREATE INDEX IF NOT EXISTS files_feed ON files (root, feed) WHERE feed IS NOT NULL',
  mentions_by_key: 'CREATE INDEX IF NOT EXISTS mentions_by_key ON mentions (key, fid, mentions)',
  analyses_failures: `CREATE INDEX IF NOT EXISTS analyses_failures ON analyses (hash, version) WHERE ${FAILED_ANALYSIS}`,
};

/** Indexes an older brief made that a LATE_INDEXES entry now covers: dropped once the new one is made. */
export const RETIRED_INDEXES = ['mentions_key_fid', 'files_order', 'analyses_failed', 'files_newest'];

/**
 * Tables added since a schema version shipped: made on open where missing, with no rebuild of the cache. An older
 * brief of the same schema version ignores them, so adding one needs no new version.
 */
export const LATE_TABLES: Record<string, string> = {
  claims: `CREATE TABLE IF NOT EXISTS claims (
  hash TEXT NOT NULL, version INTEGER NOT NULL, owner TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
  at_ms REAL NOT NULL, PRIMARY KEY (hash, version))`,
  // The table before its triggers, which name it (entries are made in this order).
  scan_records: SCAN_RECORD_TABLE,
  ...SCAN_RECORD_TRIGGERS,
  analysed_marks: ANALYSED_TABLE,
  ...ANALYSED_TRIGGERS,
};

/**
 * Columns added since a schema version shipped: added on open where missing (a constant default, so SQLite changes
 * no row), with no rebuild of the cache. An older brief of the same version names its columns and leaves these at
 * their default. `weak`: the article's own text barely decided the mention's kind; `weak_articles`: how many;
 * `time_ms`: the article's own time (Article.time), null until a file is read again (its file's time orders it);
 * `warnings`: what reading the file warned about (a JSON array of messages), null when nothing, or until it is
 * read again; `feed`: the feed its front matter names (Article.feed), null when none, or until it is read again.
 */
export const LATE_COLUMNS: readonly {table: string; column: string; sql: string}[] = [
  {table: 'mentions', column: 'weak', sql: 'ALTER TABLE mentions ADD COLUMN weak INTEGER NOT NULL DEFAULT 0'},
  {
    table: 'entities',
    column: 'weak_articles',
    sql: 'ALTER TABLE entities ADD COLUMN weak_articles INTEGER NOT NULL DEFAULT 0',
  },
  {table: 'files', column: 'time_ms', sql: 'ALTER TABLE files ADD COLUMN time_ms REAL'},
  {table: 'files', column: 'warnings', sql: 'ALTER TABLE files ADD COLUMN warnings TEXT'},
  {table: 'files', column: 'feed', sql: 'ALTER TABLE files ADD COLUMN feed TEXT'},
];

/** Cache tables dropped when the schema version changes; `marks` is never among them. */
export const CACHE_TABLES = [
  'fts',
  'entities',
  'mentions',
  'analyses',
  'claims',
  'scan_records',
  'analysed_marks',
  'bodies',
  'files',
  'meta',
];

/**
 * Tables of the user's own state besides the marks: feed subscriptions and what brief has added to the library
 * (so nothing comes twice). Like marks they cannot be rebuilt from the article files: the cache's rebuild never
 * drops them, and a damaged database's readable rows are carried into the new one. Made on first use by the
 * feeds, so the schema version is unchanged (an older brief simply ignores them).
 */
export const USER_TABLES = `
CREATE TABLE IF NOT EXISTS feeds (
  root TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT,
  site TEXT,
  added_ms REAL NOT NULL,
  fetched_ms REAL,
  ok_ms REAL,
  etag TEXT,
  last_modified TEXT,
  items INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  PRIMARY KEY (root, url)
);
-- Every article brief has written, by URL, text and feed item: nothing comes twice, even after the user deletes
-- the file (a feed still listing that item must not bring it back).
CREATE TABLE IF NOT EXISTS added (
  root TEXT NOT NULL,
  key TEXT NOT NULL,
  path TEXT NOT NULL,
  added_ms REAL NOT NULL,
  PRIMARY KEY (root, key)
);
-- Which feed brought in each article brief holds for it: written from one of its items, or found in the library
-- when one of its items was already there (a feed file without its address read first, a subscription removed and
-- made again). What "brief feeds" counts; kept when a subscription is removed, like the articles.
CREATE TABLE IF NOT EXISTS feed_articles (
  root TEXT NOT NULL,
  feed TEXT NOT NULL,
  path TEXT NOT NULL,
  PRIMARY KEY (root, feed, path)
);
-- Feed items that can never be read (no text and no page: a podcast's episodes), by the keys of their link and
-- id: said once, then neither tried nor said again at each refresh of a feed whose server gives no validators.
CREATE TABLE IF NOT EXISTS unreadable (
  root TEXT NOT NULL,
  key TEXT NOT NULL,
  reason TEXT NOT NULL,
  seen_ms REAL NOT NULL,
  PRIMARY KEY (root, key)
);
`;

/** The names of the USER_TABLES, for salvage. */
export const USER_TABLE_NAMES = ['feeds', 'added', 'feed_articles', 'unreadable'] as const;

/** The meta key that says files.feed holds what the files name: set when a database is made, or by feed-backfill.ts. */
export const FEEDS_READ = 'feeds-read';
