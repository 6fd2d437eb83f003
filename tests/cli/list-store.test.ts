import Database from 'better-sqlite3';
import {copyFileSync, readFileSync, readdirSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {listFromFiles} from '../../src/cli/commands.js';
import {listCommand} from '../../src/cli/list-command.js';
import type {Io} from '../../src/cli/output.js';
import {toJson} from '../../src/library/sanitize.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const ARTICLES = join(import.meta.dirname, '../../articles');

/** An Io that keeps every write apart, and counts the waits for a slow reader. */
function capture(): Io & {outs: string[]; errs: string[]; drains: number; out_: () => string} {
  const io = {
    outs: [] as string[],
    errs: [] as string[],
    drains: 0,
    out: (t: string) => void io.outs.push(t),
    err: (t: string) => void io.errs.push(t),
    drain: () => {
      io.drains += 1;
      return Promise.resolve();
    },
    out_: () => io.outs.join(''),
  };
  return io;
}

const byPath = (list: {path: string}[]) => [...list].sort((a, b) => a.path.localeCompare(b.path));

describe('brief list from the store', () => {
  it('list --json is streamed in pieces, is valid JSON, and holds what reading every file gives', async () => {
    const db = emptyDb();
    const streamed = capture();
    expect(await listCommand(ARTICLES, db, true, streamed)).toBe(0);
    // Written as it came: more than one write, with a wait for the reader between them.
    expect(streamed.outs.length).toBeGreaterThan(1);
    expect(streamed.drains).toBeGreaterThan(0);
    const text = streamed.out_();
    // Exactly the text the whole array would print as.
    expect(text).toBe(`${toJson(JSON.parse(text))}\n`);

    const whole = capture();
    expect(await listFromFiles(ARTICLES, true, whole)).toBe(0);
    const fromStore = JSON.parse(text) as {path: string; date: string | null; read?: boolean}[];
    const fromFiles = JSON.parse(whole.out_()) as {path: string}[];
    expect(fromStore).toHaveLength(fromFiles.length);
    // The same articles; the store adds the reader's marks, which the files do not hold.
    expect(fromStore.every((a) => a.read === false)).toBe(true);
    const unmarked = fromStore.map(
      ({read: _r, favourite: _f, ...rest}: {read?: boolean; favourite?: boolean}) => rest,
    );
    expect(byPath(unmarked as {path: string}[])).toEqual(byPath(fromFiles));
    // Newest first, undated last.
    const dates = fromStore.map((a) => a.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    // The second listing reads the store only and prints the same.
    const again = capture();
    expect(await listCommand(ARTICLES, db, true, again)).toBe(0);
    expect(again.out_()).toBe(text);
  });

  it('list --json carries the marks the reader shows (read, favourite)', async () => {
    const lib = tempDir({
      'harbour.md': '---\ntitle: Harbour reopens\ndate: 2021-03-04\n---\nThe harbour reopened on Monday.\n',
      'market.md': '---\ntitle: Market day\ndate: 2021-03-05\n---\nStalls filled the square.\n',
    });
    const db = emptyDb();
    expect(await listCommand(lib, db, true, capture())).toBe(0);
    const store = openSqliteStore({dbPath: db, root: lib});
    store.setRead('harbour', true);
    store.setFavourite('market', true);
    store.close();
    const io = capture();
    expect(await listCommand(lib, db, true, io)).toBe(0);
    const marks = (JSON.parse(io.out_()) as {id: string; read: boolean; favourite: boolean}[]).map(
      ({id, read, favourite}) => ({id, read, favourite}),
    );
    expect(marks).toEqual([
      {id: 'market', read: false, favourite: true},
      {id: 'harbour', read: true, favourite: false},
    ]);
  });

  it('the plain list prints the same rows as reading every file', async () => {
    const db = emptyDb();
    const fromStore = capture();
    const fromFiles = capture();
    await listCommand(ARTICLES, db, false, fromStore);
    await listFromFiles(ARTICLES, false, fromFiles);
    // Past the marks column (`●` unread, `★` favourite), which only the store knows: the files leave it blank.
    const rows = (io: {out_: () => string}) =>
      io
        .out_()
        .trimEnd()
        .split('\n')
        .map((r) => r.slice(3))
        .sort();
    expect(rows(fromStore)).toEqual(rows(fromFiles));
    expect(fromStore.out_().split('\n')[0]).toMatch(/^● {2}\d{4}-/);
    expect(fromFiles.out_().split('\n')[0]).toMatch(/^ {3}\d{4}-/);
  });

  it("the plain list shows the reader's marks: ● unread, ★ favourite", async () => {
    const lib = tempDir({
      'harbour.md': '---\ntitle: Harbour reopens\ndate: 2021-03-04\n---\nThe harbour reopened on Monday.\n',
      'market.md': '---\ntitle: Market day\ndate: 2021-03-05\n---\nStalls filled the square.\n',
    });
    const db = emptyDb();
    expect(await listCommand(lib, db, false, capture())).toBe(0);
    const store = openSqliteStore({dbPath: db, root: lib});
    store.setRead('harbour', true);
    store.setFavourite('market', true);
    store.close();
    const io = capture();
    expect(await listCommand(lib, db, false, io)).toBe(0);
    const [market, harbour] = io.out_().split('\n');
    expect(market).toMatch(/^●★ 2021-03-05 .*Market day/);
    expect(harbour).toMatch(/^ {3}2021-03-04 .*Harbour reopens/);
  });

  it('does not open an unchanged file: same size and time is served from the store; a new time is read', async () => {
    const lib = tempDir({
      'harbour.md': '---\ntitle: Harbour reopens\ndate: 2021-03-04\n---\nThe harbour reopened on Monday.\n',
      'market.md': '---\ntitle: Market day\ndate: 2021-03-05\n---\nStalls filled the square.\n',
    });
    const db = emptyDb();
    // A whole second, so setting it again gives exactly the time the store compares.
    const file = join(lib, 'harbour.md');
    const mtime = new Date('2021-03-04T12:00:00Z');
    utimesSync(file, mtime, mtime);
    expect((await run(lib, db)).out).toContain('Harbour reopens');
    // Same length, same modification time: a list that read the file would show the new title.
    writeFileSync(
      file,
      '---\ntitle: Harbour closed!\ndate: 2021-03-04\n---\nThe harbour reopened on Monday.\n',
    );
    utimesSync(file, mtime, mtime);
    const served = await run(lib, db);
    expect(served.out).toContain('Harbour reopens');
    expect(served.out).not.toContain('Harbour closed');
    // A new modification time: the file is read again.
    utimesSync(file, new Date('2022-01-01'), new Date('2022-01-01'));
    expect((await run(lib, db)).out).toContain('Harbour closed');
  });

  it('follows the folder: a deleted file goes, a new one comes, a bad one is said each time (exit 1)', async () => {
    const lib = tempDir({
      'harbour.md': '---\ntitle: Harbour reopens\n---\nThe harbour reopened.\n',
      'market.md': '---\ntitle: Market day\n---\nStalls filled the square.\n',
      'empty.txt': '',
    });
    const db = emptyDb();
    const first = await run(lib, db);
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/skipped .*empty\.txt: empty file/);
    unlinkSync(join(lib, 'market.md'));
    writeFileSync(join(lib, 'ferry.md'), '---\ntitle: Ferry returns\n---\nThe ferry is back.\n');
    const second = await run(lib, db);
    expect(second.out).toContain('Ferry returns');
    expect(second.out).not.toContain('Market day');
    // Remembered, not read again, and still reported.
    expect(second.err).toMatch(/skipped .*empty\.txt: empty file/);
    expect(second.code).toBe(1);
  });

  it('a file named as the database that is not brief’s is refused in one line, exit 2, and left alone', async () => {
    const lib = tempDir({'harbour.md': '---\ntitle: Harbour reopens\n---\nThe harbour reopened.\n'});
    const note = 'this is not a database, it is a note to myself\n';
    const notADb = tempDir({'brief.db': note});
    const got = await run(lib, join(notADb, 'brief.db'));
    expect(got.code).toBe(2);
    expect(got.out).toBe('');
    expect(got.err).toMatch(/not a brief database/);
    expect(got.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(notADb, 'brief.db'), 'utf8')).toBe(note);
  });

  it('lists at once, writing nothing, while another program holds the write lock and nothing changed', async () => {
    const lib = tempDir();
    for (const f of readdirSync(ARTICLES).slice(0, 3)) copyFileSync(join(ARTICLES, f), join(lib, f));
    const db = emptyDb();
    const first = await run(lib, db);
    expect(first.code).toBe(0);
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    try {
      // Another process; a list that took the lock would wait out its busy timeout and fail.
      const again = runCli(['list', '--articles', lib, '--db', db]);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(first.out);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
  });

  it('an empty folder is no failure: one line says how to add articles, and it exits 0', async () => {
    const got = await run(tempDir(), emptyDb());
    expect(got).toMatchObject({code: 0, out: ''});
    expect(got.err).toMatch(/^brief: no articles in .* yet; .*brief add URL.*\n$/);
    expect(got.err.split('\n')).toHaveLength(2);
    const json = await run(tempDir(), emptyDb(), true);
    expect(json).toMatchObject({code: 0, out: '[]\n'});
  });

  it('a search of an empty folder says how to add articles, as list does, not that no name matches', () => {
    const lib = tempDir();
    const got = runCli(['search', 'zelen', '--articles', lib, '--db', emptyDb()]);
    expect(got.code).toBe(0);
    expect(got.stdout).toBe('');
    expect(got.stderr).toMatch(/^brief: indexing .*\nbrief: no articles in .* yet; .*brief add URL.*\n$/);
    expect(got.stderr).not.toMatch(/matches/);
    const json = runCli(['search', 'zelen', '--json', '--articles', lib, '--db', emptyDb()]);
    expect(json).toMatchObject({code: 0, stdout: '[]\n'});
  });

  it('a folder whose only file is skipped still exits 1: that file failed', async () => {
    const got = await run(tempDir({'note.txt': ''}), emptyDb());
    expect(got.code).toBe(1);
    expect(got.err).toMatch(/skipped .*note\.txt: empty file/);
    expect(got.err).toMatch(/no articles in .* yet/);
  });
});

async function run(lib: string, db: string, json = false) {
  const io = capture();
  const code = await listCommand(lib, db, json, io);
  return {code, out: io.out_(), err: io.errs.join('')};
}
