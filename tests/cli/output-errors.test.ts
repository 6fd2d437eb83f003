import {spawn, spawnSync} from 'node:child_process';
import {closeSync, constants, copyFileSync, existsSync, openSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {outputError, outputKind} from '../../src/cli/settle-exit.js';
import {CLI, emptyDb} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const CLASSIC = join(import.meta.dirname, '../../dist/cli.cjs');
const SEED = join(import.meta.dirname, '../../articles/kyiv-strike.txt');

/** Runs the built CLI with its standard output going to `path` (a device that refuses the writes). */
function runInto(path: string, args: string[], cli = CLI) {
  const fd = openSync(path, 'w');
  try {
    const run = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', fd, 'pipe'],
      env: {...process.env, NO_COLOR: '1'},
      timeout: 60_000,
    });
    return {code: run.status, stderr: run.stderr};
  } finally {
    closeSync(fd);
  }
}

// Linux's /dev/full takes no byte: every write fails with ENOSPC, as on a full disk.
describe.skipIf(!existsSync('/dev/full'))('output that cannot be written', () => {
  const library = ['--articles', '{lib}', '--db', '{db}'];
  it.each([
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['list', ['list', ...library]],
    ['show', ['show', 'kyiv-strike', ...library]],
    ['extract', ['extract', SEED]],
    // From the `brief` command's own script (dist/cli.cjs), which runs index from a classic script of its own.
    ['index (dist/cli.cjs)', ['index', ...library], CLASSIC],
  ])('%s on a full disk: one line saying so, exit 1, not a silent 0', (_, args, cli = CLI) => {
    const lib = tempDir();
    copyFileSync(SEED, join(lib, 'kyiv-strike.txt'));
    const db = emptyDb();
    const run = runInto(
      '/dev/full',
      args.map((a) => a.replace('{lib}', lib).replace('{db}', db)),
      cli,
    );
    expect(run.stderr).toMatch(
      /^brief: cannot write the output: the disk is full \(free some space on it, then try again\)\n$/,
    );
    expect(run.code).toBe(1);
  });
});

// Where the output goes decides the words: an input/output error writing to a terminal whose window closed was "a
// failing disk or a lost network share".
describe('output that fails on a terminal or a pipe', () => {
  const error = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: made up`), {code});

  it('an EIO on a terminal says the terminal, not the disk', () => {
    expect(outputError(error('EIO'), 'terminal')).toBe(
      'input/output error on the terminal (its window was closed or its connection lost)',
    );
    expect(outputError(error('EIO'), 'pipe')).not.toMatch(/disk/);
    // A file's EIO is the disk's, and a full disk is full wherever it is said (/dev/full is a device).
    expect(outputError(error('EIO'), 'file')).toBe(
      'input/output error (a failing disk or a lost network share)',
    );
    expect(outputError(error('ENOSPC'), 'terminal')).toBe(
      'the disk is full (free some space on it, then try again)',
    );
  });

  it('tells a terminal, a file and a pipe apart', () => {
    const file = join(tempDir({'out.txt': ''}), 'out.txt');
    const fd = openSync(file, 'r');
    try {
      expect(outputKind(fd)).toBe('file');
    } finally {
      closeSync(fd);
    }
    if (existsSync('/dev/full')) {
      const dev = openSync('/dev/full', 'w');
      try {
        expect(outputKind(dev)).toBe('terminal');
      } finally {
        closeSync(dev);
      }
    }
    // A named pipe, opened for both ends so the open does not wait for a reader (Linux).
    const fifo = join(tempDir(), 'out.fifo');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      const pipe = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
      try {
        expect(outputKind(pipe)).toBe('pipe');
      } finally {
        closeSync(pipe);
      }
    }
  });
});

/** Runs the built CLI with stdout or stderr a pipe whose reader has gone before brief writes: its code, what else it said. */
function intoClosedPipe(
  args: string[],
  stream: 'stdout' | 'stderr',
): Promise<{code: number | null; other: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {stdio: ['ignore', 'pipe', 'pipe']});
    child[stream].destroy();
    const otherStream = stream === 'stdout' ? child.stderr : child.stdout;
    let other = '';
    otherStream.on('data', (d: Buffer) => (other += d.toString()));
    child.on('close', (code) => resolve({code, other}));
  });
}

describe('output to a pipe closed early (brief list | head -1)', () => {
  it('a closed stdout ends quietly with the code of what was written', async () => {
    const lib = tempDir();
    copyFileSync(SEED, join(lib, 'kyiv-strike.txt'));
    expect(await intoClosedPipe(['list', '--articles', lib, '--db', emptyDb()], 'stdout')).toEqual({
      code: 0,
      other: '',
    });
  });

  // Node threw on the failed write of the message, and the usage error's 2 was a crash's 1.
  it('a closed stderr leaves the exit code as it was', async () => {
    expect((await intoClosedPipe(['list', '--bogus'], 'stderr')).code).toBe(2);
    expect((await intoClosedPipe(['list', '--db', '/nonexistent/folder/brief.db'], 'stderr')).code).toBe(2);
    // An empty library's line ("no articles in … yet") is no failure, said or not.
    expect((await intoClosedPipe(['list', '--articles', tempDir(), '--db', emptyDb()], 'stderr')).code).toBe(
      0,
    );
  });
});
