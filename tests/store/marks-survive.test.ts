import {appendFileSync, copyFileSync, existsSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {readMarks} from '../../src/store/salvage.js';
import {USER_TABLES} from '../../src/store/schema.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {
  bigLibrary,
  indexedWithMarks,
  journalLines,
  overwritePages,
  pagesOf,
  shownMarks,
  truncateHalf,
  wreckPages,
} from './damage.js';
import {countingPool} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

function reopen(root: string, dbPath: string, warnings: string[]): SqliteStore {
  const s = openSqliteStore({dbPath, root, onWarning: (m) => warnings.push(m)});
  open.push(s);
  return s;
}

const sorted = (marks: {read: string[]; favourite: string[]}) => ({
  read: [...marks.read].sort(),
  favourite: [...marks.favourite].sort(),
});

/** Articles marked read or favourite. */
const markedCount = (marks: {read: string[]; favourite: string[]}) =>
  new Set([...marks.read, ...marks.favourite]).size;

describe('read and favourite marks survive a damaged database', () => {
  it('a database cut off half-way: moved aside, a new one made, the marks back and counted', async () => {
    const root = bigLibrary(60);
    const dbPath = join(tempDir(), 'brief.db');
    const marks = await indexedWithMarks(root, dbPath);
    truncateHalf(dbPath);
    const warnings: string[] = [];
    const s = reopen(root, dbPath, warnings);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(shownMarks(s)).toEqual(sorted(marks));
    expect(warnings.join('\n')).toMatch(
      new RegExp(`moved it to .*broken-.*kept the marks of ${markedCount(marks)} articles`),
    );
  });

  it('subscriptions and what was added survive too: their readable rows are carried into the new database', async () => {
    const root = bigLibrary(60);
    const dbPath = join(tempDir(), 'brief.db');
    await indexedWithMarks(root, dbPath);
    const before = new Database(dbPath);
    before.exec(USER_TABLES);
    before
      .prepare('INSERT INTO feeds (root, url, title, added_ms) VALUES (?, ?, ?, ?)')
      .run(root, 'http://127.0.0.1/harbour.xml', 'Harbour news', 1);
    before
      .prepare('INSERT INTO added (root, key, path, added_ms) VALUES (?, ?, ?, ?)')
      .run(root, 'u:http://127.0.0.1/a', join(root, 'a.md'), 1);
    before.close();
    overwritePages(dbPath, 16, pagesOf(dbPath, ['marks', 'sqlite_master', 'feeds', 'added']));
    const s = reopen(root, dbPath, []);
    expect(s.checkIntegrity(true)).toBe(true);
    const rows = (table: string) =>
      s.db.prepare(`SELECT * FROM ${table}`).all() as {url?: string; key?: string}[];
    expect(rows('feeds').map((r) => r.url)).toEqual(['http://127.0.0.1/harbour.xml']);
    expect(rows('added').map((r) => r.key)).toEqual(['u:http://127.0.0.1/a']);
  });

  it('16 pages overwritten and no journal: the marks are read back from the damaged file itself', async () => {
    const root = bigLibrary(60);
    const dbPath = join(tempDir(), 'brief.db');
    const marks = await indexedWithMarks(root, dbPath);
    rmSync(`${dbPath}.marks`, {force: true});
    overwritePages(dbPath, 16, pagesOf(dbPath, ['marks', 'sqlite_master']));
    const warnings: string[] = [];
    const s = reopen(root, dbPath, warnings);
    // The damage is in pages no query at start-up reads; the integrity check finds it.
    expect(s.checkIntegrity(true)).toBe(true);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(shownMarks(s)).toEqual(sorted(marks));
    expect(warnings.join('\n')).toMatch(
      new RegExp(`damaged .*moved it to .*broken-.*kept the marks of ${markedCount(marks)} articles`),
    );
  });

  it('the daily check runs on a worker thread, finds the damage and rebuilds; then not again that day', async () => {
    const root = bigLibrary(60);
    const dbPath = join(tempDir(), 'brief.db');
    const marks = await indexedWithMarks(root, dbPath);
    overwritePages(dbPath, 16, pagesOf(dbPath, ['marks', 'sqlite_master', 'meta']));
    const stale = new Database(dbPath);
    stale.prepare("UPDATE meta SET value = '0' WHERE key = 'checked-ms'").run();
    stale.close();
    const warnings: string[] = [];
    const s = reopen(root, dbPath, warnings);
    const repaired = s.checkIntegrityLater();
    expect(await repaired).toBe(true);
    // Checked now, so the next run does not look again until tomorrow.
    expect(await s.checkIntegrityLater()).toBe(false);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(shownMarks(s)).toEqual(sorted(marks));
    expect(warnings.join('\n')).toMatch(/damaged .*moved it to .*broken-/);
  });

  it('16 pages overwritten, the marks’ own pages among them: the journal has them', async () => {
    const root = bigLibrary(60);
    const dbPath = join(tempDir(), 'brief.db');
    const marks = await indexedWithMarks(root, dbPath);
    const markPages = [...pagesOf(dbPath, ['marks'])];
    overwritePages(dbPath, 16);
    // The marks' pages are wrecked too, whatever pages the random pick hit.
    wreckPages(dbPath, markPages);
    const warnings: string[] = [];
    const s = reopen(root, dbPath, warnings);
    s.checkIntegrity(true);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(shownMarks(s)).toEqual(sorted(marks));
    expect(warnings.join('\n')).toMatch(new RegExp(`kept the marks of ${markedCount(marks)} articles`));
  });

  it('a deleted database (with its -wal): the new one gets the marks from the journal', async () => {
    const root = bigLibrary(12);
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    const marks = await indexedWithMarks(root, dbPath);
    for (const f of readdirSync(dir)) if (f !== 'brief.db.marks') rmSync(join(dir, f));
    const warnings: string[] = [];
    const s = reopen(root, dbPath, warnings);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(shownMarks(s)).toEqual(sorted(marks));
    expect(warnings.join('\n')).toMatch(
      new RegExp(`restored the marks of ${markedCount(marks)} article texts`),
    );
  });
});

