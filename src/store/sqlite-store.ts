import {resolve} from 'node:path';
import type {Analysis, EntityKind} from '../extract/types.js';
import {stepClock, STEP_MS} from '../library/steps.js';
import {refuseInsideLibrary} from './db-file.js';
import {
  linkEntities,
  linkEntitiesSteps,
  mergeOccurrences,
  type ArticleCountries,
  type LinkedEntities,
} from './link-entities.js';
import {articleCountry} from './country-bodies.js';
import {openLiveDb, type LiveDb} from './live-db.js';
import type {Db, OpenDbOptions} from './open-db.js';
import {
  toArticle,
  toEntity,
  toOccurrence,
  toRecord,
  parseJson,
  type EntityRow,
  type FileRow,
  FAILED,
  MARK_COLUMNS,
  MARKS_JOIN,
  type ListRow,
  type OccurrenceRow,
} from './rows.js';
import {articlePages} from './article-pages.js';
import {dayTime} from './schema.js';
import {listTotals, soleRootCheck} from './list-totals.js';
import {entityPages} from './entity-pages.js';
import {entityWhere} from './entity-where.js';
import {snippetWindow} from './snippet-window.js';
import {ftsQuery, toTextHit, type SnippetRow} from './text-search.js';
import type {EntityArticle, EntityRecord, Store, MarkWriteOptions} from './types.js';
import type {MarkRow} from './salvage.js';
import {placeNames} from '../extract/entities/place-names.js';
import {entityKey, normaliseName} from './entity-key.js';

/** The SQLite store of one library folder; the indexer writes through `db`. */
export interface SqliteStore extends Store {
  /** The library folder, absolute: a database can hold several libraries, each listed apart. */
  readonly root: string;
  /** The current connection: a new one after the database was repaired or made again (see `generation`). */
  readonly db: Db;
  /** Bumped whenever `db` is a new connection; work prepared on an older one starts over. */
  readonly generation: number;
  /** Where the database file is. */
  readonly path: string;
  /** Why nothing can be saved, when the database cannot be written (the store then works on a copy in memory). */
  readonly readOnly: string | null;
  /** Makes sure the database file is still there (made again, marks kept, if it was deleted); true if it acted. */
  ensureFile(): boolean;
  /** SQLite's quick check, at most once a day unless forced; a damaged database is rebuilt. True if it was. */
  checkIntegrity(force?: boolean): boolean;
  /** The once-a-day check on a worker thread (the caller keeps going); resolves true if it rebuilt the database. */
  checkIntegrityLater(force?: boolean): Promise<boolean>;
  /** Moves the damaged database aside and starts a new one, keeping the marks. */
  repair(why: string): void;
  /** Calls `listener` whenever the database was replaced by a new one that needs indexing again. */
  onReset(listener: () => void): () => void;
  /** Calls `listener` with each message about the database, those said before it subscribed first. */
  onNotice(listener: (message: string) => void): () => void;
  /** Says a message about the database where the store's others go (the CLI's stderr, the reader's status line). */
  notify(message: string): void;
  /** How many files of the library the database knows (articles and skipped files): 0 before the first index. */
  knownFiles(): number;
  /** Appends marks written by the indexer's own transaction (an edited file's, carried to its new text) to the journal. */
  journalMarks(rows: readonly MarkRow[]): void;
}

/** Where and what to open. */
export interface SqliteStoreOptions extends OpenDbOptions {
  /** The database file (`:memory:` for a private in-memory one). */
  dbPath: string;
  /** The library folder whose articles this store lists. */
  root: string;
}

/** Articles of a key read by one query when linking asks for their countries (articleCountries). */
const FILES_PAGE_ROWS = 1024;
/** Articles whose places one query reads when linking asks for their countries. */
const COUNTRY_BATCH_FILES = 4;

/** The country one article is about, from its places' and bodies' rows (country-bodies' articleCountry). */
function fileCountry(rows: readonly {kind: string; name: string; mentions: number}[]): string | null {
  const entity = (r: (typeof rows)[number]) => ({name: r.name, aliases: [], mentions: r.mentions});
  return articleCountry(
    rows.filter((r) => r.kind === 'place').map(entity),
    rows.filter((r) => r.kind === 'organization').map(entity),
  );
}

