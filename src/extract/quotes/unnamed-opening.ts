// roles.ts' unnamed person opening a sentence ("One of the victims …", "A witness said …", "One resident, who …"),
// read word by word (word-scan.ts): the pattern of three alternatives cost every worker ~5 M instructions to compile
// for both string widths, for ~180 calls over the library. Each part is tried in the pattern's order.
import {isSpaceAt, isWordCode, LOWER, runEnd, spaceEnd} from './word-scan.js';

/** `\p{Ll}+` from `i`: where the run ends, or -1. */
const lowerRunEnd = (text: string, i: number) => runEnd(text, i, LOWER, LOWER, false);

/** `\w` without `i` at `i`: an ASCII letter, digit or "_" (none past the end). */
const isWordAt = (text: string, i: number): boolean => isWordCode(text.charCodeAt(i));

/** `word\s+` at `i` (each word as written, a capital first letter also taken where `capital`): where it ends, or -1. */
function spacedWordEnd(text: string, i: number, word: string, capital = false): number {
  const c = text.charCodeAt(i);
  const first = word.charCodeAt(0);
  if (c !== first && !(capital && c === first - 0x20)) return -1;
  if (!text.startsWith(word.slice(1), i + 1)) return -1;
  const end = spaceEnd(text, i + word.length);
  return end > i + word.length ? end : -1;
}

/** `(?:who|whose|that)\s` at `i`. */
const relativeAt = (text: string, i: number) =>
  ['who', 'whose', 'that'].some((w) => text.startsWith(w, i) && isSpaceAt(text, i + w.length));

/** `,?\s+who\s` at `i`. */
function whoAfter(text: string, i: number): boolean {
  const from = text.charCodeAt(i) === 0x2c ? i + 1 : i;
  const who = spaceEnd(text, from);
  return who > from && text.startsWith('who', who) && isSpaceAt(text, who + 3);
}

const LISTED = ['said', 'says', 'told', 'decided', 'was', 'is', 'had', 'has'];

/** `(?:said|says|told|decided|was|is|had|has|\p{Ll}+ed)\b` at `i` (only the first three with `few`). */
function verbAt(text: string, i: number, few: boolean): boolean {
  for (const verb of few ? LISTED.slice(0, 3) : LISTED)
    if (text.startsWith(verb, i) && !isWordAt(text, i + verb.length)) return true;
  if (few) return false;
  // `\p{Ll}+ed\b`: an "ed" inside the run of lower-case letters, after one at least, with no `\w` after it.
  const end = lowerRunEnd(text, i);
  for (let y = i + 3; y <= end; y++)
    if (text.charCodeAt(y - 2) === 0x65 && text.charCodeAt(y - 1) === 0x64 && !isWordAt(text, y)) return true;
  return false;
}

/** `\s+(?:\p{Ll}+ly\s+)?VERB\b` at `i` (the verbs as verbAt takes them; no adverb with `few`). */
function verbAfter(text: string, i: number, few: boolean): boolean {
  const at = spaceEnd(text, i);
  if (at === i) return false;
  if (!few) {
    const adverb = lowerRunEnd(text, at);
    const next = adverb < 0 ? -1 : spaceEnd(text, adverb);
    if (next > adverb && adverb - at >= 3 && text.endsWith('ly', adverb) && verbAt(text, next, false))
      return true;
  }
  return verbAt(text, at, few);
}

/**
 * `(?:\p{Ll}+\s+)?(?!(?:who|whose|that)\s)(\p{Ll}+)(?=\s+ADVERB?VERB\b|,?\s+who\s)` at `i`: the word captured, or
 * undefined. With `few` the verbs are "said", "says" and "told" and no adverb comes first.
 */
function nounThenVerb(text: string, i: number, few: boolean): string | undefined {
  const first = lowerRunEnd(text, i);
  const second = first < 0 ? -1 : spaceEnd(text, first);
  for (const at of second > first ? [second, i] : [i]) {
    if (relativeAt(text, at)) continue;
    const end = lowerRunEnd(text, at);
    if (end >= 0 && (verbAfter(text, end, few) || whoAfter(text, end))) return text.slice(at, end);
  }
  return undefined;
}

/** The three alternatives at `i`, in order: the word captured, or undefined. */
function unnamedAt(text: string, i: number): string | undefined {
  // "One of the victims": `(?:[Oo]ne|[Aa]nother|[Ss]ome)\s+of\s+the\s+(?:\p{Ll}+\s+)??(\p{Ll}+)(?=\s)`.
  for (const opener of ['one', 'another', 'some']) {
    const of = spacedWordEnd(text, i, opener, true);
    const the = of < 0 ? -1 : spacedWordEnd(text, of, 'of');
    const noun = the < 0 ? -1 : spacedWordEnd(text, the, 'the');
    if (noun < 0) continue;
    // (The lazy word before the noun adds no match: it needs the same run of letters before white space.)
    const end = lowerRunEnd(text, noun);
    if (end >= 0 && isSpaceAt(text, end)) return text.slice(noun, end);
  }
  // "A witness said": `(?:[Aa]n?|[Aa]nother)\s+` before the noun and a verb or "who".
  for (const article of ['an', 'a', 'another']) {
    const at = spacedWordEnd(text, i, article, true);
    const noun = at < 0 ? undefined : nounThenVerb(text, at, false);
    if (noun !== undefined) return noun;
  }
  // "One resident said": `[Oo]ne\s+`, the noun, and "said", "says", "told" or "who".
  const at = spacedWordEnd(text, i, 'one', true);
  return at < 0 ? undefined : nounThenVerb(text, at, true);
}

/**
 * The unnamed person opening a sentence, perhaps after a short lead phrase ("Outside the depot, a woman who …"):
 * the word roles.ts' pattern captured, what
 * ```
 * ^(?:[^,.;:“”"]{1,50},\s+)?(?:(?:[Oo]ne|[Aa]nother|[Ss]ome)\s+of\s+the\s+(?:\p{Ll}+\s+)??(\p{Ll}+)(?=\s)
 *   |(?:[Aa]n?|[Aa]nother)\s+(?:\p{Ll}+\s+)?(?!(?:who|whose|that)\s)(\p{Ll}+)(?=\s+(?:\p{Ll}+ly\s+)?
 *     (?:said|says|told|decided|was|is|had|has|\p{Ll}+ed)\b|,?\s+who\s)
 *   |[Oo]ne\s+(?:\p{Ll}+\s+)?(?!(?:who|whose|that)\s)(\p{Ll}+)(?=\s+(?:said|says|told)\b|,?\s+who\s))
 * ```
 * finds with `u`; undefined when it finds nothing.
 */
export function unnamedOpening(text: string): string | undefined {
  const lead = leadEnd(text);
  if (lead >= 0) {
    const found = unnamedAt(text, lead);
    if (found !== undefined) return found;
  }
  return unnamedAt(text, 0);
}

/** Where the lead phrase `[^,.;:“”"]{1,50},\s+` ends, or -1 (its length counted in code points, as under `u`). */
function leadEnd(text: string): number {
  let count = 0;
  let i = 0;
  for (; i < text.length && count <= 50; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x201c || c === 0x201d || c === 0x22)
      break;
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) i++;
    count++;
  }
  if (count < 1 || count > 50 || text.charCodeAt(i) !== 0x2c) return -1;
  const end = spaceEnd(text, i + 1);
  return end > i + 1 ? end : -1;
}
