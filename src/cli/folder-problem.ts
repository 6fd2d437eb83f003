import {fsCode, fsProblem} from '../library/fs-problem.js';

// Small: the reader's start-up opens the article folder through it. The words are the file system's one table
// (library/fs-problem.ts), but for a folder that cannot be made because one above it cannot: opening one that is
// not there says "no such folder" and what to do (articles-folder.ts), and making one meets ENOENT only so.
const CANNOT_MAKE_ABOVE = 'a folder above it cannot be made there';

/**
 * Why an article folder cannot be opened or made, in words: "cannot open the article folder lib/loop: ELOOP" (a
 * symbolic link loop), "…: ENOTDIR" (a file on its path) and "cannot create the article folder …: EACCES" said the
 * system's code only. An error without a known code keeps its code, else its message.
 */
export function folderProblem(err: unknown): string {
  return fsCode(err) === 'ENOENT' ? CANNOT_MAKE_ABOVE : fsProblem(err);
}