describe('a database replaced while brief was closed', () => {
  it("by a copy from before the marks: the journal's newer marks are written into it", async () => {
    const root = bigLibrary(12);
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    // A copy of the indexed database with no marks yet (a backup), then marks made after it.
    const first = reopen(root, dbPath, []);
    await startIndexing(first, {pool: countingPool(), checkIntegrity: 'now'}).done;
    first.close();
    open.pop();
    const backup = join(tempDir(), 'backup.db');
    const db = new Database(dbPath);
    db.exec(`VACUUM INTO '${backup}'`);
    db.close();
    const marks = await indexedWithMarks(root, dbPath);
    // The backup put back in its place.
    for (const f of readdirSync(dir)) if (f !== 'brief.db.marks') rmSync(join(dir, f));
    copyFileSync(backup, dbPath);
    const warnings: string[] = [];
    const s = reopen(root, dbPath, warnings);
    expect(shownMarks(s)).toEqual(sorted(marks));
    expect(warnings.join('\n')).toMatch(/newer than the database's/);
    // And they stay, said once.
    s.close();
    open.pop();
    const said: string[] = [];
    const again = reopen(root, dbPath, said);
    expect(shownMarks(again)).toEqual(sorted(marks));
    expect(said).toEqual([]);
  });

  it('an unchanged database says nothing and writes nothing', async () => {
    const root = bigLibrary(6);
    const dbPath = join(tempDir(), 'brief.db');
    await indexedWithMarks(root, dbPath);
    const before = statSync(dbPath).mtimeMs;
    const warnings: string[] = [];
    reopen(root, dbPath, warnings);
    expect(warnings).toEqual([]);
    expect(statSync(dbPath).mtimeMs).toBe(before);
  });
});

describe('the marks journal', () => {
  it('is written beside a database that had marks before there was a journal', async () => {
    const root = bigLibrary(6);
    const dbPath = join(tempDir(), 'brief.db');
    const marks = await indexedWithMarks(root, dbPath);
    rmSync(`${dbPath}.marks`);
    reopen(root, dbPath, []).close();
    const lines = journalLines(dbPath);
    expect(lines.filter((l) => l.key.startsWith('h:') && l.read === 1)).toHaveLength(marks.read.length);
  });

  it('stays small however often marks change, and still holds the last state', async () => {
    const root = bigLibrary(3);
    const dbPath = join(tempDir(), 'brief.db');
    await indexedWithMarks(root, dbPath);
    const s = reopen(root, dbPath, []);
    const id = s.listArticles()[0]?.id ?? '';
    for (let i = 0; i < 2951; i++) s.setRead(id, i % 2 === 0);
    s.close();
    // 2,951 changes of two keys each would be some 600 kB; compaction keeps it to a fraction of that.
    expect(statSync(`${dbPath}.marks`).size).toBeLessThan(100_000);
    rmSync(dbPath);
    const again = reopen(root, dbPath, []);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(again.listArticles().find((a) => a.id === id)?.read).toBe(true);
  });

  it('keeps no line of a mark whose database write failed: it does not come back at the next open', async () => {
    const root = bigLibrary(3);
    const dbPath = join(tempDir(), 'brief.db');
    await indexedWithMarks(root, dbPath);
    const s = reopen(root, dbPath, []);
    const id = s.listArticles().find((a) => !a.favourite)?.id ?? '';
    // A write that fails at its commit, after the journal's lines are written (as a full disk does): a deferred
    // foreign key that every mark written breaks.
    s.db.exec(`PRAGMA foreign_keys = ON;
      CREATE TABLE t_parent (y INTEGER PRIMARY KEY);
      CREATE TABLE t_child (x INTEGER REFERENCES t_parent (y) DEFERRABLE INITIALLY DEFERRED);
      CREATE TRIGGER t_ins AFTER INSERT ON marks BEGIN INSERT INTO t_child VALUES (1); END;
      CREATE TRIGGER t_upd AFTER UPDATE ON marks BEGIN INSERT INTO t_child VALUES (1); END;`);
    const before = statSync(`${dbPath}.marks`).size;
    expect(() => s.setFavourite(id, true)).toThrow();
    expect(statSync(`${dbPath}.marks`).size).toBe(before);
    s.db.exec('DROP TRIGGER t_ins; DROP TRIGGER t_upd; DROP TABLE t_child; DROP TABLE t_parent;');
    s.close();
    rmSync(dbPath);
    const again = reopen(root, dbPath, []);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(again.listArticles().find((a) => a.id === id)?.favourite).toBe(false);
  });

  it('survives a half-written last line: that change is lost, the lines before and after stand', async () => {
    const root = bigLibrary(3);
    const dbPath = join(tempDir(), 'brief.db');
    await indexedWithMarks(root, dbPath);
    appendFileSync(`${dbPath}.marks`, '{"key":"h:abc","read":1,"fav');
    const s = reopen(root, dbPath, []);
    const ids = s.listArticles().map((a) => a.id);
    s.setFavourite(ids[1] ?? '', true);
    s.close();
    rmSync(dbPath);
    const again = reopen(root, dbPath, []);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(again.listArticles().find((a) => a.id === ids[1])?.favourite).toBe(true);
    expect(again.listArticles().find((a) => a.id === ids[0])?.read).toBe(true);
    expect(existsSync(`${dbPath}.marks`)).toBe(true);
  });
});

describe('reading marks from a damaged file', () => {
  it('skips only the rows on pages that cannot be read', () => {
    const dbPath = join(tempDir(), 'brief.db');
    const db = new Database(dbPath);
    db.exec('CREATE TABLE marks (key TEXT PRIMARY KEY, read INTEGER, favourite INTEGER, updated_ms REAL)');
    const put = db.prepare('INSERT INTO marks VALUES (?, 1, 0, ?)');
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) put.run(`h:${String(i).padStart(40, '0')}`, 1000 + i);
    })();
    const leaves = db
      .prepare<[], {pageno: number}>("SELECT pageno FROM dbstat WHERE name = 'marks' AND pagetype = 'leaf'")
      .all()
      .map((r) => r.pageno);
    db.close();
    expect(leaves.length).toBeGreaterThan(10);
    const middle = leaves.slice(Math.floor(leaves.length / 2), Math.floor(leaves.length / 2) + 2);
    wreckPages(dbPath, middle);

    const damaged = new Database(dbPath);
    expect(() => damaged.prepare('SELECT sum(updated_ms) FROM marks').get()).toThrow(/malformed/);
    const rows = readMarks(damaged);
    damaged.close();
    const perPage = 3000 / leaves.length;
    expect(rows.length).toBeLessThan(3000);
    expect(rows.length).toBeGreaterThanOrEqual(3000 - 3 * perPage);
    expect(rows.some((r) => r.key.endsWith('2999'))).toBe(true);
    expect(rows.some((r) => r.key.endsWith('0000'))).toBe(true);
  });
});
