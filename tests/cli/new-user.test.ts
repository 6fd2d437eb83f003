import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// A new user's first command, run outside a checkout (no ./articles) before any `brief add`: brief's own folder was
// never made. It said "cannot open the article folder …: no such folder", as if something had broken.

/** A run from an empty folder with a data folder of its own and no library named. */
function firstRun(args: string[]) {
  const data = tempDir();
  const run = runCli(args, {XDG_DATA_HOME: data, BRIEF_ARTICLES: '', BRIEF_DB: ''}, tempDir());
  return {...run, data};
}

const NO_LIBRARY_YET = new RegExp(
  "^brief: no library yet: start one with 'brief add URL' \\(a page or a feed; it makes \\S+/brief/articles\\), " +
    'or name a folder of \\.txt, \\.md or \\.html files with --articles DIR\\n$',
);

describe('brief with no library yet', () => {
  it.each([
    ['brief, output piped', []],
    ['list', ['list']],
    ['index', ['index']],
    ['search', ['search', 'kyiv']],
    ['show', ['show', 'kyiv-strike']],
    ['feeds', ['feeds']],
    ['refresh', ['refresh']],
    ['export-opml', ['export-opml']],
  ])('%s says in one line how to start one, exits 1 and makes nothing', (_name, args) => {
    const run = firstRun(args);
    expect([run.code, run.stderr, run.stdout]).toEqual([1, expect.stringMatching(NO_LIBRARY_YET), '']);
    expect(readdirSync(run.data)).toEqual([]);
  });

  it('--json prints null for a script, the line on stderr', () => {
    const run = firstRun(['list', '--json']);
    expect([run.code, run.stdout]).toEqual([1, 'null\n']);
    expect(run.stderr).toMatch(NO_LIBRARY_YET);
  });

  it('a folder named that is not there is a wrong path instead: exit 2, with the path', () => {
    const missing = join(tempDir(), 'news');
    const run = runCli(['list', '--articles', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `brief: cannot open the article folder ${missing}: no such folder (name your library with --articles DIR, or start one with 'brief add URL')\n`,
    );
    expect(runCli(['list'], {BRIEF_ARTICLES: missing}).code).toBe(2);
  });
});
