// A role opening a text ("the mayor", "the Wooster professor", "The former teacher told"), read word by word
// (word-scan.ts) for each count of lower-case words before the role: one reading where there were three patterns per
// use that differed in that count, each compiled in every worker for each string width (~28 M instructions).
import {LEAD_STOPS} from './vocabulary.js';
import {
  ageWord,
  capitalWord,
  codeSize,
  isSpaceAt,
  LETTER,
  letterAt,
  lowerLetters,
  lowerWord,
  spaceEnd,
  stepOver,
  stopCodes,
} from './word-scan.js';

/** What a role pattern found: the whole match and the groups roles.ts reads. */
export type RoleMatch = readonly [string, string, string?];

/** Where each count of `(?:\p{Lu}[\p{L}-]*\s+){0,2}` from `i` ends, the most first (the pattern's order of tries). */
export function capitalsEnds(text: string, i: number): number[] {
  const ends = [i];
  for (let at = i; ends.length < 3;) {
    const word = capitalWord(text, at);
    const next = word < 0 ? word : spaceEnd(text, word);
    if (next <= word) break;
    ends.unshift((at = next));
  }
  return ends;
}

/** `(?:\p{Ll}[\p{Ll}-]*\s+){k}` from `i`: where it ends, or -1. */
export function lowerWordsEnd(text: string, i: number, k: number): number {
  let at = i;
  for (let n = 0; n < k && at >= 0; n++) {
    const word = lowerWord(text, at);
    const next = word < 0 ? word : spaceEnd(text, word);
    at = next > word ? next : -1;
  }
  return at;
}

/** `(?:\p{L}\p{Ll}[\p{Ll}-]*|\d+-year-old)(?=\s)` (ROLE_WORD, then white space) from `i`: where it ends, or -1. */
export function roleWordEnd(text: string, i: number): number {
  const second = (letterAt(text, i) & LETTER) !== 0 ? i + codeSize(text, i) : -1;
  const word = second < 0 ? -1 : lowerWord(text, second);
  if (word >= 0 && isSpaceAt(text, word)) return word;
  const age = ageWord(text, i);
  return age >= 0 && isSpaceAt(text, age) ? age : -1;
}

/**
 * `^the\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}((?:\p{Ll}[\p{Ll}-]*\s+){k}(?:${ROLE_WORD}))(?=\s)` ("the mayor", "the former
 * teacher", "the Prime Minister"): the match and the role (group 1).
 */
export function roleFirstShape(text: string, k: number): RoleMatch | undefined {
  const from = text.startsWith('the') ? spaceEnd(text, 3) : -1;
  if (from <= 3) return undefined;
  for (const capitals of capitalsEnds(text, from)) {
    const lower = lowerWordsEnd(text, capitals, k);
    const end = lower < 0 ? -1 : roleWordEnd(text, lower);
    if (end >= 0) return [text.slice(0, end), text.slice(capitals, end)];
  }
  return undefined;
}

// The characters `[^,.;:“”"]` leaves out.
const STOPS = stopCodes(LEAD_STOPS);

// `(?=,|\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+))` at `i`: undefined when it fails, else the word (group 2) or '' after ",".
function nextWord(text: string, i: number): string | undefined {
  if (text.charCodeAt(i) === 0x2c) return '';
  const from = spaceEnd(text, i);
  const word = from > i ? lowerLetters(text, from) : -1;
  if (word < 0) return undefined;
  const adverb = word - from >= 3 && text.startsWith('ly', word - 2) ? spaceEnd(text, word) : word;
  const verb = adverb > word ? lowerLetters(text, adverb) : -1;
  return verb >= 0 ? text.slice(adverb, verb) : text.slice(from, word);
}

// `(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:\p{Ll}[\p{Ll}-]*\s+){k}(\p{Ll}[\p{Ll}-]*)(?=,|\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+))` from
// `i`: the match's end, the noun and the word after it.
function openingTail(text: string, i: number, k: number): [number, string, string?] | undefined {
  for (const capitals of capitalsEnds(text, i)) {
    const lower = lowerWordsEnd(text, capitals, k);
    const noun = lower < 0 ? -1 : lowerWord(text, lower);
    const next = noun < 0 ? undefined : nextWord(text, noun);
    if (next !== undefined) return [noun, text.slice(lower, noun), next === '' ? undefined : next];
  }
  return undefined;
}

/**
 * `^(?:The|[^,.;:“”"]{1,50},\s+the)\s+` and openingTail ("The governor, who …", "After the meeting, the president
 * told"): the match, the role's noun (group 1) and the word after it (group 2, none before a comma).
 */
export function roleOpeningShape(text: string, k: number): RoleMatch | undefined {
  const tailOf = (the: number): RoleMatch | undefined => {
    const from = spaceEnd(text, the);
    const tail = from > the ? openingTail(text, from, k) : undefined;
    return tail && [text.slice(0, tail[0]), tail[1], tail[2]];
  };
  const opening = text.startsWith('The') ? tailOf(3) : undefined;
  if (opening) return opening;
  // (The lead phrase runs to its first stop, which must be a comma within fifty characters.)
  let stop = 0;
  for (let n = 0; n < 50; n++) {
    const size = stepOver(text, stop, STOPS);
    if (size === 0) break;
    stop += size;
  }
  if (stop === 0 || text.charCodeAt(stop) !== 0x2c) return undefined;
  const the = spaceEnd(text, stop + 1);
  return the > stop + 1 && text.startsWith('the', the) ? tailOf(the + 3) : undefined;
}
