import module from 'node:module';
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {codeCacheDir, enableCodeCache} from '../../src/cli/code-cache.js';
import {runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const ARTICLES = join(import.meta.dirname, '../../articles');
const supported = typeof (module as {enableCompileCache?: unknown}).enableCompileCache === 'function';

describe('where the code cache lives', () => {
  it('is $XDG_CACHE_HOME/brief/v8 when that is an absolute path, else ~/.cache/brief/v8', () => {
    expect(codeCacheDir({XDG_CACHE_HOME: '/var/cache/me'})).toBe('/var/cache/me/brief/v8');
    expect(codeCacheDir({XDG_CACHE_HOME: 'relative/cache'})).toBe(join(homedir(), '.cache/brief/v8'));
    expect(codeCacheDir({})).toBe(join(homedir(), '.cache/brief/v8'));
  });
});

describe('turning the code cache on', () => {
  const env = {XDG_CACHE_HOME: '/tmp/cache-home'};
  it('asks Node for the cache in brief’s folder and reports the folder Node uses', () => {
    const enable = vi.fn(() => ({status: 1, directory: '/tmp/cache-home/brief/v8'}));
    expect(enableCodeCache(env, enable)).toBe('/tmp/cache-home/brief/v8');
    expect(enable).toHaveBeenCalledWith('/tmp/cache-home/brief/v8');
  });
  it('is off when Node refuses (an unwritable folder), throws, or has no such API', () => {
    expect(enableCodeCache(env, () => ({status: 0, message: 'EACCES'}))).toBeNull();
    expect(
      enableCodeCache(env, () => {
        throw new Error('ENOTDIR');
      }),
    ).toBeNull();
    expect(enableCodeCache(env, undefined)).toBeNull();
  });
  it('is off with BRIEF_CODE_CACHE=0, without asking Node', () => {
    const enable = vi.fn(() => ({status: 1, directory: 'x'}));
    expect(enableCodeCache({...env, BRIEF_CODE_CACHE: '0'}, enable)).toBeNull();
    expect(enable).not.toHaveBeenCalled();
  });
});

describe('the built CLI with a missing, damaged or unusable cache', () => {
  const listed = (cache: string) => runCli(['list', '--articles', ARTICLES], {XDG_CACHE_HOME: cache});
  const expected = runCli(['list', '--articles', ARTICLES]).stdout;

  it('starts and lists as usual with no cache folder yet', () => {
    const run = listed(join(tempDir(), 'new'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('starts when the cache folder is a file (cannot be used)', () => {
    const cache = tempDir({'brief/v8': 'not a folder'});
    const run = listed(cache);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected);
  });

  it('starts when the cache folder holds damaged entries, and (where Node caches) writes good ones', () => {
    const cache = tempDir();
    const dir = join(cache, 'brief/v8');
    mkdirSync(join(dir, 'garbage'), {recursive: true});
    writeFileSync(join(dir, 'garbage', 'entry'), Buffer.from('not a V8 code cache'));
    const first = listed(cache);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(expected);
    const second = listed(cache);
    expect(second.stdout).toBe(expected);
    if (supported) expect(readdirSync(dir).length).toBeGreaterThan(1);
  });
});
