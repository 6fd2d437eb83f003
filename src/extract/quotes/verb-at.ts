// The speech verbs read at a place by code, for the quote rules that had the whole alternation of ~230 verbs
// (VERB_ALT) inside their own pattern: each such pattern cost every worker a compile of ~7 M instructions per kind of
// string, however rarely it ran. The rule keeps only its small shape as a pattern and asks here for the verb.
import {isSpaceCode} from '../entities/context-words.js';
import {SPEECH_VERBS} from './vocabulary.js';

/** A list of words as `alternation` orders it (longest first, ties as listed), each entry split into its words. */
const ordered = (words: readonly string[]): string[][] =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.split(' '));

// VERB_ALT's verbs by their first letter, and by their last word, in the alternation's order.
const BY_FIRST = new Map<string, string[][]>();
const BY_LAST = new Map<string, string[][]>();
for (const verb of ordered(SPEECH_VERBS)) {
  const first = (verb[0] as string)[0] as string;
  const last = verb.at(-1) as string;
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), verb]);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), verb]);
}

/** A character as the `i` flag compares it with a lower-case ASCII letter: "ſ" U+017F is "s", "K" U+212A "k". */
function folded(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : c;
}

/** Where `word` read at `at` ends (caseless: as under `i`), or -1. */
function wordEnd(text: string, at: number, word: string, caseless: boolean): number {
  if (!caseless) return text.startsWith(word, at) ? at + word.length : -1;
  if (at + word.length > text.length) return -1;
  for (let i = 0; i < word.length; i++) if (folded(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return -1;
  return at + word.length;
}

/** Where a verb's words, one run of white space apart (`\s+`), read from `at` end, or -1. */
function wordsEnd(text: string, at: number, words: readonly string[], caseless: boolean): number {
  let end = wordEnd(text, at, words[0] as string, caseless);
  for (let w = 1; w < words.length && end >= 0; w++) {
    let next = end;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    end = next > end ? wordEnd(text, next, words[w] as string, caseless) : -1;
  }
  return end;
}

/**
 * What a pattern `(?:${VERB_ALT})REST` finds at `at`, given `rest(end)` for what REST finds at a verb's end (the
 * match's end, or -1): the verbs tried in the alternation's order, the first whose REST matches deciding. With
 * `caseless`, as under the `i` flag (the letters fold as caselessAlternation writes them).
 */
export function speechVerbThen(
  text: string,
  at: number,
  rest: (end: number) => number,
  caseless = false,
): number {
  const c = text.charCodeAt(at);
  const verbs = BY_FIRST.get(String.fromCharCode(caseless ? folded(c) : c));
  if (verbs === undefined) return -1;
  for (let v = 0; v < verbs.length; v++) {
    const end = wordsEnd(text, at, verbs[v] as string[], caseless);
    if (end < 0) continue;
    const found = rest(end);
    if (found >= 0) return found;
  }
  return -1;
}

/**
 * Where each speech verb written in lower case that ends at `end` starts, its last word the whole run of ASCII
 * lower-case letters before `end` (a verb after white space or the text's start can end nowhere else there): the
 * verbs of VERB_ALT that `(?:${VERB_ALT})` can match ending at `end` after white space.
 */
export function speechVerbStartsBefore(text: string, end: number): number[] {
  const from = lowerWordStart(text, end);
  const verbs = from < end ? BY_LAST.get(text.slice(from, end)) : undefined;
  if (verbs === undefined) return [];
  const starts: number[] = [];
  for (let v = 0; v < verbs.length; v++) {
    const words = verbs[v] as string[];
    let start = from;
    for (let w = words.length - 2; w >= 0 && start >= 0; w--) {
      let gap = start;
      while (gap > 0 && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
      const word = words[w] as string;
      start =
        gap < start && gap >= word.length && text.startsWith(word, gap - word.length)
          ? gap - word.length
          : -1;
    }
    if (start >= 0) starts.push(start);
  }
  return starts;
}

/** Where the run of ASCII lower-case letters that ends at `end` starts (`end` when there is none). */
export function lowerWordStart(text: string, end: number): number {
  let from = end;
  while (from > 0 && isLowerAscii(text.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * True when a speech verb written in lower case stands in `text` with no letter or "-" before it and no word
 * character (`\w`) after it: what `(?<![\p{L}-])(?:${VERB_ALT})(?!\w)` finds with `u`. A verb's words are each a
 * whole run of ASCII lower-case letters there (`\w` takes them all), so the runs are looked up.
 */
export function hasLowerSpeechVerb(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    if (!isLowerAscii(text.charCodeAt(at)) || (at > 0 && isLowerAscii(text.charCodeAt(at - 1)))) continue;
    const verbs = BY_FIRST.get(text[at] as string);
    if (verbs === undefined || letterOrHyphenBefore(text, at)) continue;
    for (let v = 0; v < verbs.length; v++) {
      const end = wordsEnd(text, at, verbs[v] as string[], false);
      if (end >= 0 && !isWordCode(text.charCodeAt(end))) return true;
    }
  }
  return false;
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** `\w` without `i`: an ASCII letter, digit or "_" (NaN, past the text's end, is none). */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

let letter: RegExp | undefined;
/** True when the code point at `at` is a letter (`\p{L}`); false past the text's end. */
export function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (Number.isNaN(c)) return false;
  letter ??= /^\p{L}/u;
  return letter.test(text.slice(at, at + 2));
}

/** True when the code point ending right before `at` is a letter or "-": what `(?<![\p{L}-])` refuses. */
function letterOrHyphenBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c === 0x2d) return true;
  const low = c >= 0xdc00 && c <= 0xdfff && at >= 2;
  return isLetterAt(text, low && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
