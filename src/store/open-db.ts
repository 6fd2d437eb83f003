import Database from 'better-sqlite3';
import {accessSync, constants, existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {DbError, describeDbError, errorCode, isDamage, isDiskFull, isReadOnly} from './db-error.js';
import {checkDbFile, ensureFolder, fileId, moveAside, readHeader, sameFile} from './db-file.js';
import {salvage, type MarkRow, type UserRows} from './salvage.js';
import {
  APPLICATION_ID,
  CACHE_TABLES,
  FEEDS_READ,
  LATE_COLUMNS,
  LATE_INDEXES,
  LATE_TABLES,
  RETIRED_INDEXES,
  SCHEMA,
  SCHEMA_VERSION,
} from './schema.js';
import {resumeTextIndex, TEXT_INDEX_TRIGGERS, textIndexPaused} from './text-index-sync.js';
import {isBusy} from './write-lock.js';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** How to open the database. */
export interface OpenDbOptions {
  /** Told when something about the database needs saying (the CLI prints it on stderr). */
  onWarning?: (message: string) => void;
  /** Milliseconds to wait for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * What a database that cannot be written means for the caller, said after the reason ("marks made now last only
   * until brief quits" is the reader's; a search makes no marks); null when nothing the caller does is lost (`brief
   * feeds` lists what the database holds), and nothing is said.
   */
  readOnlyNote?: string | null;
  /** The connection's page cache in KiB (`PRAGMA cache_size`); better-sqlite3's default (16 MB) when absent. */
  cacheKib?: number;
}

/**
 * The reader's page cache: 4 MB. Reading the list of a 100,000-article library fills better-sqlite3's 16 MB, held
 * in the reader's resident set for the session; the warm-up and the list read no slower with 4 MB (a driver at
 * 100,000 articles, CPU: list 1.4-1.8 s, warm-up 1.6-2.0 s, against 1.4-2.8 and 1.8-2.4 s), the pages it drops
 * read again from the system's file cache, and the driver's peak RSS 135 → 121 MB.
 */
export const READER_CACHE_KIB = 4096;

/**
 * A database up to this size keeps better-sqlite3's 16 MB page cache in the reader: its pages fit, and with 4 MB a
 * 7 MB database of the shipped 280 articles was read again from the system's file cache on keys (their CPU p50 a few
 * tenths of a ms higher in the bench); a larger one (10,000 articles and up) gets READER_CACHE_KIB.
 */
export const READER_SMALL_DB_BYTES = 64 * 1024 * 1024;

/** The reader's page cache for a database of `bytes` (its file's size; 0 when new or unknown). */
export function readerCacheKib(bytes: number): number | undefined {
  return bytes > READER_SMALL_DB_BYTES ? READER_CACHE_KIB : undefined;
}

/** An open database and what opening it took. */
export interface OpenedDb {
  db: Db;
  /** The database was made now (no file, an empty one, or a damaged one moved aside): its marks are to restore. */
  fresh: boolean;
  /** A damaged file was moved aside: where to, why, and the marks that could still be read from it. */
  replaced: {aside: string; why: string; salvaged: MarkRow[]; rows: UserRows} | null;
  /**
   * Why the file cannot be written, when it cannot: `db` is then a copy in memory (or a new empty one) that
   * lives as long as the connection, so reading works and nothing is saved.
   */
  readOnly: string | null;
}

const newer = (path: string): DbError =>
  new DbError(`${path}: this database was written by a newer brief; use --db to choose another file`, true);
const foreign = (path: string): DbError =>
  new DbError(
    `${path} is a SQLite database of another program and brief leaves it alone; use --db to choose another file`,
    true,
  );

/**
 * Opens (creating when missing) the brief database at `path` in WAL mode. Only a file that is recognisably
 * brief's (SQLite with brief's application id, an empty file, a blank SQLite file) is opened; anything else is
 * refused with a DbError and left as it was. A damaged brief database is renamed to `<path>.broken-<time>` (never
 * deleted) after the marks that can be read are copied out, and a new one is made. A database that cannot be
 * written is read from a copy in memory.
 */
export function openDatabase(path: string, options: OpenDbOptions = {}): OpenedDb {
  if (path === ':memory:') {
    return {...prepare(new Database(':memory:'), path, options), replaced: null, readOnly: null};
  }
  const header = checkDbFile(path);
  // Decided from the bytes, before SQLite opens the file: opening another program's database would switch it to
  // WAL (a write) or roll back its journal.
  if (header && header.applicationId !== APPLICATION_ID && (header.applicationId !== 0 || !header.blank)) {
    throw foreign(path);
  }
  if (header?.applicationId === APPLICATION_ID && header.userVersion > SCHEMA_VERSION) throw newer(path);
  const before = fileId(path);
  // A read-only file in a folder that can be written opens (SQLite falls back to reading it) and then fails at the
  // first write: the reader said "No articles" over a full folder, and list, search and index failed. So does a
  // file whose `-wal` or `-shm` is read-only (SQLite makes them with the file's mode: a brief that opened the
  // read-only file left them, and they kept it unwritable after the file was made writable again). It is read from a
  // copy, as in a read-only folder.
  if (before && readOnlyPart(path) !== null) return readOnlyCopy(path, null, options);
  try {
    if (!before) ensureFolder(path);
    return {...prepareWhenFree(path, options), replaced: null, readOnly: null};
  } catch (err) {
    if (err instanceof DbError && err.usage) throw err;
    if (isDamage(err)) return replaceDamaged(path, err, before, options);
    // (A database closed cleanly in a folder that cannot be written, a read-only mount, has no `-shm`, which SQLite
    // cannot make there to read it in WAL mode: CANTOPEN for a file that exists.)
    if (isReadOnly(err) || (errorCode(err) === 'SQLITE_CANTOPEN' && (!before || whyReadOnly(path) !== null)))
      return readOnlyCopy(path, err, options);
    // Nor on a full disk (its `-shm` cannot grow: a disk I/O error): the reader would not start, and search and
    // `brief feeds` failed, on a database that reads perfectly well. Read from a copy in memory, the full disk said
    // as the reason nothing is saved.
    if (before && isDiskFull(err, path)) return readOnlyCopy(path, err, options);
    throw new DbError(describeDbError(err, path));
  }
}

function replaceDamaged(
  path: string,
  err: unknown,
  before: ReturnType<typeof fileId>,
  options: OpenDbOptions,
): OpenedDb {
  // Only a file that says it is brief's is moved, and only the very file found damaged (another brief may have
  // replaced it meanwhile).
  if (readHeader(path)?.applicationId !== APPLICATION_ID) {
    throw new DbError(
      `${path} is damaged and does not say it is a brief database, so brief leaves it alone; use --db to choose another file`,
      true,
    );
  }
  if (!sameFile(before, fileId(path))) return openDatabase(path, options);
  const {marks: salvaged, rows} = salvage(path);
  const aside = moveAside(path);
  const {db} = prepare(new Database(path), path, options);
  const why = err instanceof Error ? err.message : String(err);
  return {db, fresh: true, replaced: {aside, why, salvaged, rows}, readOnly: null};
}

// A WAL database is read through its `-shm` file, which a read-only folder cannot hold; SQLite can still make
// the full image (WAL included) when the `-shm` exists, and otherwise the main file is read as it is, marked
// as an ordinary (rollback-journal) database so SQLite reads it from memory.
function readOnlyCopy(path: string, cause: unknown, options: OpenDbOptions): OpenedDb {
  const why = whyReadOnly(path) ?? describeDbError(cause, path);
  if (!existsSync(path) || statSync(path).size === 0) {
    return {...prepare(new Database(':memory:'), path, options), replaced: null, readOnly: why};
  }
  let image: Buffer;
  // Without a `-wal` holding pages the main file is the whole database: read as it is, with no connection that
  // would make `-wal` and `-shm` beside a read-only file (read-only too, which they would keep it).
  const wal = statIfAny(`${path}-wal`);
  try {
    if (!wal || wal.size === 0) throw new Error('no write-ahead log');
    const ro = new Database(path, {readonly: true, fileMustExist: true});
    try {
      image = ro.serialize();
    } finally {
      ro.close();
    }
  } catch {
    image = readFileSync(path);
  }
  // Marked as an ordinary (rollback-journal) database, which SQLite can hold in memory: a WAL image cannot be.
  if (image.length > 19 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20);
  try {
    return {...prepare(new Database(image), path, options), replaced: null, readOnly: why};
  } catch (err) {
    if (err instanceof DbError) throw err;
    throw new DbError(`${describeDbError(err, path)}, and it cannot be written to repair it`);
  }
}

function writable(p: string): boolean {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The database file, or the `-wal` or `-shm` beside it, that exists and cannot be written; null when none. */
function readOnlyPart(path: string): string | null {
  return [path, `${path}-wal`, `${path}-shm`].find((p) => existsSync(p) && !writable(p)) ?? null;
}

function statIfAny(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Which part of the way to the database cannot be written, in the user's terms; null when all can. */
function whyReadOnly(path: string): string | null {
  const dir = dirname(resolve(path));
  if (existsSync(path)) {
    const part = readOnlyPart(path);
    if (part !== null) return `${part} is read-only`;
    return writable(dir) ? null : `the database folder ${dir} is read-only`;
  }
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (writable(existing)) return null;
  return existing === dir
    ? `the database folder ${dir} is read-only`
    : `cannot create the database folder ${dir}: ${existing} is read-only`;
}

/**
 * Switching a new file to WAL while another process creates the same database can fail with SQLITE_BUSY
 * without SQLite's busy handler ever waiting, so opening retries for as long as the busy timeout allows.
 */
function prepareWhenFree(path: string, options: OpenDbOptions): Prepared {
  const deadline = Date.now() + (options.busyTimeoutMs ?? 10_000);
  for (;;) {
    try {
      const db = new Database(path);
      // The first open loads the native addon: a phase of the reader's start-up (src/cli/start-trace.ts).
      performance.mark('brief:sqlite');
      return prepare(db, path, options);
    } catch (err) {
      if (!isBusy(err) || Date.now() >= deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25 + Math.random() * 50);
    }
  }
}

/** A connection set up for brief; `fresh` when its database was empty and has just been made. */
interface Prepared {
  db: Db;
  fresh: boolean;
}

function prepare(db: Db, path: string, options: OpenDbOptions): Prepared {
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (options.cacheKib !== undefined)
      db.pragma(`cache_size = -${Math.max(1, Math.round(options.cacheKib))}`);
    return {db, fresh: ensureSchema(db, path)};
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Brings the database to the current layout; true when it was empty and has just been made. */
function ensureSchema(db: Db, path: string): boolean {
  const appId = db.pragma('application_id', {simple: true}) as number;
  const version = db.pragma('user_version', {simple: true}) as number;
  if (appId === APPLICATION_ID && version === SCHEMA_VERSION) {
    addLateParts(db);
    return false;
  }
  let made = false;
  // Decide and build under the write lock so two processes creating the database at once agree.
  db.transaction(() => {
    const id = db.pragma('application_id', {simple: true}) as number;
    const tables = (
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {n: number}
    ).n;
    if (id === 0 && tables > 0) throw foreign(path);
    if (id !== 0 && id !== APPLICATION_ID) throw foreign(path);
    const current = db.pragma('user_version', {simple: true}) as number;
    if (id === APPLICATION_ID && current > SCHEMA_VERSION) throw newer(path);
    if (id === APPLICATION_ID && current === SCHEMA_VERSION) return;
    if (id === APPLICATION_ID) {
      // An older layout: the cache is rebuilt from the files; the reader's marks are kept.
      for (const t of ['files_ai', 'files_ad', 'files_au', 'bodies_ai', 'bodies_ad', 'bodies_au'])
        db.exec(`DROP TRIGGER IF EXISTS ${t}`);
      for (const table of CACHE_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
    } else {
      made = true;
    }
    db.exec(SCHEMA);
    // Every file this database reads has its feed read with it: nothing to fill in later (feed-backfill.ts).
    if (made) db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')").run(FEEDS_READ);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  return made;
}

function addLateParts(db: Db): void {
  const present = new Set(
    db
      .prepare<[], {name: string}>(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')",
      )
      .all()
      .map((r) => r.name),
  );
  const missing = Object.entries({...LATE_TABLES, ...LATE_INDEXES}).filter(([name]) => !present.has(name));
  const retired = RETIRED_INDEXES.filter((name) => present.has(name));
  const columns = LATE_COLUMNS.filter((c) => !hasColumn(db, c.table, c.column));
  // A first index that was killed while it wrote bodies without the text index's triggers (text-index-sync.ts).
  const textPaused = Object.keys(TEXT_INDEX_TRIGGERS).some((name) => !present.has(name));
  if (missing.length === 0 && retired.length === 0 && columns.length === 0 && !textPaused) return;
  db.transaction(() => {
    // (Read again under the write lock: another process may have added a column meanwhile.)
    for (const c of columns) if (!hasColumn(db, c.table, c.column)) db.exec(c.sql);
    for (const [, sql] of missing) db.exec(sql);
    for (const name of retired) db.exec(`DROP INDEX IF EXISTS ${name}`);
    if (textPaused && textIndexPaused(db)) resumeTextIndex(db);
  }).immediate();
}

function hasColumn(db: Db, table: string, column: string): boolean {
  return db
    .prepare<[], {name: string}>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .some((r) => r.name === column);
}
