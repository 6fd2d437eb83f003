// A word tested against the whole list of speech verbs: a set look-up where the case-insensitive pattern of the
// ~230 verbs would cost every worker a compile of ~1,800 characters with `iu` (milliseconds, for each kind of
// string it meets).
import {OBJECT_ALT, SPEECH_VERBS, VERB_ALT} from './vocabulary.js';

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

/**
 * Every speech verb (captured) or object speech verb not inside a word (global): the quotes' one pattern for the
 * last verb before a quote and for whether a text holds a speech verb at all.
 */
export const SPEECH_OR_OBJECT_VERB = new RegExp(`(?<![\\p{L}-])(?:(${VERB_ALT})|${OBJECT_ALT})\\b`, 'giu');

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
