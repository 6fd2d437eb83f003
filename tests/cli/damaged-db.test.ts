import Database from 'better-sqlite3';
import {copyFileSync, existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {CLI, emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {overwritePages, pagesOf, truncateHalf} from '../store/damage.js';

const ARTICLES = join(import.meta.dirname, '../../articles');
// Articles naming Kyiv (found by grep), so a search has something to find.
const PICK = ['kyiv-strike.txt', ...readdirSync(ARTICLES).filter((f) => /ukrain/.test(f))].slice(0, 6);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

/** A library of the picked shipped articles, indexed by the built CLI, with two articles marked. */
function indexedLibrary(): {lib: string; db: string; marked: string[]} {
  const lib = tempDir();
  for (const f of PICK) copyFileSync(join(ARTICLES, f), join(lib, f));
  const db = emptyDb();
  expect(runCli(['index', '--articles', lib, '--db', db]).code).toBe(0);
  const store = openSqliteStore({dbPath: db, root: lib});
  const marked = store
    .listArticles()
    .slice(0, 2)
    .map((a) => a.id);
  for (const id of marked) store.setFavourite(id, true);
  store.close();
  return {lib, db, marked};
}

function favourites(lib: string, db: string): string[] {
  const store = openSqliteStore({dbPath: db, root: lib});
  try {
    return store
      .listArticles()
      .filter((a) => a.favourite)
      .map((a) => a.id);
  } finally {
    store.close();
  }
}

describe('a damaged database, found by the command that reads it', () => {
  it('search: 16 pages overwritten are found, the database rebuilt with its marks, and the search answered', () => {
    const {lib, db, marked} = indexedLibrary();
    overwritePages(db, 16, pagesOf(db, ['sqlite_master']));
    const run = runCli(['search', 'kyiv', '--json', '--articles', lib, '--db', db]);
    // With the subscriptions it holds now, so a user who had some learns they could not be read.
    expect(run.stderr).toMatch(
      /is damaged .*moved it to .*broken-.*kept the marks of 2 articles and 0 subscriptions/,
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as {name: string}[]).map((h) => h.name)).toContain('Kyiv');
    const again = runCli(['search', 'kyiv', '--articles', lib, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(favourites(lib, db).sort()).toEqual([...marked].sort());
  });

  it('list --json: damage met by the listing is repaired (marks kept) and the whole list given', () => {
    const {lib, db, marked} = indexedLibrary();
    overwritePages(db, 16, pagesOf(db, ['sqlite_master', 'files']));
    const run = runCli(['list', '--json', '--articles', lib, '--db', db]);
    expect(run.stderr).toMatch(/is damaged .*moved it to .*broken-.*kept the marks of 2 articles/);
    // Said once: "x.db is damaged (x.db is damaged (…))" said it twice.
    expect(run.stderr).not.toMatch(/damaged \(.*damaged/);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as {id: string; favourite: boolean}[];
    expect(listed).toHaveLength(PICK.length);
    expect(
      listed
        .filter((a) => a.favourite)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...marked].sort());
  });

  it('index --check: checks the database and says what it did about damage no query had met yet', () => {
    const {lib, db, marked} = indexedLibrary();
    overwritePages(db, 16, pagesOf(db, ['sqlite_master', 'files', 'marks']));
    const run = runCli(['index', '--check', '--articles', lib, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/is damaged .*moved it to .*broken-.*kept the marks of 2 articles/);
    expect(run.stderr).not.toMatch(/no damage found/);
    expect(run.stdout).toMatch(new RegExp(`; ${PICK.length} texts analysed`));
    expect(favourites(lib, db).sort()).toEqual([...marked].sort());
  });

  it('index checks the whole database once a day, and at once with --check', () => {
    const {lib, db} = indexedLibrary();
    const checked = (): number => {
      const conn = new Database(db, {readonly: true});
      try {
        return Number(conn.prepare("SELECT value FROM meta WHERE key = 'checked-ms'").pluck().get());
      } finally {
        conn.close();
      }
    };
    const first = checked();
    expect(first).toBeGreaterThan(0);
    expect(runCli(['index', '--articles', lib, '--db', db]).code).toBe(0);
    expect(checked()).toBe(first);
    const now = runCli(['index', '--check', '--articles', lib, '--db', db]);
    expect(now.code).toBe(0);
    expect(now.stderr).toBe(`brief: checked the whole database ${db}: no damage found\n`);
    expect(checked()).toBeGreaterThan(first);
    expect(runCli(['list', '--check']).stderr).toMatch(/--check goes with index/);
  });

  it('index: a database cut off half-way is moved aside and its marks kept', () => {
    const {lib, db, marked} = indexedLibrary();
    truncateHalf(db);
    const run = runCli(['index', '--articles', lib, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/moved it to .*broken-.*kept the marks of 2 articles/);
    expect(favourites(lib, db).sort()).toEqual([...marked].sort());
  });
});
