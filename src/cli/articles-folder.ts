import {accessSync, constants, statSync} from 'node:fs';
import {showName} from '../library/sanitize.js';
import {folderProblem} from './folder-problem.js';
import {isBriefsOwnFolder} from './library-path.js';
import {notAFolder} from './not-a-folder.js';
import {TILDE, unexpandedTilde} from './tilde.js';

/** Why the article folder cannot be used: the line for stderr and the command's exit code. */
export interface FolderRefusal {
  line: string;
  code: 1 | 2;
}

/** Why an article folder cannot be opened when it does not exist, with what to do next. */
const NO_FOLDER = "no such folder (name your library with --articles DIR, or start one with 'brief add URL')";

/**
 * A new user's first command: brief's own folder was never made. What brief is looking for and both ways to give it
 * one, on one line ("cannot open the article folder …: no such folder" read as if something had broken).
 */
function noLibraryYet(articles: string): string {
  return `brief: no library yet: start one with 'brief add URL' (a page or a feed; it makes ${showName(articles)}), or name a folder of .txt, .md or .html files with --articles DIR\n`;
}

// The codes that say the path names no folder at all: a wrong path, where another code is a failure of the right one.
const WRONG_PATH = new Set(['ENOENT', 'ENOTDIR']);

/**
 * Why opening the article folder `articles` failed with `err`, and the exit code by exit-codes.ts's rule: 2 for a
 * folder the user named (--articles, $BRIEF_ARTICLES) that is not there, as for a --db naming the wrong file; 1 for
 * one that is there but cannot be read (permission, a loop, a failing disk), and for brief's own folder not made
 * yet (nothing typed was wrong: the line says how to start a library).
 */
export function folderRefusal(
  articles: string,
  err: unknown,
  env: NodeJS.ProcessEnv = process.env,
): FolderRefusal {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  if (!WRONG_PATH.has(code))
    return {line: `brief: cannot open the article folder ${articles}: ${folderProblem(err)}\n`, code: 1};
  if (code === 'ENOENT' && isBriefsOwnFolder(articles, env)) return {line: noLibraryYet(articles), code: 1};
  const why =
    code !== 'ENOENT'
      ? folderProblem(err)
      : unexpandedTilde(articles)
        ? `no such folder: ${TILDE}`
        : NO_FOLDER;
  return {line: `brief: cannot open the article folder ${articles}: ${why}\n`, code: 2};
}

/** Why `articles` cannot be opened as the library (folderRefusal's line and code), or null when it can. */
export function articlesFolderRefusal(
  articles: string,
  env: NodeJS.ProcessEnv = process.env,
): FolderRefusal | null {
  // (Worded by folder-problem.ts: the library's own words would pull its parser into the reader's start-up.)
  try {
    // A file, a pipe or a device where the folder goes: the wrong path, as a --db naming an article is.
    if (!statSync(articles).isDirectory()) return {line: `brief: ${notAFolder(articles)}\n`, code: 2};
    // stat() needs no permission on the folder itself: one that cannot be listed passed, and was "no articles".
    accessSync(articles, constants.R_OK | constants.X_OK);
    return null;
  } catch (err) {
    return folderRefusal(articles, err, env);
  }
}
