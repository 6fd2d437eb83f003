// Small readers of the words right before and after a name, for readContext (context.ts): each answers one
// question about them with as little scanning as it can, since every name of every sentence asks.
import {hasTag, lexiconTags, tagsInclude} from '../nlp.js';
import {
  COMPASS_NOUNS,
  GROUP_BODY_NOUNS,
  ORG_WORDS,
  PLACE_NOUNS,
  PLACE_WORDS,
  THING_WORDS,
  VESSEL_WORDS,
} from './cues.js';
import {knownPlace} from './gazetteer.js';
import {matchesOf} from '../matches.js';

/** A lower-case word and the spaces after it ending a text: the word right before a name. */
export const PERSON_NOUN_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u;

// "into Varnby's Old Mosque": a place's possessive between the preposition and the name.
/** "into Varnby's Old Mosque": a known place's possessive between a preposition and the name. */
export function placePossessive(before: string): boolean {
  // (Tried at every position of the words: only where a possessive is.)
  if (!before.includes("'s") && !before.includes('’s')) return false;
  const m =
    /\b(?:in|near|outside|inside|into|from|at)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+$/u.exec(
      before,
    );
  return !!m?.[1] && (knownPlace(m[1]) !== undefined || hasTag(m[1], 'Country', 'City', 'Region', 'Place'));
}

// "New South Wales" read from "South": another capitalised word, not a sentence's "In", right before the name.
/** Another capitalised word, not a sentence's "In", right before the name ("New South Wales" read from "South"). */
export function afterName(before: string): boolean {
  if (before === '' || !isSpaceCode(before.charCodeAt(before.length - 1))) return false;
  const w = /(\p{Lu}[\p{L}.-]*)\s+$/u.exec(before)?.[1];
  return !!w && !hasTag(w, 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb');
}

// A country or region the gazetteer or the lexicon knows ("Indiana", "Florida").
/** A country or region the gazetteer or the lexicon knows ("Indiana", "Florida"). */
export function regionByData(name: string): boolean {
  return knownPlace(name) !== undefined || hasTag(name, 'Country', 'Region');
}

/** Followed by "of"/"from" and a country, as an athlete or a delegate is. */
export function fromCountry(after: string): boolean {
  if (!isSpaceCode(after.charCodeAt(0))) return false;
  const m = /^\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u.exec(after);
  return !!m?.[1] && (knownPlace(m[1])?.kind === 'country' || hasTag(m[1], 'Country'));
}

// "flew from Varnby to Tolvik": the end of a journey is a place as its start is.
/** "flew from Varnby to Tolvik": the end of a journey is a place as its start is. */
export const FROM_TO = /\bfrom\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+to\s+$/u;
// "converted to X", "practises X", "a convert to X": what one converts to or practises is a faith.
/** "converted to X", "practises X": what one converts to or practises is a faith. */
export const FAITH_BEFORE = /\b(?:convert(?:ed|s|ing)?\s+to|practi[sc](?:e|es|ed|ing))\s+$/u;
/** "during (the)" right before the name. */
export const DURING = /\bduring\s+(?:the\s+)?$/u;

/** An opening phrase ("Speaking to", "According to") right before the name, at the start of the sentence. */
export const OPENING_PHRASE =
  /^\s*(?:(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Rr]eporting)\s+(?:to|with|in|for)|[Ii]n\s+an\s+interview\s+with|[Aa]ccording\s+to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** A lower-case noun right after the name: the name modifies it ("his official Varnlink account"). */
export function namesNoun(after: string): boolean {
  if (!isSpaceCode(after.charCodeAt(0))) return false;
  const w = LOWER_WORD_AFTER.exec(after)?.[1];
  // (A bare verb cannot follow a name as its verb, so "account", an Infinitive to the lexicon, is the noun here; a
  // word in -s is more often the name's verb, "candidate Ardo Pell holds", than a plural it modifies.)
  if (!w || w.endsWith('s')) return false;
  const tags = lexiconTags(w);
  return tagsInclude(tags, NOUN_TAGS) && !tagsInclude(tags, NOT_NOUN_TAGS);
}

const LOWER_WORD_AFTER = /^\s+(\p{Ll}+)\b/u;
const NOUN_TAGS = ['Singular', 'Noun', 'Uncountable', 'Infinitive'];
/** Tags of a word that is no noun a name modifies (for one the lexicon also lists as a noun). */
export const NOT_NOUN_TAGS = [
  'PastTense',
  'PresentTense',
  'Copula',
  'Modal',
  'Adverb',
  'Preposition',
  'Conjunction',
];

const NEXT_WORDS = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u;

/** Followed by ", <known country or region>" as a city is. */
export function inKnownPlace(after: string): boolean {
  if (!after.startsWith(',')) return false;
  const m = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=[\s,.;:]|$)/u.exec(after);
  return !!m?.[1] && (knownPlace(m[1]) !== undefined || hasTag(m[1], 'Country', 'Region'));
}

