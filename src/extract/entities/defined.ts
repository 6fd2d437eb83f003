// "Notes from Poland (NFP)", "Deutsche Welle (DW)": a name the text defines an acronym for. The acronym's letters
// say where the name starts, small words included ("from"), which capitals alone cannot.
import {matchesOf} from '../matches.js';
import {nthRunStart} from './word-runs.js';

/** A name followed by the acronym it defines, at [start, end) of its sentence. */
export interface Defined {
  text: string;
  acronym: string;
  start: number;
  end: number;
}

const SMALL = /^(?:of|for|from|and|the|on|in|to|at|de|du|des|la|le|für|&)$/u;
// (A comma may part the words of a long name: "United Nations Educational, Scientific and Cultural Organization
// (UNESCO)"; the acronym's letters decide whether it does.)
const PAIR =
  /((?:\p{Lu}[\p{L}.'’-]*|of|for|from|and|the|on|in|to|at|de|du|des|la|le|für|&)(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|from|and|the|on|in|to|at|de|du|des|la|le|für|&)){1,9})\s+\((\p{Lu}[\p{Lu}\p{Ll}&.]{1,9})\)/gu;
const PHRASE_WORD = /[^\s,]+/gu;

function letters(words: string[], withSmall: boolean): string {
  return words
    .filter((w) => withSmall || !SMALL.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

// "ISIS (Islamic State of Iraq and Syria)": the acronym first, the name it abbreviates in brackets after it.
const REVERSED =
  /\b(\p{Lu}[\p{Lu}&.]{1,9})\s+\(((?:\p{Lu}[\p{L}.'’-]*|of|for|from|and|the|on|in|to|at|de|du|des|la|le|für|&)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|from|and|the|on|in|to|at|de|du|des|la|le|für|&)){1,9})\)/gu;

/**
 * PAIR's matches in `sentence`, as `matchesOf` gives them, each search started at the tenth run of words before the
 * next opening bracket (a match holds ten words at most and runs up to a bracket): from the start of the sentence,
 * the pattern was tried at every letter of it.
 */
function pairMatches(sentence: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    const bracket = sentence.indexOf('(', from);
    if (bracket < 0) break;
    // A match from there ends at the first ")" after the bracket (an acronym holds none), or there is none at all.
    const close = sentence.indexOf(')', bracket);
    if (close < 0) break;
    PAIR.lastIndex = nthRunStart(sentence, from, bracket, 10);
    // Tried on the text up to that ")" (nothing after it is read): where no match ends there, the search goes on
    // after the bracket instead of at every letter up to the sentence's end. (`input` is that text.)
    const m = PAIR.exec(close + 1 === sentence.length ? sentence : sentence.slice(0, close + 1));
    if (m === null) {
      from = bracket + 1;
      continue;
    }
    out.push(m);
    from = PAIR.lastIndex;
  }
  PAIR.lastIndex = 0;
  return out;
}

/** For tests: PAIR's matches as `matchesOf` finds them, and as definedNames does. */
export const pairsForTest = {
  written: (sentence: string): RegExpExecArray[] => matchesOf(PAIR, sentence),
  found: pairMatches,
};

/** Names in a sentence that an acronym in brackets right after them abbreviates, small words and all. */
export function definedNames(sentence: string): Defined[] {
  if (!sentence.includes('(')) return [];
  const out: Defined[] = [];
  for (const m of pairMatches(sentence)) {
    const [, phrase = '', acronym = ''] = m;
    const want = acronym.replace(/[.&]/g, '').toUpperCase();
    if (want.length < 2) continue;
    const found = phrase.includes(',') ? [...phrase.matchAll(PHRASE_WORD)] : null;
    const words = found ? found.map((w) => w[0]) : phrase.split(/\s+/);
    // The longest tail of the phrase that starts with a capital and spells the acronym.
    for (let i = 0; i < words.length - 1; i++) {
      const tail = words.slice(i);
      if (!/^\p{Lu}/u.test(tail[0] ?? '') || SMALL.test(tail.at(-1) ?? '')) continue;
      if (letters(tail, true) !== want && letters(tail, false) !== want) continue;
      // "the United Kingdom's (UK)": the possessive is not part of the name.
      const text = (found ? phrase.slice(found[i]?.index ?? 0) : tail.join(' ')).replace(/['’]s$/u, '');
      const at = phrase.lastIndexOf(text);
      if (at < 0) break;
      const start = (m.index ?? 0) + at;
      out.push({text, acronym, start, end: start + text.length});
      break;
    }
  }
  if (sentence.includes(' (')) {
    for (const m of matchesOf(REVERSED, sentence)) {
      const [, acronym = '', phrase = ''] = m;
      const want = acronym.replace(/[.&]/g, '').toUpperCase();
      const words = phrase.split(/\s+/);
      if (want.length < 2 || SMALL.test(words[0] ?? '') || SMALL.test(words.at(-1) ?? '')) continue;
      if (letters(words, true) !== want && letters(words, false) !== want) continue;
      const start = (m.index ?? 0) + m[0].indexOf(phrase, acronym.length);
      out.push({text: phrase, acronym, start, end: start + phrase.length});
    }
  }
  return out;
}

/** The parts of a span bracketedNames reads: its text, word count and place in the sentence. */
interface NameSpan {
  text: string;
  words: number;
  start: number;
  end: number;
}

/** A one-word name and a longer one the text gives beside it in brackets: "Ye (Kanye West)", "Kanye West (Ye)". */
export interface BracketedName {
  short: string;
  long: string;
}

// A word that can be a name alone: capital and small letters, not two capitals ("EU", defined above).
const ONE_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * One word and a name of two to four words right after it in brackets, or the other way round ("Ye (Kanye West)"):
 * the text names one person twice. (Whether the word is a common one, or the longer name a person's, the grouping
 * decides: "Nancy Pelosi (Democrat)" is no alias.)
 */
export function bracketedNames(sentence: string, spans: readonly NameSpan[]): BracketedName[] {
  const out: BracketedName[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i] as NameSpan;
    const b = spans[i + 1] as NameSpan;
    if (sentence.slice(a.end, b.start) !== ' (' || sentence.charCodeAt(b.end) !== 0x29) continue;
    const [short, long] = a.words === 1 ? [a, b] : [b, a];
    if (short.words !== 1 || long.words < 2 || long.words > 4 || !ONE_NAME.test(short.text)) continue;
    out.push({short: short.text, long: long.text});
  }
  return out;
}

/** A name and its short form in brackets right after it, made of the name's word beginnings ("CalFire"). */
export interface AbbreviatedName {
  short: string;
  long: string;
}

// The parts of a short form: capitalised word beginnings, and "&" for "and" ("Penn State", "CalFire", "AfCFTA").
const SHORT_PARTS = /\p{Lu}\p{Ll}*|&/gu;

/** True when each part of `short` opens a word of `long`, in order, the first part its first word. */
export function abbreviates(short: string, long: string): boolean {
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(short))
    return syllabic(short.toLowerCase(), long.toLowerCase().split(/\s+/u));
  const parts = short.replace(/\s+/gu, '').match(SHORT_PARTS) ?? [];
  // (Capitals alone are initials, which grouping reads already; one part is a word, not a short form.)
  if (parts.length < 2 || parts.join('') !== short.replace(/\s+/gu, '') || /^[\p{Lu}&]+$/u.test(short))
    return false;
  const words = long.split(/\s+/u);
  let i = 0;
  for (const [n, part] of parts.entries()) {
    const want = part === '&' ? 'and' : part.toLowerCase();
    while (i < words.length && !(words[i] ?? '').toLowerCase().startsWith(want)) {
      if (n === 0) return false;
      i++;
    }
    if (i === words.length) return false;
    i++;
  }
  return true;
}

// "Philippine Institute of Volcanology and Seismology (Phivolcs)", "International Criminal Police Organization
// (Interpol)": one capital, the word split into beginnings of the name's words, in order, the first opening its
// first word, two of them at least (words may be passed over, as "Institute" is).
function syllabic(short: string, words: readonly string[]): boolean {
  if (short.length > 16 || words.length < 2 || words.length > 12) return false;
  // (Each place in the short form and the name is tried once: a failure is remembered, so a hostile name of many
  // like words costs letters × words, not every split.)
  const failed = new Set<number>();
  const from = (at: number, word: number, parts: number): boolean => {
    if (at === short.length) return parts >= 2;
    const key = (at * 16 + word) * 3 + Math.min(parts, 2);
    if (failed.has(key)) return false;
    for (let w = word; w < words.length && (parts > 0 || w === 0); w++) {
      const candidate = words[w] ?? '';
      for (let n = Math.min(candidate.length, short.length - at); n > 0; n--)
        if (candidate.startsWith(short.slice(at, at + n)) && from(at + n, w + 1, parts + 1)) return true;
    }
    failed.add(key);
    return false;
  };
  return from(0, 0, 0);
}

/**
 * A name of two words or more and its short form in brackets right after it ("the California Department of
 * Forestry and Fire Protection (CalFire)", "Pennsylvania State University (Penn State)"): one body named twice.
 */
export function abbreviatedNames(sentence: string, spans: readonly NameSpan[]): AbbreviatedName[] {
  const out: AbbreviatedName[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i] as NameSpan;
    const b = spans[i + 1] as NameSpan;
    if (a.words < 2 || sentence.slice(a.end, b.start) !== ' (' || sentence.charCodeAt(b.end) !== 0x29)
      continue;
    if (abbreviates(b.text, a.text)) out.push({short: b.text, long: a.text});
  }
  return out;
}
