import Database from 'better-sqlite3';
import {existsSync, mkdirSync, renameSync} from 'node:fs';
import {dirname} from 'node:path';
import {APPLICATION_ID, CACHE_TABLES, LATE_INDEXES, SCHEMA, SCHEMA_VERSION} from './schema.js';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** How to open the database. */
export interface OpenDbOptions {
  /** Told when a damaged or foreign file is moved aside (the CLI prints it on stderr). */
  onWarning?: (message: string) => void;
  /** Milliseconds to wait for another process's write lock before failing. */
  busyTimeoutMs?: number;
}

/** The file is not a usable brief database; it is moved aside, never deleted. */
class NotOurs extends Error {}

const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB']);

function isDamage(err: unknown): boolean {
  return err instanceof NotOurs || DAMAGED.has((err as {code?: string} | null)?.code ?? '');
}

/**
 * Opens (creating when missing) the brief database at `path` in WAL mode. A file that is not a brief
 * database, or is damaged, is renamed to `<path>.broken-<time>` with a warning and a new one is made.
 */
export function openDatabase(path: string, options: OpenDbOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), {recursive: true});
  try {
    return prepareWhenFree(path, options);
  } catch (err) {
    if (!isDamage(err) || path === ':memory:') throw err;
    const aside = moveAside(path);
    const why = err instanceof Error ? err.message : String(err);
    options.onWarning?.(
      `${path} is not a usable brief database (${why}); moved it to ${aside} and started a new one`,
    );
    return prepare(new Database(path), options);
  }
}

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_RECOVERY']);

/**
 * Switching a new file to WAL while another process creates the same database can fail with SQLITE_BUSY
 * without SQLite's busy handler ever waiting, so opening retries for as long as the busy timeout allows.
 */
function prepareWhenFree(path: string, options: OpenDbOptions): Db {
  const deadline = Date.now() + (options.busyTimeoutMs ?? 10_000);
  for (;;) {
    try {
      return prepare(new Database(path), options);
    } catch (err) {
      if (!BUSY.has((err as {code?: string} | null)?.code ?? '') || Date.now() >= deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25 + Math.random() * 50);
    }
  }
}

function prepare(db: Db, options: OpenDbOptions): Db {
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    ensureSchema(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function ensureSchema(db: Db): void {
  const appId = db.pragma('application_id', {simple: true}) as number;
  const version = db.pragma('user_version', {simple: true}) as number;
  if (appId === APPLICATION_ID && version === SCHEMA_VERSION) {
    addLateIndexes(db);
    return;
  }
  // Decide and build under the write lock so two processes creating the database at once agree.
  db.transaction(() => {
    const id = db.pragma('application_id', {simple: true}) as number;
    const tables = (
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {n: number}
    ).n;
    if (id === 0 && tables > 0) throw new NotOurs('it holds tables of another program');
    if (id !== 0 && id !== APPLICATION_ID) throw new NotOurs('it belongs to another program');
    const current = db.pragma('user_version', {simple: true}) as number;
    if (id === APPLICATION_ID && current === SCHEMA_VERSION) return;
    if (id === APPLICATION_ID) {
      // An older layout: the cache is rebuilt from the files; the reader's marks are kept.
      for (const t of ['files_ai', 'files_ad', 'files_au', 'bodies_ai', 'bodies_ad', 'bodies_au'])
        db.exec(`DROP TRIGGER IF EXISTS ${t}`);
      for (const table of CACHE_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
    }
    db.exec(SCHEMA);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function addLateIndexes(db: Db): void {
  const present = new Set(
    db
      .prepare<[], {name: string}>("SELECT name FROM sqlite_master WHERE type = 'index'")
      .all()
      .map((r) => r.name),
  );
  const missing = Object.entries(LATE_INDEXES).filter(([name]) => !present.has(name));
  if (missing.length === 0) return;
  db.transaction(() => {
    for (const [, sql] of missing) db.exec(sql);
  }).immediate();
}

function moveAside(path: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  let aside = `${path}.broken-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.broken-${stamp}-${n}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  return aside;
}
