// Plain tests asked before rare attribution patterns: each passes every text its pattern can match (and many it
// cannot), so the pattern is asked only where it might match. A pattern is compiled by V8 the first time it runs, for
// each width of string it meets: ~2-4 M instructions for these, in every worker, for a handful of texts that mostly
// do not match (s59h's census: scripts/bench/README.md). tests/extract/attribution-pretests.test.ts compares each
// with its pattern.
import {isSpaceCode} from '../entities/context-words.js';

/** True when `word` stands in `text` after its start or white space and before white space ("by" in "… by the"). */
export function spacedWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if ((at === 0 || isSpaceCode(text.charCodeAt(at - 1))) && isSpaceCode(text.charCodeAt(at + word.length)))
      return true;
  return false;
}

/** True when `text` ends in white space (`\s$`). */
export function endsInSpace(text: string): boolean {
  return text !== '' && isSpaceCode(text.charCodeAt(text.length - 1));
}

/** True when `text` ends in a comma and perhaps white space (`,\s*$`). */
export function endsInComma(text: string): boolean {
  return text.trimEnd().endsWith(',');
}

/** True when `text` opens with an apostrophe (`^['’]`): a possessive's. */
export function opensWithApostrophe(text: string): boolean {
  return text.startsWith("'") || text.startsWith('’');
}

/** True when `text` holds an owner's "'s" or "’s". */
export function holdsPossessive(text: string): boolean {
  return text.includes("'s") || text.includes('’s');
}

/**
 * True when `text` may hold one of `words` (lower-case ASCII) in any case, as the `iu` flags read it: lower-cased, or
 * holding "ſ" (U+017F, an "s" under `iu`; the Kelvin sign lower-cases to "k" itself).
 */
export function mayHoldCaseless(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return lower.includes('ſ') || words.some((w) => lower.includes(w));
}

/** True when "the" or "The" and white space stand at `at`. */
function theAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x54 || c === 0x74) && text.startsWith('he', at + 1) && isSpaceCode(text.charCodeAt(at + 3));
}

/**
 * True when "the"/"The" and white space open `text`, or follow its first comma and white space with none of
 * `.;:“”"` before that comma: where `^(?:[^,.;:“”"]{1,60},\s+)?[Tt]he\s+` can match (without its bound of 60).
 */
export function theOpens(text: string): boolean {
  if (theAt(text, 0)) return true;
  const comma = text.indexOf(',');
  if (comma < 1) return false;
  for (let i = 0; i < comma; i++) if ('.;:“”"'.includes(text[i] as string)) return false;
  let at = comma + 1;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at > comma + 1 && theAt(text, at);
}

/**
 * True when the first ":" of `text` has white space after it and only what capitals, `.'’-` and white space may be
 * before it (no ASCII small letter, digit or comma): where `^\s*\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}:\s+`
 * can match.
 */
export function mayOpenWithLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || !isSpaceCode(text.charCodeAt(colon + 1))) return false;
  for (let i = 0; i < colon; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2c) return false;
  }
  return true;
}

/**
 * True when a spaced "by" (spacedWord) stands after the last comma or semicolon of `text` (or the one before, when
 * white space precedes the last: the agent's `\S` may be that mark), right after white space and a word of `before`
 * (the whole run of characters other than white space there): where
 * `(?:WORDS)\s+by\s+(?:the\s+)?(\S[^,;]*?)\s*$` can match, WORDS ending in a word of `before`.
 */
export function byAfter(text: string, before: ReadonlySet<string>): boolean {
  let cut = lastMark(text, text.length);
  if (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut = lastMark(text, cut);
  for (let at = text.indexOf('by', cut + 1); at >= 0; at = text.indexOf('by', at + 1)) {
    if (!isSpaceCode(text.charCodeAt(at + 2))) continue;
    let end = at;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (end < at && before.has(text.slice(start, end))) return true;
  }
  return false;
}

/** The index of the last comma or semicolon before `end`, or -1. */
function lastMark(text: string, end: number): number {
  return end === 0 ? -1 : Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf(';', end - 1));
}
