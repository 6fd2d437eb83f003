import {isSpaceCode} from './context-words.js';
import {ORG_NOUNS, PERSON_NOUNS} from './cues.js';

// A name's own "The" mid-sentence (see context.ts' orgNoun) after a body's noun ("magazine The Bark"), a person's
// noun and "for", "of" or "at" ("a writer for The American Conservative"), or a capitalised word and "of" or "for"
// ("Mick Jagger of The Rolling Stones"). Read word by word with the noun sets: as one pattern of their ~400 nouns it
// cost ~10 M instructions to compile for both string widths in every worker, for ~1 call in 3 articles.
// That pattern was `(?:\b(?:ORG_NOUNS)|\b(?:PERSON_NOUNS)\s+(?:for|of|at)|\p{Lu}\p{Ll}+\s+(?:of|for))\s+The\s+$`
// (`u`); `\b` under `u` without `i` reads ASCII word characters, and no noun holds white space.

const CAPITALISED_END = /\p{Lu}\p{Ll}+$/u;

/** Where the run of white space that ends at `end` starts. */
const spaceStart = (text: string, end: number): number => {
  let k = end;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
};

/** Where the word (a run without white space) that ends at `end` starts. */
const wordStart = (text: string, end: number): number => {
  let k = end;
  while (k > 0 && !isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
};

/** An ASCII letter, digit or underscore: what `\b` reads as a word's character. */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether text[from, end) ends with one of `nouns` that opens on a word boundary (`\b`). */
function endsWithNoun(text: string, from: number, end: number, nouns: ReadonlySet<string>): boolean {
  for (let k = from; k < end; k++)
    if ((k === 0 || !isWordCode(text.charCodeAt(k - 1))) && nouns.has(text.slice(k, end))) return true;
  return false;
}

/** Whether `near` (the text before a name) ends with a body's noun, or a person's noun or name and a preposition,
 * then "The" and white space. */
export function ownTheBody(near: string): boolean {
  const theEnd = spaceStart(near, near.length);
  if (theEnd === near.length || theEnd < 3 || !near.startsWith('The', theEnd - 3)) return false;
  const wordEnd = spaceStart(near, theEnd - 3);
  if (wordEnd === theEnd - 3) return false;
  const start = wordStart(near, wordEnd);
  if (endsWithNoun(near, start, wordEnd, ORG_NOUNS)) return true;
  const word = near.slice(start, wordEnd);
  if (word !== 'for' && word !== 'of' && word !== 'at') return false;
  const before = spaceStart(near, start);
  if (before === start) return false;
  const from = wordStart(near, before);
  if (endsWithNoun(near, from, before, PERSON_NOUNS)) return true;
  return word !== 'at' && CAPITALISED_END.test(near.slice(from, before));
}
