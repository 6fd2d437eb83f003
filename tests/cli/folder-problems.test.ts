import {execFileSync} from 'node:child_process';
import {symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// An article folder that cannot be opened said the system's code: "cannot open the article folder news: ELOOP" for
// a symbolic link loop, "…: ENOTDIR" for a path through a file.
describe('an article folder that cannot be opened says why in words', () => {
  const story = '---\ntitle: Kyle pier to be repaired\n---\nThe pier at Kyle will be repaired by March.\n';

  function library() {
    const dir = tempDir({'pier.md': story});
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    return dir;
  }

  // A loop is the right path failing (1); a path through a file names no folder at all (2, exit-codes.ts).
  it.each([
    ['a symbolic link loop', 'loop-a', 'symbolic link loop', 1],
    ['a path through a file', join('pier.md', 'news'), 'a part of its path is a file, not a folder', 2],
  ])('%s: list, index and add', (_, name, why, code) => {
    const dir = library();
    const articles = join(dir, name);
    for (const args of [['list'], ['index'], ['add', join(dir, 'pier.md')]]) {
      const run = runCli([...args, '--articles', articles]);
      expect([args[0], run.code, run.stderr]).toEqual([
        args[0],
        code,
        `brief: cannot open the article folder ${articles}: ${why}\n`,
      ]);
    }
  });

  // A named pipe called news.md was taken for an article file: "(an article file: brief add … copies it …)", and
  // brief add refuses a pipe.
  it('a named pipe or a device is said as what it is, not offered to brief add', () => {
    const fifo = join(tempDir(), 'news.md');
    execFileSync('mkfifo', [fifo]);
    for (const [path, kind] of [
      [fifo, 'a named pipe'],
      ['/dev/null', 'a device'],
    ] as const) {
      // The reader's and list's path, and add's and feeds' (feeds-target.ts), say it alike.
      for (const command of [['list'], ['feeds']]) {
        const run = runCli([...command, '--articles', path]);
        expect([run.code, run.stderr]).toEqual([2, `brief: ${path} is not a folder (${kind})\n`]);
      }
    }
  });
});
