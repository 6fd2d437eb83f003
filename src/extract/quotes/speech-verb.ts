// A word tested against the whole list of speech verbs: a set look-up where the case-insensitive pattern of the
// ~230 verbs would cost every worker a compile of ~1,800 characters with `iu` (milliseconds, for each kind of
// string it meets).
import {isPlain, OBJECT_SPEECH_VERBS, SPEECH_VERBS, VERB_ALT, wordTrie} from './vocabulary.js';

const VERBS: ReadonlySet<string> = new Set(SPEECH_VERBS);
// Only ASCII without spaces is decided by the set: the pattern's case folding maps some other characters onto
// ASCII letters ("ſ" U+017F to "s", "K" U+212A to "k"), and a space in a verb matches any run of spaces.
const NOT_PLAIN = /[^\x21-\x7e]/u;
let whole: RegExp | undefined;

/** True when `word` is one speech verb, in any case: what `^(?:${VERB_ALT})$` with the `iu` flags matches. */
export function isSpeechVerb(word: string): boolean {
  if (!NOT_PLAIN.test(word)) return VERBS.has(word.toLowerCase());
  whole ??= new RegExp(`^(?:${VERB_ALT})$`, 'iu');
  return whole.test(word);
}

// Each list's alternation, made once (the speech verbs' is in three patterns).
const CASELESS = new WeakMap<readonly string[], string>();
/** Each letter as the class of what it matches under `iu`. */
const CASELESS_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((c) => [
    c,
    c === 's' ? '[sS\\u017F]' : c === 'k' ? '[kK\\u212A]' : `[${c}${c.toUpperCase()}]`,
  ]),
);

/**
 * A list of lower-case ASCII words as the alternation `alternation` makes, each letter a class of the characters
 * the `iu` flags would match it with ("s" also "ſ" U+017F, "k" also "K" U+212A), for a pattern without `i`: V8
 * compiles a long alternation with `i` about twice as slowly, in every worker.
 */
export function caselessAlternation(words: readonly string[]): string {
  let written = CASELESS.get(words);
  if (written !== undefined) return written;
  // (Plain words with their openings shared: see wordTrie.)
  written = isPlain(words)
    ? wordTrie(words, CASELESS_LETTERS)
    : [...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[a-z]/g, (c) => CASELESS_LETTERS[c] ?? c).replace(/ /g, '\\s+'))
        .join('|');
  CASELESS.set(words, written);
  return written;
}

/** `\b` after a word's last letter as the `iu` flags read it: "ſ" and "K" are word characters there. */
export const CASELESS_WORD_END = '(?![\\w\\u017F\\u212A])';

/**
 * Every speech verb (captured) or object speech verb not inside a word (global): the quotes' one pattern for the
 * last verb before a quote and for whether a text holds a speech verb at all. What
 * `(?<![\p{L}-])(?:(${VERB_ALT})|${OBJECT_ALT})\b` finds with `giu`, without `i` (U+0345 is a letter under `iu`).
 */
export const SPEECH_OR_OBJECT_VERB = new RegExp(
  `(?<![\\p{L}\\u0345-])(?:(${caselessAlternation(SPEECH_VERBS)})|${caselessAlternation(OBJECT_SPEECH_VERBS)})${CASELESS_WORD_END}`,
  'gu',
);

/**
 * True when `text` holds a speech verb not inside a word: what `(?<![\p{L}-])(?:${VERB_ALT})\b` with `iu` finds.
 * At each place the speech verbs are tried before the object verbs, so a match without the capture is an object
 * verb with no speech verb at its place: the search goes on from the next character.
 */
export function hasSpeechVerb(text: string): boolean {
  const re = SPEECH_OR_OBJECT_VERB;
  const from = re.lastIndex;
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== undefined) {
      found = true;
      break;
    }
    re.lastIndex = m.index + 1;
  }
  re.lastIndex = from;
  return found;
}

/**
 * Where the speech verb at `at` in `text` ends, or -1 when none starts there (nor one after a letter or "-"): what
 * `(?<![\p{L}-])(?:${VERB_ALT})\b` with `iu`, made sticky, finds at `at`.
 */
export function speechVerbEnd(text: string, at: number): number {
  const re = SPEECH_OR_OBJECT_VERB;
  const from = re.lastIndex;
  re.lastIndex = at;
  const m = re.exec(text);
  re.lastIndex = from;
  return m !== null && m.index === at && m[1] !== undefined ? at + m[0].length : -1;
}
