import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {existsSync} from 'node:fs';
import {SCHEMA_VERSION} from '../../src/store/schema.js';
import {CLI, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from '../store/fixtures.js';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

const HARBOUR = articleText('Harbour reopens', 'Boats returned to the harbour in Bergen.');

describe('brief with a --db that is not its database', () => {
  it('refuses a mistyped --db naming an article: exit 2, one line, the article untouched', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    for (const command of [['index'], ['search', 'bergen'], ['list'], ['list', '--json']]) {
      const run = runCli([...command, '--db', join(lib, 'harbour.txt'), '--articles', lib]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/harbour\.txt.*inside the article folder/);
      expect(readdirSync(lib)).toEqual(['harbour.txt']);
      expect(readFileSync(join(lib, 'harbour.txt'), 'utf8')).toBe(HARBOUR);
    }
  });

  it('refuses a text file, another program’s SQLite file and a folder with exit 2', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir({'notes.txt': 'eggs, flour\n'});
    const other = join(dir, 'accounts.db');
    const conn = new Database(other);
    conn.exec('CREATE TABLE accounts (id INTEGER)');
    conn.close();
    const before = readdirSync(dir).sort();
    for (const [db, reason] of [
      [join(dir, 'notes.txt'), /not a brief database/],
      [other, /database of another program/],
      [dir, /is a folder/],
    ] as const) {
      const run = runCli(['index', '--db', db, '--articles', lib]);
      expect(run.code, db).toBe(2);
      expect(run.stderr).toMatch(reason);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('eggs, flour\n');
  });

  it('refuses them with exit 2 for the feed commands too (add, refresh, feeds, export-opml), as for the rest', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir({
      'notes.txt': 'eggs, flour\n',
      'ferry.md': '---\ntitle: Ferry\n---\nThe ferry sailed.\n',
    });
    const other = join(dir, 'accounts.db');
    const conn = new Database(other);
    conn.exec('CREATE TABLE accounts (id INTEGER)');
    conn.close();
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'base64')]));
    const commands = [
      ['add', join(dir, 'ferry.md')],
      ['refresh'],
      ['feeds'],
      ['feeds', 'remove', 'https://courier.example/feed'],
      ['export-opml'],
    ];
    for (const [db, reason] of [
      [join(dir, 'notes.txt'), /not a brief database/],
      [other, /database of another program/],
    ] as const) {
      for (const command of commands) {
        const run = runCli([...command, '--db', db, '--articles', lib]);
        expect([command.join(' '), db, run.code]).toEqual([command.join(' '), db, 2]);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(reason);
        expect(run.stdout).toBe('');
      }
    }
    expect(
      Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'base64')])),
    ).toEqual(before);
    expect(readdirSync(lib)).toEqual(['harbour.txt']);
  });

  it('refuses a database from a newer brief instead of rebuilding it', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const db = join(tempDir(), 'brief.db');
    expect(runCli(['index', '--db', db, '--articles', lib]).code).toBe(0);
    const conn = new Database(db);
    conn.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    conn.close();
    for (const command of [['index'], ['search', 'bergen'], ['list'], ['list', '--json']]) {
      const run = runCli([...command, '--db', db, '--articles', lib]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/written by a newer brief; use --db to choose another file/);
    }
    const after = new Database(db, {readonly: true});
    expect(after.pragma('user_version', {simple: true})).toBe(SCHEMA_VERSION + 1);
    expect(after.prepare('SELECT count(*) AS n FROM analyses').get()).toEqual({n: 1});
    after.close();
  });

  it('says which part of a --db path is a file instead of a raw mkdir error', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir({data: 'a file where a folder should be'});
    const db = join(dir, 'data', 'brief', 'brief.db');
    const run = runCli(['index', '--db', db, '--articles', lib]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `brief: there is no folder ${join(dir, 'data', 'brief')} for the database ${db}: ${join(dir, 'data')} is a file; check the path`,
    );
    // The default place says the same in its own words when its folder cannot be made.
    const home = tempDir({data: 'a file where a folder should be'});
    const byDefault = runCli(['index', '--articles', lib], {XDG_DATA_HOME: join(home, 'data'), BRIEF_DB: ''});
    expect(byDefault.code).toBe(1);
    expect(byDefault.stderr.trim()).toBe(
      `brief: cannot create the database folder ${join(home, 'data', 'brief')}: ${join(home, 'data')} is a file`,
    );
  });

  // `--db=~/news/brief.db` and `BRIEF_DB="~/…"` reach brief with the "~" as written (the shell expands it only at the
  // start of a word), and "make it first" had the user make a folder named "~" in the current one.
  it('says the shell did not expand a leading ~, for --db and --articles alike', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const cwd = tempDir();
    const db = runCli(['list', '--db=~/news/brief.db', '--articles', lib], {}, cwd);
    expect(db.code).toBe(2);
    expect(db.stderr.split('\n')[0]).toBe(
      `brief: there is no folder ${join(cwd, '~', 'news')} for the database ~/news/brief.db: the shell did not expand '~' (it does not after '=' or inside quotes); write $HOME/… instead`,
    );
    const articles = runCli(
      ['list', '--articles=~/news', '--db', join(tempDir({'b.db': ''}), 'b.db')],
      {},
      cwd,
    );
    expect(articles.stderr).toBe(
      "brief: cannot open the article folder ~/news: no such folder: the shell did not expand '~' (it does not after '=' or inside quotes); write $HOME/… instead\n",
    );
    expect(articles.code).toBe(2);
    // "~" alone (BRIEF_DB="~") made a database file named "~" in the current folder.
    for (const bare of [
      runCli(['list', '--db=~', '--articles', lib], {}, cwd),
      runCli(['list', '--articles', lib], {BRIEF_DB: '~'}, cwd),
    ]) {
      expect(bare.code).toBe(2);
      expect(bare.stderr.split('\n')[0]).toBe(
        "brief: the database ~ is not a file: the shell did not expand '~' (it does not after '=' or inside quotes); write $HOME/… instead",
      );
    }
    // brief add and refresh, which make a missing article folder, made one named "~" in the current folder.
    const file = join(tempDir({'harbour.txt': HARBOUR}), 'harbour.txt');
    const dbFile = join(tempDir(), 'b.db');
    for (const run of [
      runCli(['add', file, '--articles=~/news', '--db', dbFile], {}, cwd),
      runCli(['refresh', '--db', dbFile], {BRIEF_ARTICLES: '~/news'}, cwd),
    ]) {
      expect(run.stderr).toBe(
        "brief: cannot open the article folder ~/news: no such folder: the shell did not expand '~' (it does not after '=' or inside quotes); write $HOME/… instead\n",
      );
      expect(run.code).toBe(2);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses a --db whose folder does not exist (a typo) instead of building a new library there', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir();
    const db = join(dir, 'nwes', 'brief.db');
    for (const command of [[], ['index'], ['list'], ['search', 'bergen'], ['feeds']]) {
      const run = runCli([...command, '--db', db, '--articles', lib]);
      expect(run.code, command[0] ?? 'the reader').toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        `brief: there is no folder ${join(dir, 'nwes')} for the database ${db}; make it first, or check the path`,
      );
    }
    expect(readdirSync(dir)).toEqual([]);
    // $BRIEF_DB is the user's choice too; extract never opens the database.
    expect(runCli(['list', '--articles', lib], {BRIEF_DB: db}).code).toBe(2);
    expect(runCli(['extract', join(lib, 'harbour.txt'), '--db', db]).code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});

