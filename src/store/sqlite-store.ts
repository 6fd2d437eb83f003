import {resolve} from 'node:path';
import type {Analysis} from '../extract/types.js';
import {linkEntities, mergeOccurrences, type LinkedEntities} from './link-entities.js';
import {openDatabase, type Db, type OpenDbOptions} from './open-db.js';
import {
  toArticle,
  toEntity,
  toOccurrence,
  toRecord,
  parseJson,
  type EntityRow,
  type FileRow,
  type ListRow,
  type OccurrenceRow,
} from './rows.js';
import {ftsQuery, toTextHit, type SnippetRow} from './text-search.js';
import type {EntityRecord, Store} from './types.js';
import {placeNames} from '../extract/entities/place-names.js';
import {normaliseName} from './entity-key.js';

/** The SQLite store of one library folder; the indexer writes through `db`. */
export interface SqliteStore extends Store {
  /** The library folder, absolute: a database can hold several libraries, each listed apart. */
  readonly root: string;
  readonly db: Db;
  /** Where the database file is. */
  readonly path: string;
}

/** Where and what to open. */
export interface SqliteStoreOptions extends OpenDbOptions {
  /** The database file (`:memory:` for a private in-memory one). */
  dbPath: string;
  /** The library folder whose articles this store lists. */
  root: string;
}

const MARKS = `
LEFT JOIN marks mh ON mh.key = 'h:' || f.hash
LEFT JOIN marks mu ON f.url IS NOT NULL AND mu.key = 'u:' || f.url`;

const LIST = `
SELECT f.id, f.path, f.title, f.source, f.authors, f.date, f.url, f.hash,
  a.people, a.quotes, a.facts,
  mh.read AS hr, mh.favourite AS hf, mh.updated_ms AS ht,
  mu.read AS ur, mu.favourite AS uf, mu.updated_ms AS ut
FROM files f
LEFT JOIN analyses a ON a.hash = f.hash${MARKS}
WHERE f.root = ? AND f.hash IS NOT NULL
ORDER BY coalesce(f.date, '') DESC, f.title, a.version DESC`;

// The head of LIST: with only the newest analysis joined, each article is one row, so LIMIT counts articles.
const PAGE = `
SELECT f.id, f.path, f.title, f.source, f.authors, f.date, f.url, f.hash,
  a.people, a.quotes, a.facts,
  mh.read AS hr, mh.favourite AS hf, mh.updated_ms AS ht,
  mu.read AS ur, mu.favourite AS uf, mu.updated_ms AS ut
FROM files f
LEFT JOIN analyses a ON a.hash = f.hash AND a.version = (SELECT max(version) FROM analyses WHERE hash = f.hash)${MARKS}
WHERE f.root = ? AND f.hash IS NOT NULL
ORDER BY coalesce(f.date, '') DESC, f.title
LIMIT ?`;

// The read flag as toRecord decides it: the newer of the two marks wins.
const COUNTS = `
SELECT count(*) AS total,
  coalesce(sum(CASE WHEN mu.updated_ms IS NOT NULL AND (mh.updated_ms IS NULL OR mu.updated_ms > mh.updated_ms)
    THEN mu.read IS 1 ELSE mh.read IS 1 END), 0) AS read
FROM files f${MARKS}
WHERE f.root = ? AND f.hash IS NOT NULL`;

/** The names and aliases the library's place records use, by the gazetteer place they denote. */
function namesByPlace(records: readonly EntityRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of records) {
    if (r.kind !== 'place') continue;
    const place = placeNames().placeOf(r.name);
    if (!place) continue;
    const list = out.get(place.id) ?? [];
    for (const n of [r.name, ...r.aliases]) if (!list.includes(n)) list.push(n);
    out.set(place.id, list);
  }
  return out;
}

