import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {terminalColumns} from '../../src/cli/output.js';
import {CLI, emptyDb} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// A pseudo-terminal nobody gave a size (`script` run without a terminal, some CI runners) says 0 columns: `brief
// list` cut every title to "…" there, `brief feeds` to 20 columns, where the reader took it for 80.
describe('the width of a terminal that says none', () => {
  it.each([
    [{isTTY: true, columns: 0}, undefined],
    [{isTTY: true}, undefined],
    [{isTTY: true, columns: 100}, 100],
    [{isTTY: false, columns: 100}, undefined],
  ])('%j is %s', (stream, columns) => {
    expect(terminalColumns(stream)).toBe(columns);
  });

  const script = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0;
  it.skipIf(!script)(
    'brief list under script(1) with no terminal shows whole titles of an 80-column row',
    () => {
      const lib = join(tempDir(), 'articles');
      mkdirSync(lib);
      copyFileSync(join(import.meta.dirname, '../../articles/kyiv-strike.txt'), join(lib, 'kyiv-strike.txt'));
      const command = [process.execPath, CLI, 'list', '--articles', lib, '--db', emptyDb('b.db')]
        .map((a) => `'${a}'`)
        .join(' ');
      const run = spawnSync('script', ['-qec', command, '/dev/null'], {
        encoding: 'utf8',
        env: {...process.env, NO_COLOR: '1'},
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Russian Missile and Drone Attack');
    },
  );
});
