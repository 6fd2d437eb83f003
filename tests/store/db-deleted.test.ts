import Database from 'better-sqlite3';
import {existsSync, readFileSync, readdirSync, renameSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {bigLibrary} from './damage.js';
import {countingPool} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

function openStore(root: string, dbPath: string, notices: string[] = []): SqliteStore {
  const s = openSqliteStore({dbPath, root});
  s.onNotice((m) => notices.push(m));
  open.push(s);
  return s;
}

const marked = (s: SqliteStore) => ({
  read: s
    .listArticles()
    .filter((a) => a.read)
    .map((a) => a.id),
  favourite: s
    .listArticles()
    .filter((a) => a.favourite)
    .map((a) => a.id),
});

describe('the database deleted while brief has it open', () => {
  it.each([
    [
      'the database and its -wal and -shm',
      (dir: string) => {
        for (const f of ['brief.db', 'brief.db-wal', 'brief.db-shm']) rmSync(join(dir, f), {force: true});
      },
    ],
    ['its whole folder, journal and all', (dir: string) => rmSync(dir, {recursive: true})],
  ])('%s: the next mark makes it again, with every mark, and says so', async (_label, remove) => {
    const root = bigLibrary(4);
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    const notices: string[] = [];
    const s = openStore(root, dbPath, notices);
    await startIndexing(s, {pool: countingPool(), checkIntegrity: 'now'}).done;
    const [a, b] = s.listArticles().map((x) => x.id);
    s.setRead(a ?? '', true);
    remove(dir);
    expect(existsSync(dbPath)).toBe(false);

    s.setFavourite(b ?? '', true);
    expect(existsSync(dbPath)).toBe(true);
    // Written back whole from the open connection: nothing to extract again.
    expect(s.listArticles().map((x) => x.counts)).not.toContain(null);
    expect(notices.join('\n')).toMatch(
      /was deleted while brief was running; made it again and kept the marks of 1 article/,
    );
    s.close();

    const again = openStore(root, dbPath);
    const pool = countingPool();
    await startIndexing(again, {pool}).done;
    expect(pool.extracts).toEqual([]);
    expect(marked(again)).toEqual({read: [a], favourite: [b]});
  });

  it('a closed store never makes its deleted database again (its folder may be on its way out)', async () => {
    const root = bigLibrary(4);
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    const s = openStore(root, dbPath);
    await startIndexing(s, {pool: countingPool()}).done;
    s.close();
    rmSync(dir, {recursive: true});
    expect(s.ensureFile()).toBe(false);
    expect(() => s.setRead(s.listArticles()[0]?.id ?? 'x', true)).toThrow();
    expect(existsSync(dir)).toBe(false);
  });

  it('a database replaced by another file (another brief repaired it) is reopened, not moved aside', async () => {
    const root = bigLibrary(3);
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    const notices: string[] = [];
    const s = openStore(root, dbPath, notices);
    await startIndexing(s, {pool: countingPool()}).done;
    const other = openStore(root, join(dir, 'other.db'));
    await startIndexing(other, {pool: countingPool()}).done;
    other.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, {force: true});
    renameSync(join(dir, 'other.db'), dbPath);
    const id = s.listArticles()[0]?.id ?? '';
    s.setRead(id, true);
    expect(notices.join('\n')).toMatch(/was replaced while brief was running; reopened it/);
    expect(readdirSync(dir).some((f) => f.includes('broken'))).toBe(false);
    s.close();
    expect(marked(openStore(root, dbPath)).read).toEqual([id]);
  });

  it.each([
    ['nothing (the other file removed)', (dbPath: string) => rmSync(dbPath), false],
    [
      'a brief database again',
      (dbPath: string, root: string) => {
        rmSync(dbPath);
        const back = openSqliteStore({dbPath, root});
        back.close();
      },
      false,
    ],
    ['the next brief (this one quit first)', (dbPath: string) => rmSync(dbPath), true],
  ])(
    "replaced by another program's SQLite file: the file is left alone and marks made then are kept, until %s is there",
    async (_label, bringBack, quitFirst) => {
      const root = bigLibrary(3);
      const dir = tempDir();
      const dbPath = join(dir, 'brief.db');
      const notices: string[] = [];
      const s = openStore(root, dbPath, notices);
      await startIndexing(s, {pool: countingPool()}).done;
      const [a, b] = s.listArticles().map((x) => x.id);
      s.setRead(a ?? '', true);
      // Another program's database moved over it while the reader runs (brief's -wal and -shm still beside it).
      const foreign = join(dir, 'notes.sqlite');
      const other = new Database(foreign);
      other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('buy milk')");
      other.close();
      const bytes = readFileSync(foreign);
      renameSync(foreign, dbPath);

      s.setFavourite(b ?? '', true);
      expect(notices.join('\n')).toMatch(
        /replaced by another program's SQLite database while brief was running, which brief leaves alone; .*marks made now are kept in .*brief\.db\.marks-unsaved/,
      );
      // Still reading, with the mark shown; the other program's file as it was, nothing of brief's beside it.
      expect(marked(s)).toEqual({read: [a], favourite: [b]});
      expect(readFileSync(dbPath).equals(bytes)).toBe(true);
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
      const check = new Database(dbPath, {readonly: true});
      expect(check.prepare('SELECT body FROM notes').pluck().all()).toEqual(['buy milk']);
      check.close();

      // A brief quitting now leaves the mark where the next brief takes it in.
      if (!quitFirst) bringBack(dbPath, root);
      s.setRead(b ?? '', true);
      s.close();
      if (quitFirst) bringBack(dbPath, root);
      const again = openStore(root, dbPath);
      await startIndexing(again, {pool: countingPool()}).done;
      expect(marked(again).read.sort()).toEqual([a, b].sort());
      expect(marked(again).favourite).toEqual([b]);
    },
  );
});
