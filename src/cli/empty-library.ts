import {resolve} from 'node:path';
import {showName} from '../library/sanitize.js';

/**
 * What `list`, `index` and the plain list say of a library with no articles: not an error (a new library is empty
 * until something is added), but where brief looked and how to fill it, on one line for stderr.
 */
export function emptyLibraryLine(dir: string): string {
  // In full, whichever command says it: a folder as typed ("news") does not say where brief looked.
  return `brief: no articles in ${showName(resolve(dir))} yet; save .txt, .md or .html files there, or add a page or a feed with 'brief add URL'\n`;
}
