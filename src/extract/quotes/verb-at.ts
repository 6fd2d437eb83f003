// The speech verbs read at a place by code, for the quote rules that had the whole alternation of ~230 verbs
// (VERB_ALT) inside their own pattern: each such pattern cost every worker a compile of ~7 M instructions per kind of
// string, however rarely it ran. The rule keeps only its small shape as a pattern (or reads it word by word with
// word-scan.ts) and asks here for the verb. A word tested as a whole against the verbs, and the verbs as a pattern,
// are speech-verb.ts'.
import {SPEECH_VERBS, VERB_MODIFIERS} from './vocabulary.js';
import {
  folded,
  isLetterAt,
  isLowerAscii,
  isWordCode,
  letterOrHyphenBefore,
  lowerWordStart,
  spaceEnd,
  spaceStart,
  wordEnd,
} from './word-scan.js';

// (lone-speakers.ts imports it from here.)
export {isLetterAt};

/** A list of words as `alternation` orders it (longest first, ties as listed), each entry split into its words. */
const ordered = (words: readonly string[]): string[][] =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.split(' '));

// VERB_ALT's verbs in the alternation's order, by their first letter and by their last word.
const VERBS = ordered(SPEECH_VERBS);
const BY_FIRST = new Map<string, string[][]>();
const BY_LAST = new Map<string, string[][]>();
for (const verb of VERBS) {
  const first = (verb[0] as string)[0] as string;
  const last = verb.at(-1) as string;
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), verb]);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), verb]);
}

/** Where `word` read at `at` ends (caseless: as under `i`), or -1. */
function wordAt(text: string, at: number, word: string, caseless: boolean): number {
  if (!caseless) return text.startsWith(word, at) ? at + word.length : -1;
  if (at + word.length > text.length) return -1;
  for (let i = 0; i < word.length; i++) if (folded(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return -1;
  return at + word.length;
}

/** Where a verb's words, one run of white space apart (`\s+`), read from `at` end, or -1. */
function wordsEnd(text: string, at: number, words: readonly string[], caseless: boolean): number {
  let end = wordAt(text, at, words[0] as string, caseless);
  for (let w = 1; w < words.length && end >= 0; w++) {
    const next = spaceEnd(text, end);
    end = next > end ? wordAt(text, next, words[w] as string, caseless) : -1;
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
      const gap = spaceStart(text, start);
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

// The speech verbs and the modifiers (VERB_MODIFIERS) by their first word, as the words after it, in the
// alternation's order; made when first asked.
type WordTable = ReadonlyMap<string, readonly (readonly string[])[]>;
function byFirstWord(entries: readonly string[][]): WordTable {
  const table = new Map<string, string[][]>();
  for (const [first = '', ...rest] of entries) {
    const listed = table.get(first);
    if (listed) listed.push(rest);
    else table.set(first, [rest]);
  }
  return table;
}
let verbsByWord: WordTable | undefined;
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
  verbsByWord ??= byFirstWord(VERBS);
  return entryEnds(text, at, verbsByWord);
}

/**
 * Where a speech verb at `at`, perhaps after an auxiliary or adverb and white space, ends, or -1: what
 * `${MODIFIER}(?:${VERB_ALT})${WORD_END}` with `u`, made sticky, matches at `at`.
 */
function modifiedVerbEnd(text: string, at: number): number {
  modifiers ??= byFirstWord(ordered(VERB_MODIFIERS));
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
