// "severe acute respiratory syndrome (SARS)", "the Ballot Interference Prevention Act (BIPA)", "pull request [PR]":
// an acronym the text spells out in words that name no body is a term's, a law's or a thing's short form, however
// the text treats it later ("the SARS outbreak", "BIPA ignores…").
import {matchesOf} from '../matches.js';
import {THING_WORDS} from './cues.js';
import {nthRunStart} from './word-runs.js';

const SMALL = /^(?:of|for|from|and|the|on|in|to|at|&)$/u;
const ACRONYM = String.raw`\p{Lu}[\p{Lu}\d&]{1,7}`;
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;

// The words, then the acronym in brackets; or the acronym, then the words in brackets (round or square).
const WORDS_FIRST = new RegExp(String.raw`((?:${WORD}\s+){0,7}${WORD})\s+[(\[](${ACRONYM})[)\]]`, 'gu');
const ACRONYM_FIRST = new RegExp(String.raw`\b(${ACRONYM})\s+[(\[]((?:${WORD}\s+){1,7}${WORD})[)\]]`, 'gu');
// An acronym in brackets, or one before an opening bracket: what either shape needs, found without trying a run of
// words at every position of the sentence (the shapes' own patterns are slow to fail).
const BRACKETED = new RegExp(String.raw`[(\[]${ACRONYM}[)\]]|${ACRONYM}\s+[(\[]`, 'u');

// Where an acronym in brackets stands, with no words before it required: WORDS_FIRST's last part.
const BRACKET_AT = new RegExp(String.raw`[(\[]${ACRONYM}[)\]]`, 'gu');

/**
 * An ASCII character no match of WORDS_FIRST holds (one not a letter, an apostrophe, a hyphen or white space): the
 * words of a match before a bracket cannot reach back past it. Any other character may be in one.
 */
function breaksWords(c: number): boolean {
  if (c >= 0x80) return false;
  return !(
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x27 ||
    c === 0x2d ||
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d)
  );
}

/**
 * The matches of WORDS_FIRST in `sentence`, as `matchesOf` gives them, without trying its run of words at every
 * position: each search starts where the words before the next bracketed acronym could start (after the last
 * character that no match holds), which no match starting earlier can get past, and ends at that acronym.
 */
function wordsFirstMatches(sentence: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    BRACKET_AT.lastIndex = from;
    const bracket = BRACKET_AT.exec(sentence);
    if (bracket === null) break;
    let start = bracket.index;
    while (start > from && !breaksWords(sentence.charCodeAt(start - 1))) start--;
    // (No match opening before the eighth run of words before the bracket: its `{0,7}` holds eight words at most.
    // Tried from `start`, it read up to eight words at every letter of a long clause before "(WHO)".)
    WORDS_FIRST.lastIndex = nthRunStart(sentence, start, bracket.index, 8);
    // Tried on the text up to this bracket's end, where a match from there ends (none holds a bracket; nothing after
    // it is read): where none does, the search goes on from the next bracket instead of at every letter up to the
    // sentence's end, eight words read at each. (The match's `input` is that text; its groups and index are the same.)
    const end = bracket.index + bracket[0].length;
    const m = WORDS_FIRST.exec(end === sentence.length ? sentence : sentence.slice(0, end));
    if (m !== null) out.push(m);
    from = end;
  }
  BRACKET_AT.lastIndex = 0;
  WORDS_FIRST.lastIndex = 0;
  return out;
}

function initials(words: readonly string[], withSmall: boolean): string {
  return words
    .filter((w) => withSmall || !SMALL.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The tail of `words` whose initials spell the acronym (small words counted or not), or undefined. */
function spelling(words: readonly string[], acronym: string, fromEnd: boolean): string[] | undefined {
  const want = acronym.replace(/&/g, '');
  for (let i = 0; i < words.length; i++) {
    const part = fromEnd ? words.slice(i) : words.slice(0, words.length - i);
    if (part.length < 2 || SMALL.test(part[0] ?? '') || SMALL.test(part.at(-1) ?? '')) continue;
    if (initials(part, true) === want || initials(part, false) === want) return part;
  }
  return undefined;
}

/**
 * Words that name no body: all in lower case (a body's name is capitalised), or capitalised and ending in a law's,
 * an event's or a thing's word ("Act", "Syndrome"). (Common words alone are no sign: "All Elite Wrestling" is a
 * body's name, and the lexicon lacks most common nouns.)
 */
export function namesNoBody(words: readonly string[]): boolean {
  if (words.every((w) => !/\p{Lu}/u.test(w))) return true;
  return (
    words.every((w) => SMALL.test(w) || /^\p{Lu}/u.test(w)) &&
    THING_WORDS.has((words.at(-1) ?? '').toLowerCase())
  );
}

/** For tests: WORDS_FIRST's matches as `matchesOf` finds them, and as termAcronyms does. */
export const wordsFirstForTest = {
  written: (sentence: string): RegExpExecArray[] => matchesOf(WORDS_FIRST, sentence),
  found: wordsFirstMatches,
};

/** The acronyms a sentence spells out in words that name no body ("End of Life (EOL)"): terms, not bodies. */
export function termAcronyms(sentence: string): string[] {
  if ((!sentence.includes('(') && !sentence.includes('[')) || !BRACKETED.test(sentence)) return [];
  const out: string[] = [];
  for (const [, phrase = '', acronym = ''] of wordsFirstMatches(sentence)) {
    const words = spelling(phrase.split(/\s+/u), acronym, true);
    if (words && namesNoBody(words)) out.push(acronym);
  }
  for (const [, acronym = '', phrase = ''] of matchesOf(ACRONYM_FIRST, sentence)) {
    const words = spelling(phrase.split(/\s+/u), acronym, false);
    if (words && words.length === phrase.split(/\s+/u).length && namesNoBody(words)) out.push(acronym);
  }
  return out;
}