/** Opens the store of library `root` in the database at `dbPath`, creating or repairing the file as needed. */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const root = resolve(options.root);
  const db = openDatabase(options.dbPath, options);
  const q = {
    list: db.prepare<[string], ListRow>(LIST),
    page: db.prepare<[string, number], ListRow>(PAGE),
    counts: db.prepare<[string], {total: number; read: number}>(COUNTS),
    article: db.prepare<[string, string], FileRow>(
      "SELECT f.*, coalesce(b.body, '') AS body FROM files f LEFT JOIN bodies b ON b.fid = f.fid WHERE f.root = ? AND f.id = ? AND f.hash IS NOT NULL",
    ),
    analysis: db.prepare<[string, string], {json: string}>(
      'SELECT a.json FROM files f JOIN analyses a ON a.hash = f.hash WHERE f.root = ? AND f.id = ? ORDER BY a.version DESC LIMIT 1',
    ),
    entities: db.prepare<[string], EntityRow>(
      'SELECT key, kind, name, aliases, article_count, mentions FROM entities WHERE root = ?',
    ),
    occurrences: db.prepare<[string, string], OccurrenceRow>(
      `SELECT f.id, f.title, f.date, m.mentions, m.sentences, m.quotes FROM mentions m JOIN files f ON f.fid = m.fid
       WHERE m.key = ? AND f.root = ? ORDER BY coalesce(f.date, '') DESC, f.title`,
    ),
    entityArticles: db.prepare<
      [string, string, number],
      {id: string; title: string; date: string | null; mentions: number}
    >(
      `SELECT f.id, f.title, f.date, sum(m.mentions) AS mentions FROM mentions m JOIN files f ON f.fid = m.fid
       WHERE m.key IN (SELECT value FROM json_each(?)) AND f.root = ? AND f.hash IS NOT NULL
       GROUP BY f.id ORDER BY mentions DESC, coalesce(f.date, '') DESC, f.title LIMIT ?`,
    ),
    keysOf: db.prepare<[string, string], {hash: string; url: string | null}>(
      'SELECT hash, url FROM files WHERE root = ? AND id = ? AND hash IS NOT NULL',
    ),
    mark: db.prepare<[string], {read: number; favourite: number; updated_ms: number}>(
      'SELECT read, favourite, updated_ms FROM marks WHERE key = ?',
    ),
    setMark: db.prepare<[string, number, number, number]>(
      'INSERT INTO marks (key, read, favourite, updated_ms) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET read = excluded.read, favourite = excluded.favourite, updated_ms = excluded.updated_ms',
    ),
    text: db.prepare<[string, string, number], SnippetRow>(
      `SELECT f.id, f.title, f.date, snippet(fts, 1, char(1), char(2), '…', 16) AS snippet
       FROM fts JOIN files f ON f.fid = fts.rowid WHERE fts MATCH ? AND f.root = ? AND f.hash IS NOT NULL ORDER BY rank LIMIT ?`,
    ),
  };

  // Marks are written under both keys with the full state, so either key alone restores it after a rename
  // (hash unchanged) or an edit (URL unchanged).
  const setFlag = (id: string, flag: 'read' | 'favourite', on: boolean): void => {
    db.transaction(() => {
      const file = q.keysOf.get(root, id);
      if (!file) return;
      const keys = [`h:${file.hash}`, ...(file.url ? [`u:${file.url}`] : [])];
      const marks = keys.map((k) => q.mark.get(k)).filter((m) => m !== undefined);
      const latest = marks.sort((a, b) => b.updated_ms - a.updated_ms)[0];
      const state = {read: latest?.read ?? 0, favourite: latest?.favourite ?? 0, [flag]: on ? 1 : 0};
      const now = Math.max(Date.now(), (latest?.updated_ms ?? 0) + 1);
      for (const key of keys) q.setMark.run(key, state.read, state.favourite, now);
    }).immediate();
  };

  // The groups of the last entity list; entity views read them, so they show what search showed.
  let links: LinkedEntities | null = null;
  // The library's names of each gazetteer place, for text search to find "Kyiv" when asked for "Kiev".
  let placeForms: Map<string, string[]> | null = null;

  return {
    root,
    db,
    path: options.dbPath,
    listArticles: () => {
      const seen = new Set<string>();
      const out = [];
      for (const row of q.list.all(root)) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        out.push(toRecord(row));
      }
      return out;
    },
    firstArticles: (limit) => {
      const {total, read} = q.counts.get(root) ?? {total: 0, read: 0};
      return {articles: q.page.all(root, Math.max(0, limit)).map(toRecord), total, unread: total - read};
    },
    getArticle: (id) => {
      const row = q.article.get(root, id);
      return row ? toArticle(row) : null;
    },
    getAnalysis: (id) => parseJson<Analysis | null>(q.analysis.get(root, id)?.json, null),
    setRead: (id, read) => setFlag(id, 'read', read),
    setFavourite: (id, favourite) => setFlag(id, 'favourite', favourite),
    listEntities: () => (links = linkEntities(q.entities.all(root).map(toEntity))).records,
    entityOccurrences: (key) => {
      links ??= linkEntities(q.entities.all(root).map(toEntity));
      return mergeOccurrences(links.membersOf(key).map((k) => q.occurrences.all(k, root).map(toOccurrence)));
    },
    entityArticles: (key, limit) => {
      links ??= linkEntities(q.entities.all(root).map(toEntity));
      return q.entityArticles
        .all(JSON.stringify(links.membersOf(key)), root, limit)
        .map((r) => ({articleId: r.id, title: r.title, date: r.date, mentions: r.mentions}));
    },
    entity: (key) => (links ??= linkEntities(q.entities.all(root).map(toEntity))).recordOf(key),
    linkReasons: (key) => (links ??= linkEntities(q.entities.all(root).map(toEntity))).explain(key),
    searchText: (query, limit = 50) => {
      const match = ftsQuery(query, (word) => {
        const place = placeNames().placeOf(word);
        if (!place) return [];
        placeForms ??= namesByPlace(q.entities.all(root).map(toEntity));
        const own = normaliseName(word);
        return (placeForms.get(place.id) ?? []).filter((n) => normaliseName(n) !== own);
      });
      return match === null ? [] : q.text.all(match, root, limit).map(toTextHit);
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}
