// The speech verb after a quote's speaker (placed-verb.ts: "Renn of the harbour office, a teacher, would later say")
// and the pronoun or verb right after a quote (inverted.ts: "she said", "said"), read word by word: each was a
// pattern holding the ~230 speech verbs' alternation, which every worker compiled for both string widths (~14 M and
// ~8 M instructions). The paths to the verb are tried in the patterns' order (the match's end depends on the path),
// the verb asked of verb-at.ts; the words are compared as the `i` flag would.
import {isSpaceCode} from '../entities/context-words.js';
import {speechVerbThen} from './verb-at.js';
import {HEARD_SAYING_WORDS, SUBJECT_PRONOUNS, SUBORDINATE_WORDS, VERB_MODIFIERS} from './vocabulary.js';
import {folded, isWordCode, spaceEnd} from './word-scan.js';

/** `(?![\w\u017F\u212A])` at `i`: no word character there as `iu` reads one (ſ and K fold to letters). */
const wordEndsAt = (text: string, i: number): boolean => !isWordCode(folded(text.charCodeAt(i)));

/** Where the lower-case ASCII `words` (one `\s+` apart), read caselessly from `at`, end; -1 when they are not there. */
function caselessEnd(text: string, at: number, words: readonly string[]): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const next = spaceEnd(text, i);
      if (next === i) return -1;
      i = next;
    }
    const word = words[w] as string;
    if (i + word.length > text.length) return -1;
    for (let k = 0; k < word.length; k++)
      if (folded(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return -1;
    i += word.length;
  }
  return i;
}

/** True when the `words` stand at `at` as a whole word (`WORDS(?![\w\u017F\u212A])`), caselessly. */
function isWordAt(text: string, at: number, words: readonly string[]): boolean {
  const end = caselessEnd(text, at, words);
  return end >= 0 && wordEndsAt(text, end);
}

/**
 * A list as `caselessAlternation` tries it, by the first letter (folded): longest first, as the entries found at one
 * place are each other's starts.
 */
type Words = ReadonlyMap<number, readonly string[][]>;
function indexed(list: readonly string[]): Words {
  const table = new Map<number, string[][]>();
  for (const entry of [...list].sort((a, b) => b.length - a.length)) {
    const first = entry.charCodeAt(0);
    table.set(first, [...(table.get(first) ?? []), entry.split(' ')]);
  }
  return table;
}

/** The entries of `table` that may stand at `at`: those of its first letter. */
const entriesAt = (text: string, at: number, table: Words) => table.get(folded(text.charCodeAt(at)));

/** Where each entry of `table` found at `at` and followed by white space (`(?:LIST)\s+`) ends, in the order of tries. */
function spacedEnds(text: string, at: number, table: Words): number[] {
  const ends: number[] = [];
  for (const words of entriesAt(text, at, table) ?? []) {
    const end = caselessEnd(text, at, words);
    const next = end < 0 ? end : spaceEnd(text, end);
    if (next > end) ends.push(next);
  }
  return ends;
}

const PREPOSITIONS = [['of'], ['from'], ['at']];
let lists:
  | {
      stops: Words;
      modifiers: Words;
      pronouns: Words;
      auxiliaries: Words;
      be: Words;
      heard: Words;
      particles: Words;
    }
  | undefined;
const listsOf = () =>
  (lists ??= {
    stops: indexed([...SUBORDINATE_WORDS, 'who', 'and', 'but', 'or']),
    modifiers: indexed(VERB_MODIFIERS),
    pronouns: indexed(SUBJECT_PRONOUNS),
    auxiliaries: indexed(HEARD_SAYING_WORDS.auxiliaries),
    be: indexed(HEARD_SAYING_WORDS.be),
    heard: indexed(HEARD_SAYING_WORDS.verbs),
    particles: indexed(HEARD_SAYING_WORDS.particles),
  });

// A letter or number past ASCII (rare in a speaker's "of" phrase): one small pattern, made when first met.
let wide: RegExp | undefined;

