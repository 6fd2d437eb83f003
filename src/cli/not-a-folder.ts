import {statSync} from 'node:fs';
import {showName} from '../library/sanitize.js';

// What brief reads as an article: named where the library's folder goes, it is most likely one to read or add.
const ARTICLE_FILE = /\.(?:md|markdown|txt|html?)$/i;

/** What a path that is neither a folder nor a regular file is, or null (a regular file, or gone). */
function specialKind(path: string): string | null {
  const st = statSync(path, {throwIfNoEntry: false});
  if (!st || st.isFile()) return null;
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return null;
}

/**
 * "story.md is not a folder", and for an article file what reads it: `brief --articles story.md` (the folder option
 * given the article) said only that, and left a new user to find `add` and `extract`. A named pipe, a socket or a
 * device is said as what it is: a FIFO named `news.md` was offered to `brief add`, which refuses it.
 */
export function notAFolder(path: string): string {
  const shown = showName(path);
  const kind = specialKind(path);
  const hint = kind
    ? ` (${kind})`
    : ARTICLE_FILE.test(path)
      ? ` (an article file: brief add ${shown} copies it into the library, brief extract ${shown} analyses it)`
      : '';
  return `${shown} is not a folder${hint}`;
}