/** What the noun the name modifies names: a place ("Varnholm district") or a thing or body ("Morvel film"), or none. */
export function modifiedNoun(after: string): 'place' | 'other' | undefined {
  // (NEXT_WORDS opens with white space.)
  if (!isSpaceCode(after.charCodeAt(0))) return undefined;
  const m = nextWords(after);
  // "Tolvashi last week": a time adverbial follows the name; it does not modify a noun.
  if (TIME_WORD.test(m?.[1] ?? '')) return undefined;
  // (The one or two words tested in place: no array and no callbacks, for most names.)
  const one = m?.[1] ?? '';
  const two = m?.[2] ?? '';
  if ((one !== '' && PLACE_WORDS.has(one)) || (two !== '' && PLACE_WORDS.has(two))) return 'place';
  const other = (w: string): boolean => w !== '' && (THING_WORDS.has(w) || ORG_WORDS.has(w));
  return other(one) || other(two) ? 'other' : undefined;
}

const TIME_WORD = /^(?:last|next|this|that|every|each)$/u;

// NEXT_WORDS' match of the text after the name last asked about: modifiedNoun, modifiedBody, modifiedGroup and
// modifiedVessel read it of the same name one after another (the match is only read).
let nextWordsOf: {after: string; match: RegExpExecArray | null} = {after: '', match: null};
function nextWords(after: string): RegExpExecArray | null {
  if (nextWordsOf.after !== after) nextWordsOf = {after, match: NEXT_WORDS.exec(after)};
  return nextWordsOf.match;
}

/** Whether the name modifies a body's noun ("the Varna union", "Varna party members"): ORG_WORDS. */
export function modifiedBody(after: string): boolean {
  if (!isSpaceCode(after.charCodeAt(0))) return false;
  const m = nextWords(after);
  return !!m && ORG_WORDS.has(m[1] ?? '');
}

/** Whether the name modifies a noun for a group that only a body is ("the Varna movement"): GROUP_BODY_NOUNS. */
export function modifiedGroup(after: string): boolean {
  if (!isSpaceCode(after.charCodeAt(0))) return false;
  const m = nextWords(after);
  return !!m && GROUP_BODY_NOUNS.has(m[1] ?? '');
}

/** Whether the noun the name modifies is a vessel's ("Varna supply vessel", "the Holm ferry"): VESSEL_WORDS. */
export function modifiedVessel(after: string): boolean {
  if (!isSpaceCode(after.charCodeAt(0))) return false;
  const m = nextWords(after);
  return !!m && (VESSEL_WORDS.has(m[1] ?? '') || VESSEL_WORDS.has(m[2] ?? ''));
}

// /\b(he|his|him|himself|she|her|herself|it|its|itself)\b/giu spelt without the `i` flag, which V8 compiles and
// runs about twice as slowly (half the instructions over the library's sentences): each letter as its case pair,
// "s" also as "ſ" (U+017F, which `iu` folds to it), and `\b` as the word characters of `iu` (those and the Kelvin
// sign) on neither side. The same matches on every text (the test walks every BMP character beside each word).
export const PRONOUN =
  /(?<![A-Za-z0-9_\u017F\u212A])([hH][eE]|[hH][iI][Ss\u017F]|[hH][iI][mM]|[hH][iI][mM][Ss\u017F][eE][lL][fF]|[Ss\u017F][hH][eE]|[hH][eE][rR]|[hH][eE][rR][Ss\u017F][eE][lL][fF]|[iI][tT]|[iI][tT][Ss\u017F]|[iI][tT][Ss\u017F][eE][lL][fF])(?![A-Za-z0-9_\u017F\u212A])/gu;
// The pronouns of the sentence last read, and the one after it: the names of one sentence are read one after
// another, and each looked for the first pronoun after it, re-scanning the rest of the sentence every time.
// (Kept by the two strings, the same objects for each name of a sentence, rather than by the text they make, which
// was built and compared whole for every name.)
let pronouns: {
  sentence: string;
  next: string;
  text: string;
  at: {index: number; word: string}[];
  /** The pronouns of `next` alone: the next sentence's own, when its names are read. */
  nextAt: {index: number; word: string}[];
} = {
  sentence: '',
  next: '',
  text: '',
  at: [],
  nextAt: [],
};

/** PRONOUN's matches in `text`: where each starts, and the word in lower case. */
function pronounsIn(text: string): {index: number; word: string}[] {
  return matchesOf(PRONOUN, text).map((m) => ({index: m.index, word: m[0].toLowerCase()}));
}

