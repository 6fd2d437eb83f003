// Reading a text word by word where a pattern would read it, for the unnamed-speaker shapes (unnamed-shapes.ts): the
// letter classes, runs of white space, and a listed verb (with its auxiliary or adverb) at a place, looked up by its
// words instead of the ~230 speech verbs' alternation, which each pattern holding it compiled in every worker.
import {isSpaceCode} from '../entities/context-words.js';
import {SPEECH_VERBS, VERB_MODIFIERS} from './vocabulary.js';

/** The letter classes a code point is in: `\p{Ll}`, `\p{Lu}`, `\p{L}`. */
export const LOWER = 1;
export const UPPER = 2;
export const LETTER = 4;

// Non-ASCII letters outside Latin-1 (rare where these shapes read): one small pattern, made when first met.
let wide: RegExp | undefined;

/**
 * The classes of the code point at `i` (LOWER, UPPER and LETTER bits; 0 for none or past the end), as a `u` pattern
 * reads it (a surrogate pair is one character: codeSize).
 */
export function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
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

/** The length in code units of the character at `i`: 2 for a surrogate pair, else 1. */
export function codeSize(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Where the run of white space (`\s`) from `i` ends (`i` when none starts there). */
export function spaceEnd(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** True when the character at `i` is white space. */
export const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

/** Where the run of word characters (`\w`: ASCII letters, digits, "_") from `i` ends. */
export function wordEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
    if (!word) break;
  }
  return i;
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

// Each list's entries by their first word, as the words after it, in `alternation`'s order of tries (longest first).
type WordTable = ReadonlyMap<string, readonly (readonly string[])[]>;
function byFirstWord(list: readonly string[]): WordTable {
  const table = new Map<string, string[][]>();
  for (const entry of [...list].sort((a, b) => b.length - a.length)) {
    const [first = '', ...rest] = entry.split(' ');
    const entries = table.get(first);
    if (entries) entries.push(rest);
    else table.set(first, [rest]);
  }
  return table;
}
let verbs: WordTable | undefined;
let modifiers: WordTable | undefined;

/**
 * Where each entry of `table` found at `at` ends, in the order `(?:${alternation(list)})` tries them (case as
 * written, spaces as `\s+`). Every entry is lower-case ASCII words, so one found ends where a run of `\w` ends.
 */
function entryEnds(text: string, at: number, table: WordTable): number[] {
  const end = wordEnd(text, at);
  const entries = end > at ? table.get(text.slice(at, end)) : undefined;
  if (!entries) return [];
  const ends: number[] = [];
  for (const rest of entries) {
    let j = end;
    for (const word of rest) {
      const from = spaceEnd(text, j);
      const to = from > j ? wordEnd(text, from) : -1;
      j = to > from && text.slice(from, to) === word ? to : -1;
      if (j < 0) break;
    }
    if (j >= 0) ends.push(j);
  }
  return ends;
}

/** Where each speech verb found at `at` ends, in the order `(?:${VERB_ALT})` tries them. */
export function speechVerbEnds(text: string, at: number): number[] {
  verbs ??= byFirstWord(SPEECH_VERBS);
  return entryEnds(text, at, verbs);
}

/**
 * Where a speech verb at `at`, perhaps after an auxiliary or adverb and white space, ends, or -1: what
 * `${MODIFIER}(?:${VERB_ALT})${WORD_END}` with `u`, made sticky, matches at `at`.
 */
export function modifiedVerbEnd(text: string, at: number): number {
  modifiers ??= byFirstWord(VERB_MODIFIERS);
  for (const modifier of entryEnds(text, at, modifiers)) {
    const from = spaceEnd(text, modifier);
    const verb = from > modifier ? speechVerbEnds(text, from)[0] : undefined;
    if (verb !== undefined) return verb;
  }
  return speechVerbEnds(text, at)[0] ?? -1;
}

/** modifiedVerbEnd after white space at `at` (`\s+${MODIFIER}…`), or -1. */
export function spacedVerbEnd(text: string, at: number): number {
  const from = spaceEnd(text, at);
  return from > at ? modifiedVerbEnd(text, from) : -1;
}