/** Entity rows read by one query of the reader's idle entity list (listEntitiesSteps). */
const ENTITY_PAGE_ROWS = 256;

const LIST = `
SELECT f.id, f.path, f.title, f.source, f.authors, f.date, f.url, f.hash,
  a.people, a.quotes, a.facts, ${FAILED},
  ${MARK_COLUMNS}
FROM files f
LEFT JOIN analyses a ON a.hash = f.hash${MARKS_JOIN}
WHERE f.root = ? AND f.hash IS NOT NULL
ORDER BY coalesce(f.date, '') DESC, ${dayTime('f.')} DESC, f.title, a.version DESC`;

// The head of LIST: with only the newest analysis joined, each article is one row, so LIMIT counts articles.
const PAGE = `
SELECT f.id, f.path, f.title, f.source, f.authors, f.date, f.url, f.hash,
  a.people, a.quotes, a.facts, ${FAILED},
  ${MARK_COLUMNS}
FROM files f
LEFT JOIN analyses a ON a.hash = f.hash AND a.version = (SELECT max(version) FROM analyses WHERE hash = f.hash)${MARKS_JOIN}
WHERE f.root = ? AND f.hash IS NOT NULL
ORDER BY coalesce(f.date, '') DESC, ${dayTime('f.')} DESC, f.title
LIMIT ?`;

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