/** The first personal pronoun in the 240 characters after `end` (the sentence, a space, the next sentence). */
export function pronounAfter(sentence: string, next: string, end: number): string | undefined {
  if (pronouns.sentence !== sentence || pronouns.next !== next) {
    // The matches in the joined text are the sentence's and the next one's (moved past the space): no pronoun
    // spans the space, and the space beside a word reads as the text's end does. A sentence read after the one
    // before it was that one's `next`, whose pronouns are known: each text scanned once, not twice.
    const own = sentence === pronouns.next ? pronouns.nextAt : pronounsIn(sentence);
    const nextAt = pronounsIn(next);
    const at = own.slice();
    for (let i = 0; i < nextAt.length; i++) {
      const m = nextAt[i] as {index: number; word: string};
      at.push({index: m.index + sentence.length + 1, word: m.word});
    }
    pronouns = {sentence, next, text: `${sentence} ${next}`, at, nextAt};
  }
  const at = pronouns.at;
  for (let i = 0; i < at.length; i++) {
    const m = at[i] as {index: number; word: string};
    if (m.index < end) continue;
    if (m.index + m.word.length > end + 240) return undefined;
    // ("Varnco said in a statement, Ardo Pell would stay. His family…": a name opening a clause of its own in
    // between is nearer to the pronoun, which is then its, not this name's.)
    // (The joined text kept with the matches: not joined again, and flattened again, for every name.)
    return OTHER_SUBJECT.test(pronouns.text.slice(end, m.index)) ? undefined : m.word;
  }
  return undefined;
}

// A capitalised word, not opening a sentence, that a verb follows: the subject of another clause (after a comma,
// or reported: "The Varnby Sun reported Ardo Pell had been sick; his …").
const OTHER_SUBJECT =
  /(?:[,;:]|\b(?:reported|reports|said|says|announced|confirmed|stated|wrote)(?:\s+that)?)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:would|will|was|is|has|had|said|says|could|should|can|may|might|did|does)\b/u;

// The last 64 characters, from a space on.
/** The last 64 characters of the text before a name, from a space on. */
export function tail(before: string): string {
  if (before.length <= 64) return before;
  const cut = before.length - 64;
  const space = before.indexOf(' ', cut);
  return space < 0 ? '' : before.slice(space);
}

/** Words for a newspaper's schedule before its name ("Greek daily Kathimerini"). */
export const DAILY = new Set(['daily', 'weekly', 'broadsheet']);

// The lower-case word right before the name, with the spaces after it ("retailer" of "retailer Varnsby "), or ''
// (what PERSON_NOUN_BEFORE reads, by a scan from the end instead of a regex tried at every position).
/** The lower-case word right before the name ("retailer" of "retailer Varnsby "), or ''. */
export function lastWord(before: string): string {
  let e = before.length;
  while (e > 0 && isSpaceCode(before.charCodeAt(e - 1))) e--;
  if (e === before.length) return '';
  let s = e;
  while (s > 0 && !isSpaceCode(before.charCodeAt(s - 1))) s--;
  const m = PERSON_NOUN_BEFORE.exec(before.slice(s));
  return m?.[1] ?? '';
}

/**
 * True for a UTF-16 code unit that `\s` matches (JavaScript's white space and line terminators): the scans from a
 * name's end test every character, and a one-character string and a pattern per character cost more than the scan.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * "the village of Poolangudi", "the island of Grand Bahama", "the Greek island of Samos", "the small coastal town of
 * X": a lower-case noun for a kind of place (after at most two words that qualify it), "of", then the name: the name
 * is that place (a capitalised "City of" opens a body's name instead, and stays in the run).
 */
export function placeNounOf(before: string): boolean {
  // ("The port of New Kelmore reopened": the sentence's own "The" too.)
  const m = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+of\s+$/u.exec(before);
  // ("in the state of Serra Dourada": a state's noun only before "of", where "the state Senate" is no place's.)
  return !!m?.[1] && (PLACE_NOUNS.has(m[1]) || COMPASS_NOUNS.has(m[1]) || m[1] === 'state');
}

/**
 * A noun for a place stands beside the words at [at, end) of `sentence`: after them ("Sultan Varnak province") or
 * before them with "of" ("the province of Sultan Varnak"). Asked only of names a title word opens, which it then
 * opens as a place's name.
 */
export function placeNounBeside(sentence: string, at: number, end: number): boolean {
  const after = /^\s+(\p{Ll}+)\b/u.exec(sentence.slice(end, end + 30))?.[1];
  return (
    (after !== undefined && PLACE_NOUNS.has(after)) || placeNounOf(sentence.slice(Math.max(0, at - 40), at))
  );
}
