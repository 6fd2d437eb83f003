import {spawn, spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {CLI, emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const ARTICLES = join(import.meta.dirname, '../../articles');
const SHIPPED = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.md') && f !== 'ATTRIBUTION.md')
  .sort();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

/** A library of the first `n` shipped articles (from `from`), copied into a temp folder. */
function copyLibrary(n: number, from = 0, dir = tempDir()): string {
  for (const f of SHIPPED.slice(from, from + n)) copyFileSync(join(ARTICLES, f), join(dir, f));
  return dir;
}

interface Summary {
  files: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  extracted: number;
  failed: number;
}

function index(lib: string, db: string): {code: number | null; summary: Summary; stderr: string} {
  const run = runCli(['index', '--json', '--articles', lib, '--db', db]);
  return {code: run.code, summary: JSON.parse(run.stdout || '{}') as Summary, stderr: run.stderr};
}

function count(db: string, sql: string): number {
  const conn = new Database(db, {readonly: true});
  try {
    return (conn.prepare(sql).get() as {n: number}).n;
  } finally {
    conn.close();
  }
}

describe('brief index (built CLI, real extraction workers)', () => {
  it('indexes a library, then finds nothing to do, then picks up an added file', () => {
    const lib = copyLibrary(6);
    const db = emptyDb();
    const first = index(lib, db);
    expect(first.code).toBe(0);
    expect(first.summary).toMatchObject({files: 6, added: 6, extracted: 6, failed: 0});
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(6);

    expect(index(lib, db).summary).toMatchObject({unchanged: 6, added: 0, extracted: 0});
    copyLibrary(1, 6, lib);
    expect(index(lib, db).summary).toMatchObject({files: 7, added: 1, unchanged: 6, extracted: 1});
  });

  it('uses $BRIEF_DB, and $XDG_DATA_HOME/brief/brief.db when neither --db nor $BRIEF_DB is given', () => {
    const lib = copyLibrary(1);
    const data = tempDir();
    const viaXdg = runCli(['index', '--articles', lib], {XDG_DATA_HOME: data, BRIEF_DB: ''});
    expect(viaXdg.code).toBe(0);
    expect(existsSync(join(data, 'brief', 'brief.db'))).toBe(true);
    const dbFile = join(tempDir(), 'env.db');
    expect(runCli(['index', '--articles', lib], {BRIEF_DB: dbFile}).code).toBe(0);
    expect(existsSync(dbFile)).toBe(true);
  });

  it('lets two processes index one library into one database at the same time', async () => {
    const lib = copyLibrary(12);
    const db = emptyDb();
    const runOne = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'index', '--json', '--articles', lib, '--db', db], {
          stdio: 'ignore',
        });
        child.on('exit', (code) => resolve(code));
      });
    expect(await Promise.all([runOne(), runOne()])).toEqual([0, 0]);
    expect(count(db, 'SELECT count(*) AS n FROM files')).toBe(12);
    expect(count(db, 'SELECT count(DISTINCT hash) AS n FROM analyses')).toBe(12);
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(12);
  });

  it('shares the work between two processes on one fresh database: each text is extracted once', async () => {
    const lib = copyLibrary(12);
    const db = emptyDb();
    const runOne = () =>
      new Promise<{code: number | null; extracted: number}>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'index', '--json', '--articles', lib, '--db', db], {
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) =>
          resolve({code, extracted: (JSON.parse(out || '{}') as {extracted?: number}).extracted ?? -1}),
        );
      });
    const runs = await Promise.all([runOne(), runOne()]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(runs.reduce((sum, r) => sum + r.extracted, 0)).toBe(12);
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(12);
  });

  // Three CLI runs over 104 articles with a kill between: on a loaded 2-core machine it needs more than the default.
  it('survives kill -9 in the middle of indexing: no corruption, marks kept, the next run finishes the rest', async () => {
    const lib = copyLibrary(4);
    const db = emptyDb();
    expect(index(lib, db).code).toBe(0);
    const store = openSqliteStore({dbPath: db, root: lib});
    const marked = store.listArticles()[0]?.id ?? '';
    store.setRead(marked, true);
    store.setFavourite(marked, true);
    store.close();

    copyLibrary(100, 4, lib);
    const child = spawn(process.execPath, [CLI, 'index', '--articles', lib, '--db', db], {stdio: 'ignore'});
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill as soon as the run has committed something beyond the first four articles.
    while (count(db, 'SELECT count(*) AS n FROM analyses') <= 4 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const analysedBefore = count(db, 'SELECT count(*) AS n FROM analyses');

    const conn = new Database(db);
    expect(conn.pragma('integrity_check', {simple: true})).toBe('ok');
    conn.close();
    const rerun = index(lib, db);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).not.toMatch(/moved it to/);
    expect(rerun.summary.extracted).toBe(104 - analysedBefore);
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(104);

    const after = openSqliteStore({dbPath: db, root: lib});
    expect(after.listArticles().find((a) => a.id === marked)).toMatchObject({read: true, favourite: true});
    expect(after.listArticles()).toHaveLength(104);
    after.close();
  }, 90_000);

  it('says why when the folder named is missing, and exits 2 (the wrong path, as a --db in no folder)', () => {
    const run = runCli(['index', '--articles', join(tempDir(), 'nope'), '--db', emptyDb('b.db')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot open the article folder/);
  });

  it('moves a damaged database aside with a message on stderr', () => {
    const lib = copyLibrary(1);
    const dir = tempDir();
    const db = join(dir, 'brief.db');
    expect(index(lib, db).code).toBe(0);
    // The 100-byte header stays (SQLite, brief's application id); everything after it is wrecked.
    const bytes = readFileSync(db);
    bytes.fill(0x5a, 100);
    writeFileSync(db, bytes);
    const run = runCli(['index', '--articles', lib, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/not a usable brief database .*moved it to .*brief\.db\.broken-/);
    expect(readdirSync(dir).some((f) => f.startsWith('brief.db.broken-'))).toBe(true);
  });
});

describe('brief index / search usage', () => {
  it.each([
    [['index', 'extra'], /index takes no arguments/],
    [['search'], /search takes a query/],
    [
      ['search', 'x', '--kind', 'animal'],
      "--kind must be one of person (people), place (places), organization (organizations), not 'animal'",
    ],
    [['list', '--text'], /--kind and --text go with search/],
  ])('%j exits 2', (args, reason) => {
    const run = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8'});
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
  });
});