// \`+f.hash IS NOT NULL\` below keeps SQLite from answering "root = ? AND id = ?" through the files_marks index
// (root, hash): that read every file of the library, 0.9 s to open one article of 50,000 instead of files_root's
// one row.
function prepareQueries(db: Db) {
  return {
    list: db.prepare<[string], ListRow>(LIST),
    page: db.prepare<[string, number], ListRow>(PAGE),
    article: db.prepare<[string, string], FileRow>(
      "SELECT f.*, coalesce(b.body, '') AS body FROM files f LEFT JOIN bodies b ON b.fid = f.fid WHERE f.root = ? AND f.id = ? AND +f.hash IS NOT NULL",
    ),
    analysis: db.prepare<[string, string], {json: string}>(
      'SELECT a.json FROM files f JOIN analyses a ON a.hash = f.hash WHERE f.root = ? AND f.id = ? ORDER BY a.version DESC LIMIT 1',
    ),
    entities: db.prepare<[string], EntityRow>(
      'SELECT key, kind, name, aliases, article_count, mentions, weak_articles FROM entities WHERE root = ?',
    ),
    // The same rows a page at a time, in the same order (the primary key's), for the reader's idle entity list.
    entitiesAfter: db.prepare<[string, string, number], EntityRow>(
      'SELECT key, kind, name, aliases, article_count, mentions, weak_articles FROM entities WHERE root = ? AND key > ? ORDER BY key LIMIT ?',
    ),
    // What this connection has written (total_changes) and others have (data_version): two equal readings, nothing
    // was written between them.
    changes: db.prepare<[], {mine: number; others: number}>(
      'SELECT total_changes() AS mine, data_version AS others FROM pragma_data_version',
    ),
    // The distinct articles of each linked group (a JSON array of key arrays), from the mentions_by_key index: an
    // article naming "USA" and "United States" counts once for the group.
    groupCounts: db.prepare<[string, string], {grp: number; n: number}>(
      `SELECT g.key AS grp, count(DISTINCT m.fid) AS n FROM json_each(?) g CROSS JOIN json_each(g.value) k
       CROSS JOIN mentions m ON m.key = k.value CROSS JOIN files f ON f.fid = m.fid WHERE f.root = ? GROUP BY g.key`,
    ),
    // The same when every file of the database is the library's (soleRootCheck): the index alone, without a look
    // at each article's library (1.3 s → 0.16 s for 150 groups of the most named at 100,000 articles).
    groupCountsSole: db.prepare<[string], {grp: number; n: number}>(
      `SELECT g.key AS grp, count(DISTINCT m.fid) AS n FROM json_each(?) g CROSS JOIN json_each(g.value) k
       CROSS JOIN mentions m ON m.key = k.value GROUP BY g.key`,
    ),
    // The articles naming a key a page at a time, in article order (mentions_by_key's), and the names of places and
    // bodies of a batch of articles: what an article's country is read from (country-bodies' articleCountry) when
    // linking asks about an acronym's articles. (A key names an article once: the mentions' primary key.)
    filesOfKeyAfter: db.prepare<[string, string, number, number], {fid: number}>(
      'SELECT m.fid FROM mentions m CROSS JOIN files f ON f.fid = m.fid WHERE m.key = ? AND f.root = ? AND m.fid > ? ORDER BY m.fid LIMIT ?',
    ),
    // ...and without the look at each article's library when every file of the database is the library's.
    filesOfKeyAfterSole: db.prepare<[string, number, number], {fid: number}>(
      'SELECT fid FROM mentions WHERE key = ? AND fid > ? ORDER BY fid LIMIT ?',
    ),
    // The places and bodies of a batch of articles (a JSON array of fids), each article's in its key order.
    placesOfFiles: db.prepare<[string], {fid: number; kind: string; name: string; mentions: number}>(
      "SELECT fid, kind, name, mentions FROM mentions WHERE fid IN (SELECT value FROM json_each(?)) AND kind != 'person' ORDER BY fid, key",
    ),
    occurrences: db.prepare<[string, string], OccurrenceRow>(
      `SELECT f.id, f.title, f.date, m.mentions, m.sentences, m.quotes FROM mentions m CROSS JOIN files f ON f.fid = m.fid
       WHERE m.key = ? AND f.root = ? ORDER BY coalesce(f.date, '') DESC, f.title`,
    ),
    // One article's entities with the keys the library files them under: a bare body of an article about one
    // country ("the Democratic Party" of a US story) is filed under its country's key, not its name's.
    articleMentions: db.prepare<[string, string], {kind: string; name: string; aliases: string; key: string}>(
      'SELECT m.kind, m.name, m.aliases, m.key FROM files f CROSS JOIN mentions m ON m.fid = f.fid WHERE f.root = ? AND f.id = ? AND +f.hash IS NOT NULL',
    ),
    keysOf: db.prepare<[string, string], {hash: string; url: string | null}>(
      'SELECT hash, url FROM files WHERE root = ? AND id = ? AND +hash IS NOT NULL',
    ),
    mark: db.prepare<[string], {read: number; favourite: number; updated_ms: number}>(
      'SELECT read, favourite, updated_ms FROM marks WHERE key = ?',
    ),
    known: db.prepare<[string], {n: number}>('SELECT count(*) AS n FROM files WHERE root = ?'),
    text: db.prepare<[string, string, number], Omit<SnippetRow, 'snippet'> & {fid: number}>(
      `SELECT f.fid, f.id, f.title, f.date
       FROM fts JOIN files f ON f.fid = fts.rowid WHERE fts MATCH ? AND f.root = ? AND +f.hash IS NOT NULL ORDER BY rank LIMIT ?`,
    ),
    // The whole body marked, for the hits shown only (snippetWindow cuts it): snippet() may cut a phrase. A plain
    // `rowid = ?` beside MATCH returned every matching row (SQLite 3.53); the cast makes it one.
    marked: db.prepare<[string, number], {marked: string | null}>(
      'SELECT highlight(fts, 1, char(1), char(2)) AS marked FROM fts WHERE fts MATCH ? AND rowid = CAST(? AS INTEGER)',
    ),
  };
}

