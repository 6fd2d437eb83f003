import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {CLI, emptyDb, runCli, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// Made-up file names that try to act on the terminal: retitle the window (OSC 0 … BEL), clear the screen
// (CSI 2 J), an 8-bit CSI, a right-to-left override, and a newline that would split a line of output.
const HOSTILE = 'evil\u001b]0;pwned\u0007\u001b[2J\u009b\u202e\nname';
const HOSTILE_BAD = 'bad\u001b[2J\u202e\nfile';

// Everything that acts on a terminal (or reorders what it shows): C0 but tab and newline, DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex -- these are what must not get through
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function library(): string {
  return tempDir({
    'calm.md':
      '---\ntitle: Calm harbour\ndate: 2021-01-02\n---\nMaria Lopez opened the harbour in Lisbon on Monday.\n',
    [`${HOSTILE}.md`]: 'The ferry left Porto at noon with 40 passengers.\n\nIt came back to Porto at dusk.\n',
    [`${HOSTILE_BAD}.txt`]: '',
  });
}

// One extraction thread: the libraries are two files, and the machine is shared with other test files.
const ONE_WORKER = {BRIEF_WORKERS: '1'};

function expectClean(run: CliRun): void {
  expect(run.stdout).not.toMatch(UNSAFE);
  expect(run.stderr).not.toMatch(UNSAFE);
}

/** The one skip line names the bad file visibly escaped, on one line. */
function expectSkipLine(stderr: string): void {
  const lines = stderr.split('\n').filter((l) => l.includes('skipped'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('bad\\u001b[2J\\u202e\\nfile.txt');
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

describe('file names that hold terminal controls reach no terminal raw', () => {
  it('list: one row per article, the skip reason on one line', () => {
    const lib = library();
    const run = runCli(['list', '--articles', lib]);
    expectClean(run);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
    expectSkipLine(run.stderr);
  });

  it('list --json: the id is exact, the controls escaped as \\uXXXX', () => {
    const run = runCli(['list', '--json', '--articles', library()]);
    expectClean(run);
    expect(run.stdout).toContain('\\u001b]0;pwned\\u0007');
    expect(run.stdout).toContain('\\u009b\\u202e\\n');
    const ids = (JSON.parse(run.stdout) as {id: string}[]).map((a) => a.id);
    expect(ids).toContain(HOSTILE);
  });

  it('show and show --json, by the exact id and by the id as list shows it', () => {
    const lib = library();
    const text = runCli(['show', HOSTILE, '--articles', lib]);
    expectClean(text);
    expect(text.stdout).toContain('The ferry left Porto at noon');
    const shown = runCli([
      'show',
      'evil\\u001b]0;pwned\\u0007\\u001b[2J\\u009b\\u202e\\nname',
      '--articles',
      lib,
    ]);
    expect(shown.stdout).toContain('The ferry left Porto at noon');
    const json = runCli(['show', HOSTILE, '--json', '--articles', lib]);
    expectClean(json);
    expect((JSON.parse(json.stdout) as {id: string}).id).toBe(HOSTILE);
  });

  it('extract and extract --json', () => {
    const lib = library();
    const files = [join(lib, `${HOSTILE}.md`), join(lib, `${HOSTILE_BAD}.txt`)];
    const text = runCli(['extract', ...files]);
    expectClean(text);
    expectSkipLine(text.stderr);
    const json = runCli(['extract', '--json', ...files]);
    expectClean(json);
    expectSkipLine(json.stderr);
    const [result] = JSON.parse(json.stdout) as {id: string; path: string}[];
    expect(result?.path).toBe(files[0]);
  });

  it('index and index --json', () => {
    const lib = library();
    const db = emptyDb();
    const text = runCli(['index', '--articles', lib, '--db', db], ONE_WORKER);
    expectClean(text);
    expectSkipLine(text.stderr);
    const json = runCli(['index', '--json', '--articles', lib, '--db', emptyDb('other.db')], ONE_WORKER);
    expectClean(json);
    expectSkipLine(json.stderr);
  });

  it('search, search --json and search --text clean what the database holds', () => {
    const lib = library();
    const db = emptyDb();
    runCli(['index', '--articles', lib, '--db', db], ONE_WORKER);
    // The database is a boundary too: another program (or an older brief) may have written it.
    const conn = new Database(db);
    conn.prepare('UPDATE entities SET name = name || ?').run('\u001b]0;owned\u0007\u202e\n');
    conn.prepare('UPDATE files SET title = title || ?').run('\u001b[2J\u009b31m\n');
    conn.prepare('UPDATE bodies SET body = body || ?').run(' ferry \u001b]0;x\u0007 \u202e ferry');
    conn.close();
    for (const args of [
      ['lisbon'],
      ['lisbon', '--json'],
      ['ferry', '--text'],
      ['ferry', '--text', '--json'],
    ]) {
      const run = runCli(['search', ...args, '--articles', lib, '--db', db]);
      expectClean(run);
      expect(run.stdout).not.toBe('');
    }
    const text = runCli(['search', 'ferry', '--text', '--articles', lib, '--db', db]);
    expect(text.stdout).toContain('evil\\u001b]0;pwned');
  });

  it('the non-TTY brief list', () => {
    const run = runCli(['--articles', library()]);
    expectClean(run);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
    expectSkipLine(run.stderr);
  });
});

describe('a file name that is not UTF-8', () => {
  function latin1Library(): string {
    const lib = tempDir();
    const name = Buffer.concat([Buffer.from(`${lib}/caf`), Buffer.from([0xe9]), Buffer.from(' menu.md')]);
    writeFileSync(name, '---\ntitle: Menu of the day\n---\nSoup and bread on Monday.\n');
    return lib;
  }

  it('is listed and shown, its name with the byte spelt out', () => {
    const lib = latin1Library();
    const list = runCli(['list', '--articles', lib]);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Menu of the day');
    const json = runCli(['list', '--json', '--articles', lib]);
    expect(json.stdout).toContain('"caf\\uefe9 menu"');
    const show = runCli(['show', 'caf\\xe9 menu', '--articles', lib]);
    expect(show.stdout).toContain('Soup and bread on Monday.');
  });

  it('is indexed once: the next run finds it unchanged', () => {
    const lib = latin1Library();
    const db = emptyDb();
    const first = runCli(['index', '--json', '--articles', lib, '--db', db], ONE_WORKER);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({files: 1, added: 1, extracted: 1});
    const second = runCli(['index', '--json', '--articles', lib, '--db', db], ONE_WORKER);
    expect(JSON.parse(second.stdout)).toMatchObject({files: 1, unchanged: 1, extracted: 0});
  });
});
