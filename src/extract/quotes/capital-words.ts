// The words of a paragraph where a mention may start, as two parallel arrays (a word, its offset) rather than a
// match array per word: the mentions read the capitalised words of every paragraph of every article with a quoted
// name, and an `exec` result (an array with its index, input and groups) was ~100 bytes a word (s53b).
import {matchesOf} from '../matches.js';

/** Words of a text and where each is written: `words[k]` at `starts[k]`, in order. */
export interface Places {
  words: string[];
  starts: number[];
}

// A capitalised word after no letter or digit. The capital is tested before the character behind it (a lookbehind
// after the capital, over it and the character before): the pattern is tried at every character of every
// paragraph, and most are no capital, which fails at once where the lookbehind first had to read back.
/** A capitalised word after no letter or digit, to its last letter or digit (global). */
export const CAPITAL_WORD = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{N}]*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

// Whether the code point ending before `at` is a letter or a digit (false at the start).
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // (A low surrogate after a high one ends an astral code point, which starts a character earlier.)
  const from = c >= 0xdc00 && c <= 0xdfff && at >= 2 && isHigh(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(text.slice(from, at));
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

// Whether the code point at `at` is a letter or a digit (false at the end).
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text.slice(at, isHigh(c) ? at + 2 : at + 1));
}

/**
 * CAPITAL_WORD's matches in `text`, as `matchesOf(CAPITAL_WORD, text)` finds them. The words come from one native
 * `match`; each is found again by `indexOf` from the end of the one before, at the first place where it is written
 * after no letter or digit and before none: such a place is where the pattern matches that very word, and the
 * pattern's next match is at its first such place, so the two are the same.
 */
export function capitalWords(text: string): Places {
  const words = text.match(CAPITAL_WORD) ?? [];
  const starts: number[] = new Array<number>(words.length);
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    let at = text.indexOf(word, from);
    // (Never -1: the word is written where the pattern found it.)
    while (at !== -1 && (letterOrDigitBefore(text, at) || letterOrDigitAt(text, at + word.length)))
      at = text.indexOf(word, at + 1);
    starts[k] = at;
    from = at + word.length;
  }
  return {words, starts};
}

/** The matches of the global pattern `re` as Places. */
export function placesOf(re: RegExp, text: string): Places {
  const found = matchesOf(re, text);
  const words: string[] = new Array<string>(found.length);
  const starts: number[] = new Array<number>(found.length);
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as RegExpExecArray;
    words[k] = m[0];
    starts[k] = m.index;
  }
  return {words, starts};
}
