import {mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {SCHEMA_VERSION} from '../../src/store/schema.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const HARBOUR = articleText('Harbour reopens', 'Boats returned to the harbour in Bergen.');

function library(): string {
  return tempDir({'harbour.txt': HARBOUR, 'vote.md': articleText('Vote', 'Olena Petrenko voted in Kyiv.')});
}

function openStore(dbPath: string, root = library(), warnings: string[] = []): SqliteStore {
  const s = openSqliteStore({dbPath, root, onWarning: (m) => warnings.push(m)});
  open.push(s);
  return s;
}

/** Every file of a folder with its bytes, to show nothing was renamed, written or added. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, {recursive: true}) as string[]) {
    try {
      out[name] = readFileSync(join(dir, name)).toString('base64');
    } catch {
      out[name] = '(folder)';
    }
  }
  return out;
}

function refusal(run: () => unknown): {message: string; usage: boolean} {
  try {
    run();
  } catch (err) {
    return {message: (err as Error).message, usage: (err as {usage?: boolean}).usage === true};
  }
  throw new Error('expected the database to be refused');
}

describe('a --db that is not brief’s database is refused and left exactly as it was', () => {
  it.each([
    [
      'an article of the library itself',
      (lib: string) => join(lib, 'harbour.txt'),
      /inside the article folder/,
    ],
    ['a new file inside the library', (lib: string) => join(lib, 'brief.db'), /inside the article folder/],
    [
      'a link elsewhere to a file not there yet inside the library (SQLite makes the link’s target)',
      (lib: string) => {
        const link = join(tempDir(), 'news.db');
        symlinkSync(join(lib, 'news.db'), link);
        return link;
      },
      /inside the article folder/,
    ],
    [
      'a link to a link to a file not there yet inside the library',
      (lib: string) => {
        const dir = tempDir();
        symlinkSync(join(lib, 'news.db'), join(dir, 'first.db'));
        symlinkSync('first.db', join(dir, 'news.db'));
        return join(dir, 'news.db');
      },
      /inside the article folder/,
    ],
    ['a folder', (_lib: string) => join(tempDir({'sub/keep.txt': 'mine'}), 'sub'), /is a folder/],
    [
      'a text file elsewhere',
      (_lib: string) => join(tempDir({'notes.txt': 'shopping: eggs, flour\n'.repeat(50)}), 'notes.txt'),
      /not a brief database/,
    ],
    [
      'another program’s SQLite database',
      (_lib: string) => {
        const path = join(tempDir(), 'accounts.db');
        const db = new Database(path);
        db.exec("CREATE TABLE accounts (id INTEGER, owner TEXT); INSERT INTO accounts VALUES (1, 'Ann');");
        db.close();
        return path;
      },
      /database of another program/,
    ],
    [
      'a SQLite database with another program’s application id',
      (_lib: string) => {
        const path = join(tempDir(), 'other.db');
        const db = new Database(path);
        db.pragma('application_id = 1234');
        db.exec('CREATE TABLE t (x)');
        db.close();
        return path;
      },
      /database of another program/,
    ],
    [
      'the marks journal of another database, not there yet',
      (_lib: string) => join(tempDir(), 'brief.db.marks'),
      /named as the marks journal of the database .*brief\.db, which would write over it/,
    ],
    [
      'the write-ahead log of another database',
      (_lib: string) => join(tempDir(), 'brief.db-wal'),
      /named as SQLite's write-ahead log of the database/,
    ],
  ])('%s', (_label, pathOf, reason) => {
    const lib = library();
    const dbPath = pathOf(lib);
    const folders = [lib, join(dbPath, '..')];
    const before = folders.map(snapshot);
    const {message, usage} = refusal(() => openStore(dbPath, lib));
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
    expect(usage).toBe(true);
    expect(folders.map(snapshot)).toEqual(before);
  });

  it('takes a path under a hidden folder of the library (brief never reads those as articles)', async () => {
    const lib = library();
    const s = openStore(join(lib, '.brief', 'brief.db'), lib);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(s.listArticles()).toHaveLength(2);
  });

  it('takes an empty file and a blank SQLite file as new databases', () => {
    const dir = tempDir({'empty.db': ''});
    expect(openStore(join(dir, 'empty.db')).listArticles()).toEqual([]);
    new Database(join(dir, 'blank.db')).close();
    expect(openStore(join(dir, 'blank.db')).listArticles()).toEqual([]);
  });
});

describe('a database written by a newer brief', () => {
  it('is refused, not rebuilt as an older one', async () => {
    const lib = library();
    const dbPath = join(tempDir(), 'brief.db');
    const s = openStore(dbPath, lib);
    await startIndexing(s, {pool: countingPool()}).done;
    s.close();
    const raw = new Database(dbPath);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = snapshot(join(dbPath, '..'));
    const {message, usage} = refusal(() => openStore(dbPath, lib));
    expect(message).toMatch(/written by a newer brief; use --db to choose another file/);
    expect(usage).toBe(true);
    expect(snapshot(join(dbPath, '..'))).toEqual(before);
    const after = new Database(dbPath, {readonly: true});
    expect(after.prepare('SELECT count(*) AS n FROM analyses').get()).toEqual({n: 2});
    after.close();
  });
});

describe('a damaged brief database', () => {
  it('is moved aside (never deleted) and a new one made', async () => {
    const lib = library();
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    const s = openStore(dbPath, lib);
    await startIndexing(s, {pool: countingPool()}).done;
    s.close();
    // Keep the header (it says "SQLite, brief's") and wreck the rest.
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, 100);
    writeFileSync(dbPath, bytes);
    const warnings: string[] = [];
    const again = openStore(dbPath, lib, warnings);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(again.listArticles()).toHaveLength(2);
    const aside = readdirSync(dir).find((f) => f.startsWith('brief.db.broken-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside ?? ''))).toEqual(bytes);
    expect(warnings.join('\n')).toContain(aside);
  });

  it('inside a folder it cannot create says which part of the path is a file', () => {
    const dir = tempDir({data: 'a file where a folder should be'});
    mkdirSync(join(dir, 'ok'));
    const {message} = refusal(() => openStore(join(dir, 'data', 'brief', 'brief.db')));
    expect(message).toBe(
      `cannot create the database folder ${join(dir, 'data', 'brief')}: ${join(dir, 'data')} is a file`,
    );
  });
});