/** Opens the store of library `root` in the database at `dbPath`, creating or repairing the file as needed. */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const root = resolve(options.root);
  if (options.dbPath !== ':memory:') refuseInsideLibrary(options.dbPath, root);
  const live: LiveDb = openLiveDb(options.dbPath, options);
  // Statements belong to one connection; a repaired or re-made database gets its own.
  let prepared: {
    generation: number;
    q: ReturnType<typeof prepareQueries>;
    pages: ReturnType<typeof entityPages>;
    after: ReturnType<typeof articlePages>;
    totals: ReturnType<typeof listTotals>;
    sole: (root: string) => boolean;
    where: ReturnType<typeof entityWhere>;
  } | null = null;
  const q = (): ReturnType<typeof prepareQueries> => ready().q;
  const ready = () => {
    if (prepared?.generation !== live.generation) {
      const sole = soleRootCheck(live.db);
      prepared = {
        generation: live.generation,
        q: prepareQueries(live.db),
        pages: entityPages(live.db, sole),
        after: articlePages(live.db),
        totals: listTotals(live.db, sole),
        sole,
        where: entityWhere(live.db),
      };
      links = null;
    }
    return prepared;
  };

  const whereNow = (key: string, limit: number): EntityArticle[] =>
    live.guard(() => ready().where(root, linked().membersOf(key), limit));

  type MarkState = {read: number; favourite: number; updated_ms: number};
  // What marksChangedElsewhere saw last: the connection (a new one after a repair starts afresh), its data version
  // and the marks' count and newest time. The version is taken at open (the marks only when first asked): marks
  // another reader writes while this one's list still loads, before the first look, are news too.
  let marksSeen: {db: Db | null; version: number; signature: string | null} = {
    db: live.db,
    version: Number(live.db.pragma('data_version', {simple: true})),
    signature: null,
  };
  const newer = (a: MarkState | undefined, b: MarkState | undefined): MarkState | undefined =>
    !a || (b && b.updated_ms > a.updated_ms) ? b : a;
  // Marks are written under both keys with the full state, so either key alone restores it after a rename
  // (hash unchanged) or an edit (URL unchanged).
  const setFlag = (id: string, flag: 'read' | 'favourite', on: boolean, options?: MarkWriteOptions): void => {
    // The keys are read first: a database made again while writing would not know the file yet.
    const file = live.guard(() => q().keysOf.get(root, id));
    if (!file) return;
    const keys = [`h:${file.hash}`, ...(file.url ? [`u:${file.url}`] : [])];
    live.writeMarks((kept) => {
      const marks = keys.map((k) => newer(q().mark.get(k), kept(k))).filter((m) => m !== undefined);
      const latest = marks.sort((a, b) => b.updated_ms - a.updated_ms)[0];
      const state = {read: latest?.read ?? 0, favourite: latest?.favourite ?? 0, [flag]: on ? 1 : 0};
      const now = Math.max(Date.now(), (latest?.updated_ms ?? 0) + 1);
      return keys.map((key) => ({key, read: state.read, favourite: state.favourite, updated_ms: now}));
    }, options);
  };

  // The groups of the last entity list; entity views read them, so they show what search showed.
  let links: LinkedEntities | null = null;
  // The library's names of each gazetteer place, for text search to find "Kyiv" when asked for "Kiev".
  let placeForms: Map<string, string[]> | null = null;
  const countGroups = (groups: readonly (readonly string[])[]): number[] => {
    const counts = new Array<number>(groups.length).fill(0);
    const json = JSON.stringify(groups);
    const rows = ready().sole(root) ? q().groupCountsSole.all(json) : q().groupCounts.all(json, root);
    for (const {grp, n} of rows) counts[grp] = n;
    return counts;
  };
  // Each article's country for one linking run (asked of a few acronyms' articles only), a step at a time: the
  // articles of a key a page at a time and the places of those not seen yet a batch of articles a query (one query
  // an article, the files of "US" at 100,000 articles were one step of 0.3-1.3 s in the reader's warm-up).
  const articleCountries = (): ((
    ...args: Parameters<ArticleCountries>
  ) => Generator<void, readonly (string | null)[]>) => {
    const byFile = new Map<number, string | null>();
    const due = stepClock(STEP_MS, 1);
    return function* countriesOfKey(key, enough = () => false) {
      const out: (string | null)[] = [];
      for (let after = -1; ;) {
        const page = live.guard(() => filesOfKeyAfter(key, after)).map((r) => r.fid);
        for (let at = 0; at < page.length; at += COUNTRY_BATCH_FILES) {
          if (due()) yield;
          const batch = page.slice(at, at + COUNTRY_BATCH_FILES);
          const missing = batch.filter((fid) => !byFile.has(fid));
          const places = new Map<number, {kind: string; name: string; mentions: number}[]>();
          if (missing.length > 0)
            for (const row of live.guard(() => q().placesOfFiles.all(JSON.stringify(missing)))) {
              const list = places.get(row.fid);
              if (list) list.push(row);
              else places.set(row.fid, [row]);
            }
          for (const fid of missing) byFile.set(fid, fileCountry(places.get(fid) ?? []));
          for (const fid of batch) {
            const country = byFile.get(fid) ?? null;
            out.push(country);
            if (enough(country)) return out;
          }
        }
        if (page.length < FILES_PAGE_ROWS) return out;
        after = page.at(-1) as number;
      }
    };
  };
  // (A limit of -1: every row.)
  const filesOfKeyAfter = (key: string, after: number, limit = FILES_PAGE_ROWS): {fid: number}[] =>
    ready().sole(root)
      ? q().filesOfKeyAfterSole.all(key, after, limit)
      : q().filesOfKeyAfter.all(key, root, after, limit);
  // The articles naming a key, for the few records a link rule asks about (link-parts.ts).
  const filesOfKey = (key: string): number[] => filesOfKeyAfter(key, -1, -1).map((r) => r.fid);
  const linked = (): LinkedEntities => {
    const queries = q();
    return (links ??= linkEntities(
      queries.entities.all(root).map(toEntity),
      countGroups,
      articleCountries(),
      filesOfKey,
    ));
  };

  return {
    root,
    get db() {
      return live.db;
    },
    get generation() {
      return live.generation;
    },
    path: options.dbPath,
    get readOnly() {
      return live.readOnly;
    },
    listArticles: () =>
      live.guard(() => {
        const seen = new Set<string>();
        const out = [];
        // One row per file (LIST joins each analysis version): by path, as two files may share an id until the
        // next scan gives one its path (a file the reader's R wrote beside one of the same name).
        for (const row of q().list.all(root)) {
          if (seen.has(row.path)) continue;
          seen.add(row.path);
          out.push(toRecord(row));
        }
        return out;
      }),
    firstArticles: (limit) =>
      live.guard(() => {
        const {total, read} = ready().totals(root);
        return {articles: q().page.all(root, Math.max(0, limit)).map(toRecord), total, unread: total - read};
      }),
    articlesAfter: (after, limit) => live.guard(() => ready().after(root, after, limit)),
    getArticle: (id) =>
      live.guard(() => {
        const row = q().article.get(root, id);
        return row ? toArticle(row) : null;
      }),
    getAnalysis: (id) => live.guard(() => parseJson<Analysis | null>(q().analysis.get(root, id)?.json, null)),
    setRead: (id, read, options) => setFlag(id, 'read', read, options),
    setFavourite: (id, favourite, options) => setFlag(id, 'favourite', favourite, options),
    listEntities: () =>
      live.guard(
        () =>
          (links = linkEntities(
            q().entities.all(root).map(toEntity),
            countGroups,
            articleCountries(),
            filesOfKey,
          )).records,
      ),
    *listEntitiesSteps() {
      const generation = live.generation;
      // The rows a page at a time and made records a step at a time: one query of every row was a step of 6-14 ms
      // (10-16 ms with the records), the longest of the idle steps a first key could land on. Read again in one
      // query when the database was written between the first page and the last, so the list is of one moment.
      const stamp = (): string => live.guard(() => JSON.stringify(q().changes.get()));
      const before = stamp();
      let rows: EntityRow[] = [];
      for (let last = ''; ;) {
        const page = live.guard(() => q().entitiesAfter.all(root, last, ENTITY_PAGE_ROWS));
        for (const row of page) rows.push(row);
        const end = page.at(-1);
        if (page.length < ENTITY_PAGE_ROWS || !end) break;
        last = end.key;
        yield;
      }
      if (stamp() !== before || live.generation !== generation)
        rows = live.guard(() => q().entities.all(root));
      const records: EntityRecord[] = [];
      const due = stepClock();
      yield;
      for (let i = 0; i < rows.length; i++) {
        if (due()) yield;
        records.push(toEntity(rows[i] as EntityRow));
      }
      yield;
      const countries = articleCountries();
      const made = yield* linkEntitiesSteps(
        records,
        (groups) => live.guard(() => countGroups(groups)),
        countries,
        (key) => live.guard(() => filesOfKey(key)),
      );
      // A database made again meanwhile has other entities: its links are made afresh when asked for.
      if (live.generation === generation) links = made;
      return made.records;
    },
    entityOccurrences: (key) =>
      live.guard(() =>
        mergeOccurrences(
          linked()
            .membersOf(key)
            .map((k) => q().occurrences.all(k, root).map(toOccurrence)),
        ),
      ),
    entityCount: (key) => live.guard(() => ready().pages.count(root, linked().membersOf(key))),
    entityPage: (key, offset, limit) =>
      live.guard(() => ready().pages.page(root, linked().membersOf(key), offset, limit)),
    entityArticles: (key, limit) => whereNow(key, limit),
    *entityArticlesSteps(key, limit) {
      // As listEntitiesSteps: answered again in one query when the database was written (or made again) between the
      // first page and the last, or a page failed, so the line is of one moment.
      const generation = live.generation;
      const stamp = (): string => live.guard(() => JSON.stringify(q().changes.get()));
      const before = stamp();
      const steps = live.guard(() => ready().where.steps(root, linked().membersOf(key), limit));
      for (;;) {
        let step: IteratorResult<void, EntityArticle[]> | null;
        try {
          step = steps.next();
        } catch {
          step = null;
        }
        if (!step || live.generation !== generation) return whereNow(key, limit);
        if (step.done) return stamp() === before ? step.value : whereNow(key, limit);
        yield;
      }
    },
    entity: (key) => live.guard(() => linked().recordOf(key)),
    entityKeysIn: (id) =>
      live.guard(() => {
        const keys = new Map<string, string>();
        for (const row of q().articleMentions.all(root, id)) {
          const kind = row.kind as EntityKind;
          for (const form of [row.name, ...parseJson<string[]>(row.aliases, [])])
            if (!keys.has(entityKey(kind, form))) keys.set(entityKey(kind, form), row.key);
        }
        return keys;
      }),
    linkReasons: (key) => live.guard(() => linked().explain(key)),
    searchText: (query, limit = 50) =>
      live.guard(() => {
        const match = ftsQuery(query, (word) => {
          const place = placeNames().placeOf(word);
          if (!place) return [];
          placeForms ??= namesByPlace(q().entities.all(root).map(toEntity));
          const own = normaliseName(word);
          return (placeForms.get(place.id) ?? []).filter((n) => normaliseName(n) !== own);
        });
        if (match === null) return [];
        return q()
          .text.all(match, root, limit)
          .map(({fid, ...row}) => {
            const marked = q().marked.get(match, fid)?.marked ?? null;
            return toTextHit({...row, snippet: marked === null ? null : snippetWindow(marked)});
          });
      }),
    knownFiles: () => live.guard(() => q().known.get(root)?.n ?? 0),
    ensureFile: () => live.ensureFile(),
    journalMarks: (rows) => live.journalMarks(rows),
    checkIntegrity: (force) => live.checkIntegrity(force),
    checkIntegrityLater: (force) => live.checkIntegrityLater(force),
    repair: (why) => live.repair(why),
    onReset: (listener) => live.onReset(listener),
    onNotice: (listener) => live.onNotice(listener),
    notify: (message) => live.notify(message),
    marksChangedElsewhere: () => {
      const db = live.db;
      // data_version moves only for commits by other connections: this reader's own writes never count.
      const version = Number(db.pragma('data_version', {simple: true}));
      if (db === marksSeen.db && version === marksSeen.version) return false;
      const row = db
        .prepare<[], {n: number; at: number | null}>('SELECT count(*) AS n, max(updated_ms) AS at FROM marks')
        .get();
      const signature = `${row?.n ?? 0}:${row?.at ?? 0}`;
      const changed = marksSeen.db === db && signature !== marksSeen.signature;
      marksSeen = {db, version, signature};
      return changed;
    },
    close: () => live.close(),
  };
}