// A mistyped --db in a folder that exists (`newz.db` for `news.db`) started an empty database without a word: every
// article unread, no subscriptions, the marks seemingly lost.
describe('a named database that is not there', () => {
  const missing = (db: string, via = '--db'): string => `brief: there is no database ${db} (${via})`;

  it('is refused by the commands that only read it, with exit 2, and none is made', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir();
    const db = join(dir, 'newz.db');
    const reads = [
      ['list'],
      ['search', 'bergen'],
      ['feeds'],
      ['export-opml'],
      ['feeds', 'remove', 'https://x.test/'],
    ];
    for (const command of reads) {
      const run = runCli([...command, '--db', db, '--articles', lib]);
      expect(run.code, command.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        `${missing(db)}; check the path (brief index, brief add or the reader start a new one)`,
      );
    }
    for (const command of [['list'], ['search', 'bergen'], ['feeds']])
      expect(runCli([...command, '--json', '--db', db, '--articles', lib]).stdout).toBe('null\n');
    const viaEnv = runCli(['list', '--articles', lib], {BRIEF_DB: db});
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toContain(missing(db, '$BRIEF_DB'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is made by index and add with one line naming it in full, once; the default place quietly', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir();
    const made = `: starting a new one there (check the path if you meant an existing one)\n`;
    const index = runCli(['index', '--db', join(dir, 'a.db'), '--articles', lib]);
    expect(index.code).toBe(0);
    expect(index.stderr.split('\n')[0]).toBe(`${missing(join(dir, 'a.db'))}${made}`.trim());
    const again = runCli(['index', '--db', join(dir, 'a.db'), '--articles', lib]);
    expect(again.stderr).not.toContain('no database');
    expect(runCli(['list', '--db', join(dir, 'a.db'), '--articles', lib]).code).toBe(0);
    const file = join(
      tempDir({'pier.txt': articleText('Pier opens', 'The pier in Bergen opened.')}),
      'pier.txt',
    );
    const add = runCli(['add', file, '--articles', lib], {BRIEF_DB: join(dir, 'b.db')});
    expect(add.code).toBe(0);
    expect(add.stderr).toContain(`${missing(join(dir, 'b.db'), '$BRIEF_DB')}${made}`);
    // The default place is made as a new user's first run makes it: nothing said, the list given.
    const data = tempDir();
    const first = runCli(['list', '--articles', lib], {XDG_DATA_HOME: data, BRIEF_DB: ''});
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(existsSync(join(data, 'brief', 'brief.db'))).toBe(true);
  });

  // `--db ~/news/` before the folder was made: SQLite made a database file named "news", then brief failed on
  // "ENOTDIR … news/.marks-unsaved" with exit 1, the file left behind.
  it('refuses a path ending in / with exit 2, making nothing', () => {
    const lib = tempDir({'harbour.txt': HARBOUR});
    const dir = tempDir();
    for (const command of [['index'], ['list'], ['add', join(lib, 'harbour.txt')]]) {
      const run = runCli([...command, '--db', `${dir}/news/`, '--articles', lib]);
      expect(run.code, command[0]).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        `brief: the database ${dir}/news/ ends in '/', which names a folder; name a file in it (${dir}/news/brief.db)`,
      );
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