/** Where the character of `[\p{L}\p{N}\u0345'’.&-]` at `i` ends (a surrogate pair is one, as under `u`), or -1. */
function placeCharEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const fits =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x27 ||
      c === 0x2e ||
      c === 0x26 ||
      c === 0x2d;
    return fits ? i + 1 : -1;
  }
  if (Number.isNaN(c)) return -1;
  if (c === 0x345 || c === 0x2019) return i + 1;
  wide ??= /[\p{L}\p{N}]/uy;
  wide.lastIndex = i;
  return wide.test(text) ? wide.lastIndex : -1;
}

/**
 * Where each count (1 to 8, fewest first) of the "of" phrase's words `(?:\s+(?!STOP)[\p{L}\p{N}\u0345'’.&-]+){1,8}?`
 * from `at` ends before white space or a comma (`(?=[\s,])`). A word's run is read whole: the phrase's end, or
 * the next word's white space, can follow no shorter one.
 */
function placeWordsEnds(text: string, at: number): number[] {
  const {stops} = listsOf();
  const ends: number[] = [];
  for (let i = at; ends.length < 8;) {
    const from = spaceEnd(text, i);
    if (from === i) break;
    if (entriesAt(text, from, stops)?.some((words) => isWordAt(text, from, words))) break;
    let end = placeCharEnd(text, from);
    if (end < 0) break;
    for (let next = placeCharEnd(text, end); next >= 0; next = placeCharEnd(text, end)) end = next;
    const c = text.charCodeAt(end);
    if (isSpaceCode(c) || c === 0x2c) ends.push(end);
    i = end;
  }
  return ends;
}

/**
 * Where the aside `,\s*[^,]{1,80},` from `at` ends, or -1. Its end is the next comma's, however much white space
 * `\s*` takes; it fits when some split leaves 1 to 80 characters (code points, as under `u`) before that comma.
 */
function asideEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x2c) return -1;
  const close = text.indexOf(',', at + 1);
  if (close <= at + 1) return -1;
  const from = Math.min(spaceEnd(text, at + 1), close - 1);
  let count = 0;
  for (let i = from; i < close && count <= 80; i++) {
    const c = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && i + 1 < close) i++;
    count++;
  }
  return count <= 80 ? close + 1 : -1;
}

/** The speech verb at `at`, then `(?![\w\u017F\u212A])`: its end, or -1. */
const verbAt = (text: string, at: number): number =>
  speechVerbThen(text, at, (end) => (wordEndsAt(text, end) ? end : -1), true);

/** The optional "heard saying" words from `at` (`(?:HEARD_SAYING)?`), then the verb: its end, or -1. */
function heardThenVerb(text: string, at: number): number {
  const {auxiliaries, be, heard, particles} = listsOf();
  for (const aux of [...spacedEnds(text, at, auxiliaries), at])
    for (const afterBe of [...spacedEnds(text, aux, be), aux])
      for (const seen of spacedEnds(text, afterBe, heard))
        for (const particle of [...spacedEnds(text, seen, particles), seen]) {
          const end = verbAt(text, particle);
          if (end >= 0) return end;
        }
  return verbAt(text, at);
}

/**
 * The end of placed-verb.ts' listed speech verb opening `text` (the length of what the pattern matched), or -1:
 * ```
 * ^(?:\s+(?:of|from|at)(?:\s+(?!STOP\b)[\p{L}\p{N}\u0345'’.&-]+){1,8}?(?=[\s,]))?(?:,\s*[^,]{1,80},)?\s*
 *   (?:MODIFIER\s+)?(?:HEARD_SAYING)?(?:SPEECH_VERB)\b
 * ```
 * caseless (as under `iu`), each part tried in the pattern's order.
 */
export function listedVerbEnd(text: string): number {
  const {modifiers} = listsOf();
  const starts: number[] = [];
  const from = spaceEnd(text, 0);
  if (from > 0)
    for (const prep of PREPOSITIONS) {
      const end = caselessEnd(text, from, prep);
      if (end >= 0) starts.push(...placeWordsEnds(text, end));
    }
  starts.push(0);
  for (const start of starts) {
    const aside = asideEnd(text, start);
    for (const before of aside >= 0 ? [aside, start] : [start]) {
      const at = spaceEnd(text, before);
      for (const modifier of [...spacedEnds(text, at, modifiers), at]) {
        const end = heardThenVerb(text, modifier);
        if (end >= 0) return end;
      }
    }
  }
  return -1;
}

