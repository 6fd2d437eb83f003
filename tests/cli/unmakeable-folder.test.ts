import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CLI, emptyDb} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// A folder brief must make where none can be, though mkdir says the parent is missing (under /proc): Node's
// recursive mkdir looped there for ever at full CPU, and brief never answered.
const run = (args: string[], env: Record<string, string>) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: 20_000,
  });
  return {code: r.status, stderr: r.stderr};
};

describe.skipIf(!existsSync('/proc/self'))('a folder that cannot be made', () => {
  it('brief add --articles under /proc says so and exits 1', () => {
    const r = run(['add', '--articles', '/proc/brief-no-such/articles', 'https://127.0.0.1:9/x'], {
      BRIEF_DB: emptyDb(),
    });
    expect(r).toEqual({
      code: 1,
      stderr:
        'brief: cannot create the article folder /proc/brief-no-such/articles: a folder above it cannot be made there\n',
    });
  });
  it('the default database under /proc ($XDG_DATA_HOME) says so and exits', () => {
    const r = run(['index', '--articles', tempDir()], {XDG_DATA_HOME: '/proc/brief-no-such'});
    expect(r.code).not.toBeNull();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('/proc/brief-no-such/brief');
  });
});
