import {describe, expect, it} from 'vitest';
import {folderProblem} from '../../src/cli/folder-problem.js';
import {outputError} from '../../src/cli/settle-exit.js';
import {describeFsError} from '../../src/library/fs-error.js';
import {FS_WORDS, fsProblem} from '../../src/library/fs-problem.js';

// One wording of the file system's failures wherever they happen: the article folder (folderProblem), the output
// (outputError), an article or OPML list written (fsProblem, through `brief add` and `export-opml`: see
// tests/cli/full-disk.test.ts) and a file read (describeFsError's codes without words of their own). A full disk
// was "no space left on the device" in two of them and "the disk is full" in a third; EROFS "read-only file system"
// and "the disk is read-only".

const error = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: made up`), {code});

describe('the file system’s words', () => {
  it.each([
    ['ENOSPC', 'the disk is full (free some space on it, then try again)'],
    ['EDQUOT', 'the disk quota is used up (free some space on it, then try again)'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'permission denied'],
    ['ELOOP', 'symbolic link loop'],
    ['ENOTDIR', 'a part of its path is a file, not a folder'],
    ['EISDIR', 'it is a folder, not a file'],
    [
      'EMFILE',
      'too many open files (close some programs, or raise the limit with ulimit -n, then try again)',
    ],
    ['EIO', 'input/output error (a failing disk or a lost network share)'],
  ])('%s reads the same for a folder and for the output', (code, said) => {
    expect(fsProblem(error(code))).toBe(said);
    expect(folderProblem(error(code))).toBe(said);
    // Output to a file: a terminal's or a pipe's own words are tests/cli/output-errors.test.ts's.
    expect(outputError(error(code), 'file')).toBe(said);
  });

  it('a code without words is given as it is, an error without a code by its message', () => {
    expect(fsProblem(error('EXDEV'))).toBe('EXDEV');
    expect(fsProblem(new Error('the share went away'))).toBe('the share went away');
  });

  it('a folder that cannot be made because one above it cannot says so, not "no such folder"', () => {
    expect(fsProblem(error('ENOENT'))).toBe('no such folder');
    expect(folderProblem(error('ENOENT'))).toBe('a folder above it cannot be made there');
  });

  it('a file read that fails for a reason of no word of its own takes the same words', () => {
    expect(describeFsError(error('EIO'))).toBe(`cannot read: ${FS_WORDS.EIO?.words}`);
    expect(describeFsError(error('ENOTDIR'))).toBe('cannot read: a part of its path is a file, not a folder');
  });
});