// `\p{Ll}` and `[\p{L}\p{N}]` under `iu` for a character past ASCII (rare beside a verb): made when first met.
let caselessLower: RegExp | undefined;
let caselessWordChar: RegExp | undefined;

/** Where the code point that ends right before `end` starts. */
function charStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/** True when the character from `at` to `end` is in `re` (a sticky one-character class), read as under `u`. */
function charIn(re: RegExp, text: string, at: number, end: number): boolean {
  re.lastIndex = at;
  return re.test(text) && re.lastIndex === end;
}

const PASSIVE_AUXILIARIES = ['being', 'been', 'were', 'was', 'are', 'is'];

/**
 * True when `text` ends in a passive, "was told" ("is", "are", "was", "were", "been" or "being", white space and one
 * word of lower-case letters not ending in "ing"): what `(?<![\p{L}\p{N}])(?:is|are|was|were|been|being)\s+\p{Ll}+(?<!ing)$`
 * finds with `iu`, under which `\p{Ll}` is any cased letter and U+0345 a letter.
 */
export function endsPassive(text: string): boolean {
  // The last word: the run of letters `\p{Ll}` takes under `iu` up to the end, after white space.
  let start = text.length;
  while (start > 0) {
    const at = charStart(text, start);
    const c = text.charCodeAt(at);
    const lower =
      c < 0x80
        ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
        : charIn((caselessLower ??= /\p{Ll}/iuy), text, at, start);
    if (!lower) break;
    start = at;
  }
  if (start === text.length) return false;
  const n = text.length;
  if (n >= 3 && caselessEnd(text, n - 3, ['ing']) === n) return false;
  let gap = start;
  while (gap > 0 && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
  if (gap === start) return false;
  for (const aux of PASSIVE_AUXILIARIES) {
    const at = gap - aux.length;
    if (at < 0 || caselessEnd(text, at, [aux]) !== gap) continue;
    if (at === 0) return true;
    const before = charStart(text, at);
    const c = text.charCodeAt(before);
    const wordChar =
      c < 0x80
        ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
        : charIn((caselessWordChar ??= /[\p{L}\p{N}]/iuy), text, before, at);
    return !wordChar;
  }
  return false;
}

// `[\s,;:—–-]`: what may stand between a quote's closing mark and the pronoun or verb after it.
const isOpeningCode = (c: number) =>
  isSpaceCode(c) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x2d;

/** `(?:MODIFIER\s+)?(?:SPEECH_VERB)\b` at `at`: the verb's end, or -1. */
function modifiedVerbAt(text: string, at: number): number {
  const {modifiers} = listsOf();
  for (const words of entriesAt(text, at, modifiers) ?? []) {
    const end = caselessEnd(text, at, words);
    const next = end < 0 ? end : spaceEnd(text, end);
    const verb = next > end ? verbAt(text, next) : -1;
    if (verb >= 0) return verb;
  }
  return verbAt(text, at);
}

/**
 * "she said" or "said" after a quote: what inverted.ts' pattern
 * `^[\s,;:—–-]*(?:(PRONOUN)\s+)?(?:MODIFIER\s+)?(?:SPEECH_VERB)\b` found with `iu` (caseless): the match's end and the
 * pronoun as written (undefined for the inverted "said X"), or undefined. (Asked after every quote: no lists made.)
 */
export function pronounOrVerb(text: string): {end: number; pronoun?: string} | undefined {
  let from = 0;
  while (from < text.length && isOpeningCode(text.charCodeAt(from))) from++;
  for (const words of entriesAt(text, from, listsOf().pronouns) ?? []) {
    const end = caselessEnd(text, from, words);
    const next = end < 0 ? end : spaceEnd(text, end);
    const verb = next > end ? modifiedVerbAt(text, next) : -1;
    if (verb >= 0) return {end: verb, pronoun: text.slice(from, end)};
  }
  const verb = modifiedVerbAt(text, from);
  return verb >= 0 ? {end: verb} : undefined;
}
