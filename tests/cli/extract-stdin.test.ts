import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const SEED = join(import.meta.dirname, '../../articles/kyiv-strike.txt');

function extract(args: string[], input: string | Buffer) {
  const run = spawnSync(process.execPath, [CLI, 'extract', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith('brief-stdin-')).length;

describe('brief extract -', () => {
  // "-" was looked for as a file of that name: "skipped -: file not found" for `curl … | brief extract -`.
  it('reads the article on standard input as a file is read, and names it -', () => {
    const before = leftovers();
    const piped = extract(['-', '--json'], readFileSync(SEED));
    expect(piped.code).toBe(0);
    const fromFile = extract([SEED, '--json'], '');
    const [a] = JSON.parse(piped.stdout) as {path: string; title: string; people: unknown[]}[];
    const [b] = JSON.parse(fromFile.stdout) as {path: string; title: string; people: unknown[]}[];
    expect(a?.path).toBe('-');
    expect(a?.title).toBe(b?.title);
    expect(a?.people).toEqual(b?.people);
    expect(leftovers()).toBe(before);
  }, 60_000);

  // A file without a title line is titled by its name ("ferry-late.txt": "Ferry late"); standard input has none,
  // and its articles were all called "Stdin", after the file it is saved to.
  it('titles an article without a title line by its first words, not "Stdin"', () => {
    const run = extract(['-', '--json'], 'The ferry to Oslo was late again on Monday, officials said.\n');
    expect(run.code).toBe(0);
    const [a] = JSON.parse(run.stdout) as {title: string}[];
    expect(a?.title).toBe('The ferry to Oslo was late again on Monday, officials said.');
  }, 60_000);

  it('says why it read nothing: empty input, or more than the size limit', () => {
    expect(extract(['-'], '')).toMatchObject({code: 1, stderr: 'brief: skipped -: empty file\n'});
    const big = extract(['-'], Buffer.alloc(6 * 1024 * 1024, 'a'));
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/^brief: skipped -: too large/);
  }, 60_000);
});

describe('brief add -', () => {
  it('says it does not read standard input, and what does, not that no file "-" was found', () => {
    const run = runCli(['add', '-', '--articles', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'brief: cannot add -: brief add does not read standard input; save the text as a .md or .txt file and add that (brief extract - reads it)\n',
    );
  });
});
