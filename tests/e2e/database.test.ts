import {chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {SCHEMA_VERSION} from '../../src/store/schema.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {CLI, runCli} from '../helpers/run-cli.js';
import {pagesOf, wreckPages} from '../store/damage.js';
import {plain, startPty, type PtyRun, cleanAfterEach} from './pty.js';

// The built brief in a real pseudo-terminal, on a database that something has happened to.
const ARTICLES = join(import.meta.dirname, '../../articles');
const PICK = ['kyiv-strike.txt', ...readdirSync(ARTICLES).filter((f) => /ukrain/.test(f))].slice(0, 5);
const STEP_MS = 90_000;

let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

/** A folder with a library of the picked articles and an indexed database beside it. */
function home(): {dir: string; lib: string; db: string} {
  const dir = temp('brief-e2e-db-');
  chmodSync(dir, 0o755);
  const lib = join(dir, 'articles');
  const db = join(dir, 'data', 'brief.db');
  mkdirSync(lib);
  mkdirSync(join(dir, 'data'));
  for (const f of PICK) copyFileSync(join(ARTICLES, f), join(lib, f));
  expect(runCli(['index', '--articles', lib, '--db', db]).code).toBe(0);
  return {dir, lib, db};
}

function reader(dir: string, lib: string, db: string, uid?: number): PtyRun {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    TERM: 'xterm-256color',
    BRIEF_ARTICLES: lib,
    BRIEF_DB: db,
  };
  return startPty(process.execPath, [CLI], {cols: 160, rows: 30, env, cwd: dir, ...(uid ? {uid} : {})});
}

describe('the reader and its database', () => {
  it(
    'says so when search meets a damaged database, rebuilds it and then finds the names',
    async () => {
      const {dir, lib, db} = home();
      wreckPages(db, pagesOf(db, ['entities']));
      app = reader(dir, lib, db);
      await app.waitFor([`${PICK.length} articles`]);
      app.press('/');
      await app.waitFor(['is damaged', 'moved it to']);
      app.press('kyiv');
      await app.waitFor([/place\s+Kyiv\s+\d+ articles?/]);
      app.press('\u001b');
      await app.waitFor(['filter: all']);
      app.press('q');
      expect(await app.exited).toBe(0);
      expect(readdirSync(join(dir, 'data')).some((f) => f.startsWith('brief.db.broken-'))).toBe(true);
    },
    STEP_MS,
  );

  it(
    'makes the database again when it is deleted under it, keeping the mark made next, and says so',
    async () => {
      const {dir, lib, db} = home();
      app = reader(dir, lib, db);
      await app.waitFor([`${PICK.length} articles`, `${PICK.length} unread`]);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, {force: true});
      app.press('m');
      await app.waitFor(['was deleted while brief was running', `${PICK.length - 1} unread`]);
      app.press('q');
      expect(await app.exited).toBe(0);
      const store = openSqliteStore({dbPath: db, root: lib});
      expect(store.listArticles().filter((a) => a.read)).toHaveLength(1);
      store.close();
    },
    STEP_MS,
  );

  it(
    'answers keys while another program holds the write lock, says it waits, then writes what waited',
    async () => {
      const {dir, lib, db} = home();
      // New articles for the reader to index, and another program (here, this test) holding the write lock.
      const more = readdirSync(ARTICLES)
        .filter((f) => f.endsWith('.md') && !PICK.includes(f))
        .slice(0, 5);
      for (const f of more) copyFileSync(join(ARTICLES, f), join(lib, f));
      const other = new Database(db);
      other.exec('BEGIN IMMEDIATE');
      try {
        app = reader(dir, lib, db);
        await app.waitFor([`${PICK.length} articles`, 'waiting for another program to finish writing']);
        app.press('\r');
        await app.waitFor(['Key facts']);
        app.press('\u001b');
        // Still waiting, not failed: the keys were answered while the lock was held, not after a timeout.
        const list = await app.waitForScreen(['filter: all']);
        expect(list).toContain('waiting for another program');
        expect(list).not.toContain('indexing failed');
      } finally {
        other.exec('COMMIT');
        other.close();
      }
      const total = PICK.length + more.length;
      await app.waitForScreen([`${total} articles`, `${total - 1} unread`]);
      app.press('q');
      expect(await app.exited).toBe(0);
      const store = openSqliteStore({dbPath: db, root: lib});
      expect(store.listArticles()).toHaveLength(total);
      expect(store.listArticles().filter((a) => a.read)).toHaveLength(1);
      store.close();
    },
    STEP_MS,
  );

  it(
    'opens from a read-only folder, says marks cannot be saved there, and still marks for the session',
    async () => {
      const {dir, lib, db} = home();
      chmodSync(join(dir, 'data'), 0o555);
      const before = readFileSync(db);
      // Permissions do not bind root: as root the reader runs as nobody to meet a read-only folder.
      app = reader(dir, lib, db, process.getuid?.() === 0 ? 65534 : undefined);
      await app.waitFor([
        `${PICK.length} articles`,
        'read-only',
        'marks made now last only until brief quits',
      ]);
      app.press('m');
      await app.waitFor([`${PICK.length - 1} unread`]);
      app.press('q');
      expect(await app.exited).toBe(0);
      expect(readFileSync(db).equals(before)).toBe(true);
    },
    STEP_MS,
  );

  it(
    'refuses to start on a database written by a newer brief, and leaves it alone',
    async () => {
      const {dir, lib, db} = home();
      const conn = new Database(db);
      conn.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      conn.close();
      app = reader(dir, lib, db);
      expect(await app.exited).toBe(2);
      expect(plain(app.raw())).toMatch(/written by a newer brief; use --db to choose another file/);
      const after = new Database(db, {readonly: true});
      expect(after.pragma('user_version', {simple: true})).toBe(SCHEMA_VERSION + 1);
      after.close();
    },
    STEP_MS,
  );

  // A mistyped name (newz.db beside brief.db) started an empty database without a word: every article unread.
  it(
    'says in its footer that it starts a named database that was not there, and on stderr',
    async () => {
      const {dir, lib} = home();
      const newz = join(dir, 'data', 'newz.db');
      app = reader(dir, lib, newz);
      await app.waitFor([`there is no database ${newz} ($BRIEF_DB): starting a new one there`]);
      app.press('q');
      expect(await app.exited).toBe(0);
      expect(plain(app.raw())).toContain(`brief: there is no database ${newz} ($BRIEF_DB)`);
    },
    STEP_MS,
  );
});
