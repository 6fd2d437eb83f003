// Reading a text word by word where a pattern would read it: the letter classes, runs of white space, word
// characters, lower-case or capitalised words, ages, and the stops a phrase runs to. The quote rules that read their
// shapes by code (unnamed-shapes.ts, role-shapes.ts, verb-at.ts, listed-verb.ts, unnamed-opening.ts, sieves.ts,
// subjects.ts) take these from here; the speech verbs read at a place are verb-at.ts'.
import {isSpaceCode} from '../entities/context-words.js';

/** The letter classes a code point is in: `\p{Ll}`, `\p{Lu}`, `\p{L}`. */
export const LOWER = 1;
export const UPPER = 2;
export const LETTER = 4;

// Non-ASCII letters outside Latin-1 (rare where these shapes read): one small pattern, made when first met.
let wide: RegExp | undefined;

/**
 * The classes of the code point at `i` (LOWER, UPPER and LETTER bits; 0 for none or outside the text), as a `u`
 * pattern reads it (a surrogate pair is one character: codeSize).
 */
export function letterAt(text: string, i: number): number {
  if (i >= text.length || i < 0) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return LOWER | LETTER;
    return c >= 0x41 && c <= 0x5a ? UPPER | LETTER : 0;
  }
  if (c <= 0xff) {
    // Latin-1: "ß"-"ÿ" but "÷" and "µ" are lower case, "À"-"Þ" but "×" upper case, "ª" and "º" other letters.
    if (c === 0xb5 || (c >= 0xdf && c !== 0xf7)) return LOWER | LETTER;
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return UPPER | LETTER;
    return c === 0xaa || c === 0xba ? LETTER : 0;
  }
  // (General Punctuation, "’" and "—" among it, holds no letter.)
  if (c >= 0x2000 && c <= 0x206f) return 0;
  wide ??= /(\p{Ll})|(\p{Lu})|(\p{L})/uy;
  wide.lastIndex = i;
  const m = wide.exec(text);
  return !m ? 0 : m[1] ? LOWER | LETTER : m[2] ? UPPER | LETTER : LETTER;
}

/** True when the code point starting at `at` is a letter (`\p{L}`); false outside the text. */
export const isLetterAt = (text: string, at: number): boolean => (letterAt(text, at) & LETTER) !== 0;

/** The length in code units of the character at `i`: 2 for a surrogate pair, else 1. */
export function codeSize(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** True when the code point ending right before `at` is a letter or "-": what `(?<![\p{L}-])` refuses. */
export function letterOrHyphenBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c === 0x2d) return true;
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && codeSize(text, at - 2) === 2;
  return isLetterAt(text, pair ? at - 2 : at - 1);
}

/** Where the run of white space (`\s`) from `i` ends (`i` when none starts there). */
export function spaceEnd(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the run of white space that ends at `end` starts (`end` when there is none). */
export function spaceStart(text: string, end: number): number {
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** True when the character at `i` is white space. */
export const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

/** `\w` without `i`: an ASCII letter, digit or "_" (NaN, past the text's end, is none). */
export function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** A character as the `i` flag compares it with a lower-case ASCII letter: "ſ" U+017F is "s", "K" U+212A "k". */
export function folded(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : c;
}

/** Where the run of word characters (`\w`: ASCII letters, digits, "_") from `i` ends. */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** True for an ASCII lower-case letter's code. */
export const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Where the run of ASCII lower-case letters that ends at `end` starts (`end` when there is none). */
export function lowerWordStart(text: string, end: number): number {
  let from = end;
  while (from > 0 && isLowerAscii(text.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * Where a run from `i` of characters with one of the `classes` (or "-", with `hyphen`) ends, its first character
 * having `first`: `\p{Ll}[\p{Ll}-]*` is (LOWER, LOWER, true); -1 when the first does not fit.
 */
export function runEnd(text: string, i: number, first: number, classes: number, hyphen: boolean): number {
  if ((letterAt(text, i) & first) === 0) return -1;
  let j = i + codeSize(text, i);
  while (j < text.length) {
    if (hyphen && text.charCodeAt(j) === 0x2d) j++;
    else if ((letterAt(text, j) & classes) !== 0) j += codeSize(text, j);
    else break;
  }
  return j;
}

/** `\p{Lu}[\p{L}-]*` from `i` ("Portuguese", "Al-Nassr"): where it ends, or -1. */
export const capitalWord = (text: string, i: number): number => runEnd(text, i, UPPER, LETTER, true);
/** `\p{Ll}[\p{Ll}-]*` from `i` ("skipper", "full-back"): where it ends, or -1. */
export const lowerWord = (text: string, i: number): number => runEnd(text, i, LOWER, LOWER, true);
/** `\p{Ll}+` from `i` ("officials"): where it ends, or -1. */
export const lowerLetters = (text: string, i: number): number => runEnd(text, i, LOWER, LOWER, false);

/** `[\p{Ll}-]+` from `i` ("woman", "-year"): where it ends, or -1. */
export function lowerOrHyphens(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    if (text.charCodeAt(j) === 0x2d) j++;
    else if ((letterAt(text, j) & LOWER) !== 0) j += codeSize(text, j);
    else break;
  }
  return j > i ? j : -1;
}

/** `\d+-year-old` from `i` ("the 24-year-old said"): where it ends, or -1. */
export function ageWord(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  return j > i && text.startsWith('-year-old', j) ? j + 9 : -1;
}

/** The codes of a list of stop characters (vocabulary.ts' PHRASE_STOPS, LEAD_STOPS), for stepOver. */
export const stopCodes = (chars: string): ReadonlySet<number> =>
  new Set([...chars].map((c) => c.charCodeAt(0)));

/** The next character's length from `i` (a surrogate pair is one), or 0 at one of `stops` or the text's end. */
export function stepOver(text: string, i: number, stops: ReadonlySet<number>): number {
  return i >= text.length || stops.has(text.charCodeAt(i)) ? 0 : codeSize(text, i);
}
