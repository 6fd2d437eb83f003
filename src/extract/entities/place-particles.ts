// "Dar es Salaam", "Newcastle upon Tyne", "Frankfurt am Main": a place's name may hold lower-case words that end
// every other run of capitals. They join only when the gazetteer knows the whole form, so no list of particles
// is needed and "Paris on Monday" or "Kenya and Uganda" stay apart.
import {isCity, knownPlace, nameKey, startsLongPlace} from './gazetteer.js';
import {placeNames} from './place-names.js';
import type {Token} from './tokens.js';
import {gapIsSpace} from './words.js';

/** Most lower-case words inside one place's name ("Halle an der Saale"). */
const MAX_PARTICLES = 3;
/** Most capitalised words on either side of them that the lookup tries. */
const MAX_SIDE = 3;

const knownForm = (form: string): boolean =>
  isCity(form) || knownPlace(form) !== undefined || placeNames().placeOf(form) !== null;

/** True when the gazetteer knows the first two to four words as one place or region ("El Paso", "Hawke's Bay"). */
export function opensKnownPlace(words: readonly string[]): boolean {
  for (let n = Math.min(words.length, MAX_SIDE + 1); n > 1; n--) {
    const form = words.slice(0, n).join(' ');
    if (knownForm(form) || placeNames().regionCountry(form) !== null) return true;
  }
  return false;
}

/**
 * The index of the first capitalised word after the lower-case words at `at` when the run's last words, those
 * words and the capitalised words after them make a place the gazetteer knows; undefined otherwise.
 */
export function placeParticlesJoin(
  text: string,
  tokens: readonly Token[],
  run: readonly Token[],
  at: number,
): number | undefined {
  // Asked after every run that a lower-case word follows: first the tokens' own test (lower-case words, then a
  // capitalised one), which most such words fail, then the run's last words' keys. (A word of lower-case letters is
  // never capitalised, so the capitalised word must be one of the next MAX_PARTICLES tokens: most lower-case words
  // after a run have none there, and need no pattern.)
  if (!tokens[at + 1]?.cap && !tokens[at + 2]?.cap && !tokens[at + 3]?.cap) return undefined;
  let k = at;
  while (
    k - at < MAX_PARTICLES &&
    /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') &&
    tokens[k + 1] &&
    gapIsSpace(text, tokens[k] as Token, tokens[k + 1] as Token)
  )
    k++;
  if (k === at || !tokens[k]?.cap) return undefined;
  const prev = run[run.length - 1];
  const first = tokens[at];
  if (!prev || !first || !gapIsSpace(text, prev, first)) return undefined;
  // Every form tried from a word folds to a key opening with that word's key, and when no name of the gazetteer of
  // two words or more opens with it, no form from there is known ("Kenya and Uganda": no look-up at all).
  const starts: number[] = [];
  for (let from = Math.max(0, run.length - MAX_SIDE); from < run.length; from++) {
    const key = nameKey(run[from]?.text ?? '');
    // (A word folding to nothing or to "the", which a key drops in front, says nothing of the key's first word.)
    const lead = key === '' || key === 'the' ? null : (key.split(' ', 1)[0] ?? '');
    if (lead === null || startsLongPlace(lead) || placeNames().startsLongName(lead)) starts.push(from);
  }
  if (starts.length === 0) return undefined;
  const particles = tokens.slice(at, k).map((t) => t.text);
  let after = k;
  while (
    after - k < MAX_SIDE - 1 &&
    tokens[after + 1]?.cap &&
    gapIsSpace(text, tokens[after] as Token, tokens[after + 1] as Token)
  )
    after++;
  const tail = tokens.slice(k, after + 1).map((t) => t.text);
  for (let s = 0; s < starts.length; s++) {
    const head = run.slice(starts[s]).map((t) => t.text);
    for (let n = tail.length; n > 0; n--)
      if (knownForm([...head, ...particles, ...tail.slice(0, n)].join(' '))) return k;
  }
  return undefined;
}
