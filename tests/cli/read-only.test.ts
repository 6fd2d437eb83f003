import {spawnSync} from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import {dirname, join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {describeDbError} from '../../src/store/db-error.js';
import {CLI, runCli, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {rss2} from '../fixtures/web/feeds.js';

const ARTICLES = join(import.meta.dirname, '../../articles');
const PICK = ['kyiv-strike.txt', ...readdirSync(ARTICLES).filter((f) => /ukrain/.test(f))];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

// Permissions do not bind root, so as root the CLI runs as nobody (uid 65534) to meet a read-only folder.
const AS_OTHER = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};

function runAsUser(args: string[], env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: 120_000,
    ...AS_OTHER,
  });
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

/** A library and, beside it, a database folder holding an indexed database, then made read-only. */
function readOnlySetup(withDb: boolean): {lib: string; dbDir: string; db: string} {
  const home = tempDir();
  chmodSync(home, 0o755);
  const lib = join(home, 'articles');
  mkdirSync(lib);
  for (const f of PICK) copyFileSync(join(ARTICLES, f), join(lib, f));
  // brief's own folder in a data folder, as its default place is: $XDG_DATA_HOME/brief.
  const dbDir = join(home, 'data', 'brief');
  mkdirSync(dbDir, {recursive: true});
  const db = join(dbDir, 'brief.db');
  if (withDb) expect(runCli(['index', '--articles', lib, '--db', db]).code).toBe(0);
  chmodSync(dbDir, 0o555);
  return {lib, dbDir, db};
}

