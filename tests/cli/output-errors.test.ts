import {spawnSync} from 'node:child_process';
import {closeSync, copyFileSync, existsSync, openSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
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
