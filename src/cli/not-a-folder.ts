import {showName} from '../library/sanitize.js';

// What brief reads as an article: named where the library's folder goes, it is most likely one to read or add.
const ARTICLE_FILE = /\.(?:md|markdown|txt|html?)$/i;

/**
 * "story.md is not a folder", and for an article file what reads it: `brief --articles story.md` (the folder option
 * given the article) said only that, and left a new user to find `add` and `extract`.
 */
export function notAFolder(path: string): string {
  const shown = showName(path);
  const hint = ARTICLE_FILE.test(path)
    ? ` (an article file: brief add ${shown} copies it into the library, brief extract ${shown} analyses it)`
    : '';
  return `${shown} is not a folder${hint}`;
}
