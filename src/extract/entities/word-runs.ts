// Where a pattern made of a bounded run of words separated by white space can open, found by walking back from the
// bracket that ends it: each search starts there instead of at every letter before it.
import {isSpaceCode} from './context-words.js';

/**
 * Where the `n`th run of non-space characters before `end` starts, or `floor` when fewer runs lie between them (or
 * white space reaches back to it). A match of at most `n` words that `\s` separates (`\s+`, `,?\s+`), running up to
 * `end`, cannot open before it: every run it touches is one of its words, since no word holds white space.
 */
export function nthRunStart(text: string, floor: number, end: number, n: number): number {
  let at = end;
  for (let runs = 0; runs < n && at > floor; runs++) {
    while (at > floor && isSpaceCode(text.charCodeAt(at - 1))) at--;
    if (at === floor) break;
    while (at > floor && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  }
  return at;
}
