import {lstatSync, mkdirSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {entryStats} from '../../src/library/entry-stat.js';
import {findArticleFiles} from '../../src/library/find-files.js';
import {tempDir} from '../helpers/temp-dir.js';

/** What the walk reads of lstatSync, or the error's code. */
function viaNode(path: string | Buffer): {mode: number; size: number; mtimeMs: number} | string {
  try {
    const s = lstatSync(path);
    return {mode: s.mode, size: s.size, mtimeMs: s.mtimeMs};
  } catch (err) {
    return String((err as NodeJS.ErrnoException).code);
  }
}

function via(
  stat: (path: string | Buffer) => {mode: number; size: number; mtimeMs: number},
  path: string | Buffer,
) {
  try {
    return {...stat(path)};
  } catch (err) {
    return String((err as NodeJS.ErrnoException).code);
  }
}

/** A folder with a file, an empty one, a folder, links good and broken, and a time with a fraction of a millisecond. */
function library(): string {
  const dir = tempDir({'a.md': 'Some text.', 'sub/b.md': ''});
  mkdirSync(join(dir, 'empty'));
  symlinkSync(join(dir, 'a.md'), join(dir, 'link.md'));
  symlinkSync(join(dir, 'gone.md'), join(dir, 'broken.md'));
  writeFileSync(join(dir, 'old.md'), 'x'.repeat(5000));
  utimesSync(join(dir, 'old.md'), 1_000_000.123456, 1_234_567.891234);
  return dir;
}

describe('the walk’s lstat', () => {
  const names = [
    'a.md',
    'sub',
    'sub/b.md',
    'empty',
    'link.md',
    'broken.md',
    'old.md',
    'missing.md',
    'a.md/x',
  ];

  it('gives what lstatSync gives, errors included, on the fast path and without it', () => {
    const dir = library();
    const settings: [NodeJS.ProcessEnv, string[]][] = [
      [{}, []],
      [{NODE_OPTIONS: '--pending-deprecation'}, []],
      [{}, ['--pending-deprecation']],
    ];
    for (const [env, argv] of settings) {
      const stat = entryStats(dir, env, argv);
      for (const name of names) {
        const path = join(dir, name);
        expect(via(stat, path), name).toEqual(viaNode(path));
        expect(via(stat, Buffer.from(path)), name).toEqual(viaNode(path));
      }
    }
  });

  it('falls back to lstatSync when the probe cannot be looked at', () => {
    const dir = library();
    const stat = entryStats(join(dir, 'missing'));
    for (const name of names) expect(via(stat, join(dir, name)), name).toEqual(viaNode(join(dir, name)));
  });

  it('leaves the walk’s sizes and times as lstatSync gives them', () => {
    const dir = library();
    const found = findArticleFiles(dir);
    // (link.md is a.md again, found once.)
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(['a.md', 'old.md', 'sub/b.md']);
    expect(found.stats?.sizes).toEqual(found.files.map((f) => lstatSync(f).size));
    expect(found.stats?.mtimes).toEqual(found.files.map((f) => lstatSync(f).mtimeMs));
    expect((found.stats?.mtimes[1] ?? 0) % 1).not.toBe(0);
  });
});
