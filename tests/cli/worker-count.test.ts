import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {workerCount, workerCountNote} from '../../src/cli/index-command.js';

describe('BRIEF_WORKERS', () => {
  it.each([
    [undefined, 2, undefined],
    ['3', 2, 3],
    ['4', 2, 4],
    // More than two per core only share the cores: 1,000 asked for on two cores started hundreds of threads.
    ['1000', 2, 4],
    ['1000', 1, 2],
    ['0', 2, undefined],
    ['-1', 2, undefined],
    ['two', 2, undefined],
  ])('BRIEF_WORKERS=%s on %i cores → %s', (value, cores, expected) => {
    expect(workerCount(value === undefined ? {} : {BRIEF_WORKERS: value}, cores)).toBe(expected);
  });

  // An invalid value was ignored without a word: a user who set it to spare a core saw brief take both.
  it.each([
    [undefined, 2, null],
    ['', 2, null],
    ['3', 2, null],
    ['4', 2, null],
    ['abc', 2, 'BRIEF_WORKERS=abc is not a whole number above 0; using 2 (one per core)'],
    ['0', 2, 'BRIEF_WORKERS=0 is not a whole number above 0; using 2 (one per core)'],
    ['-3', 4, 'BRIEF_WORKERS=-3 is not a whole number above 0; using 4 (one per core)'],
    ['1.5', 2, 'BRIEF_WORKERS=1.5 is not a whole number above 0; using 2 (one per core)'],
    ['1000', 2, 'BRIEF_WORKERS=1000 is more than two per core; using 4'],
    ['\u001b[31m', 2, 'BRIEF_WORKERS=\\u001b[31m is not a whole number above 0; using 2 (one per core)'],
  ])('BRIEF_WORKERS=%j on %i cores: %s', (value, cores, note) => {
    const line = workerCountNote(value === undefined ? {} : {BRIEF_WORKERS: value}, cores);
    expect(line).toBe(note === null ? null : `brief: warning: ${note}\n`);
  });

  it('brief index says once on stderr what it used instead, and runs', () => {
    const dir = tempDir({
      'harbour.md': '---\ntitle: Harbour reopens\n---\nThe harbour reopened on Monday.\n',
    });
    const run = runCli(['index', '--articles', dir], {BRIEF_WORKERS: 'abc'});
    expect(run.code).toBe(0);
    expect(run.stderr.match(/BRIEF_WORKERS=abc is not a whole number above 0; using \d+/g)).toHaveLength(1);
    expect(run.stdout).toContain('indexed 1 file');
  }, 60_000);
});