describe('a read-only database folder', () => {
  it('search answers from the stored database and says what applies to it; nothing is written', () => {
    const {lib, dbDir, db} = readOnlySetup(true);
    const before = readdirSync(dbDir).map((f) => [f, readFileSync(join(dbDir, f)).toString('base64')]);
    const run = runAsUser(['search', 'kyiv', '--articles', lib, '--db', db]);
    // A search makes no marks: "marks made now last only until brief quits" meant nothing to it.
    expect(run.stderr).toMatch(
      /read-only.*: searching a copy in memory \(what brief indexes for this search is not saved\)\n/,
    );
    expect(run.stderr).not.toMatch(/marks/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/place\s+Kyiv/);
    expect(readdirSync(dbDir).map((f) => [f, readFileSync(join(dbDir, f)).toString('base64')])).toEqual(
      before,
    );
  });

  // In brief's default place: a database named with --db that is not there is refused by search (db-safety.test.ts).
  it('search with no database there yet indexes in memory and answers', () => {
    const {lib, dbDir} = readOnlySetup(false);
    const run = runAsUser(['search', 'kyiv', '--articles', lib], {
      XDG_DATA_HOME: dirname(dbDir),
      BRIEF_DB: '',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/place\s+Kyiv/);
    expect(run.stderr).toMatch(/read-only.*: searching a copy in memory/);
    expect(run.stderr).not.toMatch(/marks/);
    expect(readdirSync(dbDir)).toEqual([]);
  });

  it('list lists from the stored database and says what applies to it, not marks it makes none of', () => {
    const {lib, db} = readOnlySetup(true);
    const run = runAsUser(['list', '--articles', lib, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Russian Missile and Drone Attack');
    expect(run.stderr).toMatch(
      /read-only.*: listing from a copy in memory \(what brief reads for this list is not saved\)\n/,
    );
    expect(run.stderr).not.toMatch(/marks/);
  });

  it('index says in one line that it cannot save the index there, exit 1', () => {
    const {lib, db} = readOnlySetup(true);
    const run = runAsUser(['index', '--articles', lib, '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot save the index: .*read-only/);
  });
});

/** A library and an indexed database in a folder the user can write, the database file the user's own. */
function writableFolderSetup(): {lib: string; dbDir: string; db: string} {
  const {lib, dbDir, db} = readOnlySetup(true);
  chmodSync(dbDir, 0o755);
  if (AS_OTHER.uid !== undefined) {
    chownSync(dbDir, AS_OTHER.uid, AS_OTHER.gid);
    chownSync(db, AS_OTHER.uid, AS_OTHER.gid);
  }
  return {lib, dbDir, db};
}

// SQLite opens a read-only file in a folder that can be written (reading only) and fails at the first write: the
// reader said "No articles in …" over a full folder, list, search and index failed, and the `-wal` and `-shm` that
// SQLite made beside it, read-only as the file, kept it unwritable after the file was made writable again.
describe('a read-only database file in a folder that can be written', () => {
  it('list and search read it from a copy in memory, index says it cannot save; nothing is made beside it', () => {
    const {lib, dbDir, db} = writableFolderSetup();
    chmodSync(db, 0o444);
    const list = runAsUser(['list', '--articles', lib, '--db', db]);
    expect(list.stderr).toBe(
      `brief: ${db} is read-only: listing from a copy in memory (what brief reads for this list is not saved)\n`,
    );
    expect(list.stdout).toContain('Russian Missile and Drone Attack');
    expect(list.code).toBe(0);
    const search = runAsUser(['search', 'kyiv', '--articles', lib, '--db', db]);
    expect(search.stdout).toMatch(/place\s+Kyiv/);
    expect(search.code).toBe(0);
    const index = runAsUser(['index', '--articles', lib, '--db', db]);
    expect(index.stderr).toBe(
      `brief: cannot save the index: ${db} is read-only; use --db to choose another file\n`,
    );
    expect(index.code).toBe(1);
    expect(readdirSync(dbDir)).toEqual(['brief.db']);
  });

  it('a read-only -wal and -shm left beside a writable file are named, and the database read from a copy', () => {
    const {lib, dbDir, db} = writableFolderSetup();
    for (const side of ['-wal', '-shm']) {
      writeFileSync(`${db}${side}`, side === '-wal' ? '' : Buffer.alloc(32768));
      if (AS_OTHER.uid !== undefined) chownSync(`${db}${side}`, AS_OTHER.uid, AS_OTHER.gid);
      chmodSync(`${db}${side}`, 0o444);
    }
    const list = runAsUser(['list', '--articles', lib, '--db', db]);
    expect(list.stderr).toMatch(new RegExp(`^brief: ${db}-wal is read-only: listing from a copy in memory`));
    expect(list.stdout).toContain('Russian Missile and Drone Attack');
    expect(list.code).toBe(0);
    expect(readdirSync(dbDir).sort()).toEqual(['brief.db', 'brief.db-shm', 'brief.db-wal']);
  });
});

// A read-only mount: the user may write the file, but no `-shm` can be made beside it, which SQLite needs to read a
// WAL database that was closed cleanly (and so left none). Needs `mount`, so root with the right to mount.
function readOnlyMount(): {lib: string; db: string; undo: () => void} | null {
  const {lib, dbDir} = readOnlySetup(true);
  chmodSync(dbDir, 0o755);
  const mounted = join(dbDir, '..', 'mounted');
  mkdirSync(mounted);
  const mount = spawnSync('mount', ['--bind', '-o', 'ro', dbDir, mounted], {encoding: 'utf8'});
  if (mount.status !== 0) return null;
  return {lib, db: join(mounted, 'brief.db'), undo: () => void spawnSync('umount', [mounted])};
}
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

describe('a database on a read-only mount, closed cleanly', () => {
  it.skipIf(!canMount)('search reads it from a copy in memory; index refuses in one line', (ctx) => {
    const setup = readOnlyMount();
    if (!setup) return ctx.skip();
    try {
      expect(readdirSync(join(setup.db, '..'))).toEqual(['brief.db']);
      const search = runCli(['search', 'kyiv', '--articles', setup.lib, '--db', setup.db]);
      expect(search.stdout).toMatch(/Kyiv/);
      expect(search.stderr).toMatch(/read-only: searching a copy in memory/);
      expect(search.code).toBe(0);
      const index = runCli(['index', '--articles', setup.lib, '--db', setup.db]);
      expect(index.stderr).toMatch(
        /^brief: cannot save the index: .* is read-only; use --db to choose another file\n$/,
      );
      expect(index.code).toBe(1);
    } finally {
      setup.undo();
    }
  });
});

describe('subscriptions in a read-only database folder', () => {
  const feed = rss2(
    {
      title: 'Milltown Weekly',
      site: 'https://milltown.example',
      self: 'https://milltown.example/feed.xml',
      items: [
        {
          title: 'Ferry returns to Portmere',
          link: 'https://milltown.example/ferry',
          date: '2026-12-01T10:00:00Z',
          summary: 'The ferry sailed again.',
          paragraphs: [
            'The Portmere ferry sailed again on Thursday after a month of repairs to its engine and its ramp.',
            'The operator said four daily sailings would resume next week, and that fares would stay the same.',
          ],
        },
      ],
    },
    true,
  );

  it('add of a feed says the subscription is not kept (its articles are added), exit 1', () => {
    const {lib, db} = readOnlySetup(true);
    chmodSync(lib, 0o777);
    // (Beside the library, where the other user can read it.)
    const file = join(lib, '..', 'milltown.xml');
    writeFileSync(file, feed);
    chmodSync(file, 0o644);
    const run = runAsUser(['add', file, '--articles', lib, '--db', db]);
    expect(run.stderr).toMatch(/the subscription from .*milltown\.xml is not kept: .*read-only/);
    // Said with the source: no line about marks, which add makes none of.
    expect(run.stderr).not.toMatch(/marks/);
    expect(run.code).toBe(1);
    expect(readdirSync(lib).some((f) => /ferry/i.test(f))).toBe(true);
  });

  it('feeds remove refuses, saying why, instead of saying it unsubscribed, exit 1', () => {
    const {lib, dbDir, db} = readOnlySetup(false);
    chmodSync(dbDir, 0o755);
    const file = join(tempDir(), 'milltown.xml');
    writeFileSync(file, feed);
    expect(runCli(['add', file, '--articles', lib, '--db', db]).code).toBe(0);
    chmodSync(dbDir, 0o555);
    chmodSync(db, 0o444);
    const run = runAsUser([
      'feeds',
      'remove',
      'https://milltown.example/feed.xml',
      '--articles',
      lib,
      '--db',
      db,
    ]);
    expect(run.stderr).toMatch(/cannot unsubscribe from https:\/\/milltown\.example\/feed\.xml: .*read-only/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(runCli(['feeds', '--articles', lib, '--db', db]).stdout).toMatch(/Milltown Weekly/);
  });
});

describe('feeds, export-opml and refresh on a read-only database', () => {
  // The reader's "marks made now last only until brief quits, and new analyses are not saved" meant nothing to
  // commands that make no marks and analyse nothing.
  it('list and export what it holds without a word about it; refresh says what it cannot keep', () => {
    const {lib, db} = readOnlySetup(true);
    const feeds = runAsUser(['feeds', '--articles', lib, '--db', db]);
    expect(feeds).toMatchObject({code: 0, stderr: ''});
    expect(feeds.stdout).toMatch(/^no subscriptions/);
    const opml = runAsUser(['export-opml', '--articles', lib, '--db', db]);
    expect(opml.code).toBe(0);
    expect(opml.stderr).toMatch(/^brief: no subscriptions, so the OPML list names no feeds/);
    expect(opml.stderr.trim().split('\n')).toHaveLength(1);
    const refresh = runAsUser(['refresh', '--articles', lib, '--db', db]);
    expect(refresh.code).toBe(0);
    expect(refresh.stderr).toMatch(
      /read-only.*: new articles are written to the folder, but each feed's last fetch and errors are not saved\n$/,
    );
    expect(refresh.stderr).not.toMatch(/marks/);
  });
});

describe('what went wrong, in the user’s terms', () => {
  it.each([
    [
      {code: 'SQLITE_FULL', message: 'database or disk is full'},
      1e9,
      'the disk holding /data/brief.db is full',
    ],
    [{code: 'SQLITE_IOERR_SHMSIZE', message: 'disk I/O error'}, 0, 'the disk holding /data/brief.db is full'],
    [
      {code: 'SQLITE_IOERR_WRITE', message: 'disk I/O error'},
      4096,
      'the disk holding /data/brief.db is full',
    ],
    [{code: 'ENOSPC', message: 'no space left on device'}, 0, 'the disk holding /data/brief.db is full'],
    [
      {code: 'SQLITE_IOERR_READ', message: 'disk I/O error'},
      1e9,
      'cannot read or write /data/brief.db: disk I/O error (SQLITE_IOERR_READ)',
    ],
  ])('%j with %d bytes free', (error, free, said) => {
    const err = Object.assign(new Error(error.message), {code: error.code});
    expect(describeDbError(err, '/data/brief.db', () => free)).toBe(said);
  });
});

describe('an article folder that cannot be written', () => {
  // "cannot write in …: EACCES" was the whole reason: the system's code, not words.
  it('brief add says permission denied, in one line, exit 1', () => {
    const home = tempDir();
    chmodSync(home, 0o755);
    const lib = join(home, 'articles');
    mkdirSync(lib);
    const dbDir = join(home, 'data');
    mkdirSync(dbDir, {mode: 0o777});
    chmodSync(dbDir, 0o777);
    const source = join(home, 'ferry.md');
    writeFileSync(
      source,
      '---\ntitle: Ferry returns\ndate: 2024-02-02\n---\n\nThe Portmere ferry sailed again on Thursday.\n',
    );
    chmodSync(source, 0o644);
    chmodSync(lib, 0o555);
    // brief's default place, made quietly (a database named with --db that is not there yet is said first).
    const run = runAsUser(['add', source, '--articles', lib], {XDG_DATA_HOME: dbDir, BRIEF_DB: ''});
    chmodSync(lib, 0o755);
    expect(run.stderr).toBe(`brief: cannot add ${source}: cannot write in ${lib}: permission denied\n`);
    expect(run.code).toBe(1);
  });
});

describe('an article folder that cannot be read', () => {
  // stat() of a folder needs no read permission on it, so the folder passed for a library and every command went on
  // to say "no articles in …" (the reader: "No articles in …", its reason cut off in the status line).
  it.each([[['list']], [['index']], [['search', 'kyiv']], [[]]])(
    'brief %j says it cannot open the folder, in one line, exit 1',
    (command) => {
      const home = tempDir();
      chmodSync(home, 0o755);
      const lib = join(home, 'articles');
      mkdirSync(lib);
      copyFileSync(join(ARTICLES, 'kyiv-strike.txt'), join(lib, 'kyiv-strike.txt'));
      const dbDir = join(home, 'data');
      mkdirSync(dbDir, {mode: 0o777});
      chmodSync(dbDir, 0o777);
      chmodSync(lib, 0o000);
      // brief's default place (a database named with --db that is not there yet is refused by list and search).
      const run = runAsUser([...command, '--articles', lib], {XDG_DATA_HOME: dbDir, BRIEF_DB: ''});
      chmodSync(lib, 0o755);
      expect(run.stderr).toBe(`brief: cannot open the article folder ${lib}: permission denied\n`);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
    },
  );
});
