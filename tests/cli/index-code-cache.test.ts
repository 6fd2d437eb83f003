import {spawnSync} from 'node:child_process';
import {cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// The `brief` command as installed (dist/cli.cjs) runs `brief index` from dist/index-command.cjs with V8's code
// cache in $XDG_CACHE_HOME/brief/v8 (src/cli/index-script.ts); with BRIEF_CODE_CACHE=0, and from dist/cli.js, it
// runs from the ES bundle. Both must index alike.
const BRIEF = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');

function brief(
  args: string[],
  env: Record<string, string>,
): {code: number | null; stdout: string; stderr: string} {
  const run = spawnSync(process.execPath, [BRIEF, ...args], {
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: 60_000,
  });
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

/** The counts of an index run's JSON, without its times, memory and database path. */
function counts(stdout: string): Record<string, unknown> {
  const {seconds, timing, articlesPerSecond, peakRssMb, cpuSeconds, db, ...rest} = JSON.parse(
    stdout,
  ) as Record<string, unknown>;
  void [seconds, timing, articlesPerSecond, peakRssMb, cpuSeconds, db];
  return rest;
}

const entries = (cache: string): string[] => {
  try {
    return readdirSync(join(cache, 'brief/v8')).filter((f) => f.startsWith('index-command-'));
  } catch {
    return [];
  }
};

describe('brief index from its classic script', () => {
  it('indexes as the ES bundle does, writes its code cache once and starts from it next time', () => {
    const lib = tempDir();
    cpSync(LIBRARY, lib, {recursive: true});
    const cache = tempDir();
    const db = emptyDb('a.db');
    const first = brief(['index', '--json', '--articles', lib, '--db', db], {XDG_CACHE_HOME: cache});
    expect(first.code).toBe(0);
    const esDb = emptyDb('b.db');
    const viaEs = runCli(['index', '--json', '--articles', lib, '--db', esDb]);
    expect(counts(first.stdout)).toEqual(counts(viaEs.stdout));
    expect(counts(first.stdout)).toMatchObject({files: 6, added: 6, extracted: 6});
    // The store it wrote lists as the ES bundle's does.
    const listed = (file: string) => runCli(['list', '--json', '--articles', lib, '--db', file]).stdout;
    expect(JSON.parse(listed(db))).toHaveLength(6);
    expect(listed(db)).toBe(listed(esDb));

    const [entry] = entries(cache);
    expect(entry).toBeDefined();
    const path = join(cache, 'brief/v8', entry ?? '');
    const written = readFileSync(path);
    const at = statSync(path).mtimeMs;
    const again = brief(['index', '--json', '--articles', lib, '--db', db], {XDG_CACHE_HOME: cache});
    expect(counts(again.stdout)).toMatchObject({files: 6, unchanged: 6, extracted: 0});
    expect(entries(cache)).toEqual([entry]);
    expect(readFileSync(path).equals(written)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(at);
  }, 120_000);

  it('runs from the ES bundle with BRIEF_CODE_CACHE=0, writing no cache', () => {
    const cache = tempDir();
    const run = brief(['index', '--json', '--articles', LIBRARY, '--db', emptyDb('a.db')], {
      XDG_CACHE_HOME: cache,
      BRIEF_CODE_CACHE: '0',
    });
    expect(run.code).toBe(0);
    expect(counts(run.stdout)).toMatchObject({files: 6, added: 6});
    expect(entries(cache)).toEqual([]);
  }, 60_000);

  it('ignores a damaged cache entry, indexes as usual and writes the entry again', () => {
    const cache = tempDir();
    const db = emptyDb('a.db');
    const args = ['index', '--json', '--articles', LIBRARY, '--db', db];
    expect(brief(args, {XDG_CACHE_HOME: cache}).code).toBe(0);
    const path = join(cache, 'brief/v8', entries(cache)[0] ?? '');
    writeFileSync(path, 'not a code cache');
    const run = brief(args, {XDG_CACHE_HOME: cache});
    expect(run.code).toBe(0);
    expect(counts(run.stdout)).toMatchObject({files: 6, unchanged: 6});
    expect(readFileSync(path, 'utf8')).not.toBe('not a code cache');
  }, 60_000);

  it('sees an edited, an added, a removed and a renamed file after a run with nothing changed', () => {
    const lib = tempDir();
    cpSync(LIBRARY, lib, {recursive: true});
    const env = {XDG_CACHE_HOME: tempDir()};
    const db = emptyDb('a.db');
    const args = ['index', '--json', '--articles', lib, '--db', db];
    expect(brief(args, env).code).toBe(0);
    expect(counts(brief(args, env).stdout)).toMatchObject({unchanged: 6});
    const names = readdirSync(lib).filter((f) => f.endsWith('.md') && f !== 'ATTRIBUTION.md');
    const [edited, removed, renamed] = names;
    writeFileSync(
      join(lib, edited ?? ''),
      `${readFileSync(join(lib, edited ?? ''), 'utf8')}\nOne more line.\n`,
    );
    rmSync(join(lib, removed ?? ''));
    renameSync(join(lib, renamed ?? ''), join(lib, 'renamed-article.md'));
    writeFileSync(join(lib, 'added.md'), '# Rain in Oslo\n\nRain fell in Oslo for a week.\n');
    expect(counts(brief(args, env).stdout)).toMatchObject({
      files: 6,
      changed: 1,
      added: 2,
      removed: 2,
      unchanged: 3,
    });
    expect(counts(brief(args, env).stdout)).toMatchObject({files: 6, unchanged: 6});
  }, 120_000);

  it('says in one line why a folder cannot be indexed', () => {
    const run = brief(['index', '--articles', join(tempDir(), 'nope'), '--db', emptyDb('a.db')], {
      XDG_CACHE_HOME: tempDir(),
    });
    expect(run.code).toBe(2);
    // With what to do next: a new user's first run meets this when the default folder was never made.
    expect(run.stderr).toMatch(
      /^brief: cannot open the article folder .*nope: no such folder \(name your library with --articles DIR, or start one with 'brief add URL'\)\n$/,
    );
    expect(run.stdout).toBe('');
  });

  // `brief feeds` and `export-opml`, a new user's first look at subscriptions, said "no such folder" and no more.
  it.each([['feeds'], ['export-opml']])('brief %s says the same of a folder never made', (command) => {
    const run = brief([command, '--articles', join(tempDir(), 'nope'), '--db', emptyDb('a.db')], {});
    expect(run.stderr).toMatch(
      /^brief: cannot open the article folder .*nope: no such folder \(name your library with --articles DIR, or start one with 'brief add URL'\)\n$/,
    );
    expect(run.code).toBe(2);
  });
});
