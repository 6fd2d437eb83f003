import {existsSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeFolders} from '../../src/library/make-folder.js';
import {tempDir} from '../helpers/temp-dir.js';

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code;
  }
  return undefined;
};

describe('makeFolders (mkdir -p)', () => {
  it('makes every missing folder of the path, and leaves one that exists', () => {
    const dir = join(tempDir(), 'a', 'b', 'c');
    makeFolders(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(() => makeFolders(dir)).not.toThrow();
  });
  it('says what is in the way: a file where the folder or one above it goes', () => {
    const root = tempDir();
    writeFileSync(join(root, 'f'), '');
    expect(codeOf(() => makeFolders(join(root, 'f')))).toBe('EEXIST');
    expect(codeOf(() => makeFolders(join(root, 'f', 'x')))).toBe('ENOTDIR');
  });
  // Node's own recursive mkdir loops for ever, at full CPU, where mkdir says ENOENT though the parent exists.
  it.skipIf(!existsSync('/proc/self'))('gives up where no folder can be made (under /proc)', () => {
    expect(codeOf(() => makeFolders('/proc/brief-no-such-folder/articles'))).toBe('ENOENT');
  });
});
