// Word tests shared by the run builder (runs.ts) and the title splitter (titles.ts).
import {hasAnyTag, hasTag, isNameSwitch, isOrgWord, isPlaceWord, lexiconTags, suffixGuess} from '../nlp.js';
import {NOT_NAME_WORDS, ORG_WORDS, PERSON_NOUNS, PLACE_WORDS, THING_WORDS, TITLES} from './cues.js';
import {isSpaceCode} from './context-words.js';
import {knownPlace} from './gazetteer.js';
import {oneEditApart} from './spelling.js';
import type {Token} from './tokens.js';

/** Kinship and similar words: titles only in fixed uses ("Father", "Sister" for clergy are in TITLES). */
export const KIN = new Set([
  'son',
  'daughter',
  'wife',
  'husband',
  'boyfriend',
  'girlfriend',
  'partner',
  'uncle',
  'aunt',
  'cousin',
  'nephew',
  'niece',
  'grandson',
  'granddaughter',
  'mother',
  'brother',
  'model',
  'driver',
  'runner',
]);

// Prefixes that make an office of a title word after a hyphen ("ex-President", "Under-Secretary", "Co-Chair").
const TITLE_PREFIXES = new Set(['ex', 'under', 'co']);

const PLURAL_TITLES = new Set(['presidents', 'mayors', 'justices', 'professors', 'ambassadors']);

/**
 * "Justices" of "Justices Rui Tavares and Inês Barros": the title of each one named after a plural title, as written
 * ("Justice"); undefined for a word that is no plural title.
 */
export function singularTitle(word: string): string | undefined {
  return PLURAL_TITLES.has(word.toLowerCase()) ? word.slice(0, -1) : undefined;
}

/** True for a capitalised title word ("President", "Mr.", "Assemblywoman"). */
export function isTitle(t: Token): boolean {
  if (!t.cap) return false;
  // Asked of the same words many times a sentence (runs, spans, names): one look-up per written word.
  let title = titleCache.get(t.text);
  if (title === undefined) {
    if (titleCache.size > 50_000) titleCache.clear();
    title = isTitleWord(t.text);
    titleCache.set(t.text, title);
  }
  return title;
}

const titleCache = new Map<string, boolean>();

function isTitleWord(text: string): boolean {
  // "President-elect": an office not yet taken is still a title.
  const w = text
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/-elect$/u, '');
  // "Assemblywoman", "Spokesperson": office words built on -woman/-person (-man ends surnames too: Berman).
  // "Presidents Holm and Virk": the plural of an office title.
  return (
    TITLES.has(w) ||
    PLURAL_TITLES.has(w) ||
    /^\p{L}{3,}(?:woman|person)$/u.test(w) ||
    isCompoundTitle(w) ||
    misspeltTitle(w)
  );
}

// "Represenative Adam Schiff": a long word the lexicon lacks, one slip from a long title, is that title misspelt
// (no common word or surname is spelt so close to "representative" or "commissioner").
const LONG_TITLES = [...TITLES].filter((t) => t.length >= 10 && /^\p{Ll}+$/u.test(t));
function misspeltTitle(w: string): boolean {
  if (w.length < 10 || !/^\p{Ll}+$/u.test(w) || lexiconTags(w).length > 0) return false;
  return LONG_TITLES.some((t) => oneEditApart(w, t));
}

/**
 * "Secretary-General", "Vice-President", "ex-President", "Under-Secretary-General", "Co-Chair": an office written
 * with a hyphen, each part a title word (or a prefix of rank before them). Not "Saint-Denis": a name after a title
 * word is a place's or a person's.
 */
export function isCompoundTitle(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.toLowerCase().split('-');
  if (parts.length < 2) return false;
  return parts.every((p, i) => TITLES.has(p) || (i === 0 && TITLE_PREFIXES.has(p)));
}

/** True for a word that marks an organization, a place or a thing. */
export function isCue(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_WORDS.has(w) || PLACE_WORDS.has(w) || THING_WORDS.has(w) || isOrgWord(w) || isPlaceWord(w);
}

/** True when only spaces (or a hyphen) separate two tokens. */
export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  // /^[ \u00a0]*$/ or /^[-–]$/ of the gap, read in place: asked for most pairs of neighbouring words a run looks at,
  // where the two slices and two pattern objects a call cost more than the gap's one or two characters.
  const from = a.end;
  const to = b.start;
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 0x20 || c === 0xa0 || c === 0x2d || c === 0x2013;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

// What may stand before a sentence's first word: white space, quotation marks, brackets and dashes.
const OPENING_MARKS = /^[\s"“‘'([—–-]*$/;

/** True when the token opens its sentence, a quotation or a clause after a colon. */
export function isInitialPosition(text: string, t: Token): boolean {
  // /[“"‘(]\s*$/ and /[:;]\s*$/ of the text before the token, read back from its start past the white space: the
  // patterns were tried at every position of that text (asked for most names, from the sentence's start).
  let e = t.start;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x28 || c === 0x3a || c === 0x3b) return true;
  }
  const before = text.slice(0, t.start);
  return (
    OPENING_MARKS.test(before) ||
    // ("FAIRHAVEN — Police arrested", "KELBY, Varnia (AP) — The": the first word after a wire dateline.)
    DATELINE_BEFORE.test(before)
  );
}

const DATELINE_BEFORE =
  /^\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+(?:,[A-Za-zÀ-ÿ .'’-]{2,30})?(?:\s*\([^()]{1,30}\))?\s*(?:—|–|--?)\s*$/;

/** True for a country, capital or a place the lexicon knows. */
export function knownPlaceOrRegion(s: string): boolean {
  return knownPlace(s) !== undefined || hasAnyTag(s, PLACE_TAGS);
}

// (Lists made once: hasTag's rest parameter is an array made at every call.)
const PLACE_TAGS: readonly string[] = ['Country', 'City', 'Region'];
const GIVEN_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];

/** True for a word the lexicon knows as a given name ("Jared", "Hope"). */
export function isFirstName(word: string): boolean {
  return hasAnyTag(word, GIVEN_NAME_TAGS);
}

// "Afterwards", "Separately": an adverb the lexicon lacks, by the ending compromise's tagger reads it from. An "-ly"
// word must be built on a word the lexicon knows ("separate"), which given names ending in -ly ("Beverly") are not.
/** True for a word the lexicon lacks that its ending shows to be an adverb. */
export function isGuessedAdverb(word: string): boolean {
  if (suffixGuess(word) !== 'Adverb') return false;
  const w = word.toLowerCase();
  if (!w.endsWith('ly')) return true;
  const stem = w.slice(0, -2);
  return [stem, `${stem}e`, stem.replace(/i$/u, 'y'), stem.replace(/al$/u, '')].some(
    (b) => b.length > 2 && lexiconTags(b).length > 0 && !hasTag(b, ...NAME_TAGS),
  );
}

/** True for a plural common noun ("Advisors", "Relations"): in the lexicon as one, or by its ending when unknown. */
export function isPluralNoun(word: string): boolean {
  if (!/^\p{Lu}?\p{Ll}+$/u.test(word) || hasTag(word, ...NAME_TAGS)) return false;
  return hasTag(word, 'Plural') || suffixGuess(word) === 'Plural';
}

/**
 * "Ababel Yeshaneh", "Asefa Mengstu": two to four words shaped as a personal name, each either unknown to the
 * lexicon or known only as a name, none an institution's, a place's or a title word.
 */
export function isNameShaped(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || knownPlaceOrRegion(text)) return false;
  // (A first word the lexicon reads as a name or a common word, "Leo", "Faith", "Frank", opens a name as well.)
  return words.every(
    (w, i) =>
      /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(w) &&
      (i === 0 && isNameSwitch(w) ? !knownPlaceOrRegion(w) : nameShapedWord(w)),
  );
}

// Endings compromise reads as a verb or an adjective ("Confederated", "Salish") are not names'.
// (Not on a word of four letters or fewer, mostly ending: "Ric" is no adjective in -ic.)
const guessed = (w: string) =>
  w.length > 4 && /^(?:Adjective|PastTense|Gerund|Adverb|Plural)$/u.test(suffixGuess(w) ?? '');

// One word of a name for isNameShaped: unknown to the lexicon or known only as a name, and no cue's.
function nameShapedWord(w: string): boolean {
  return (
    !NOT_NAME_WORDS.has(w.toLowerCase()) &&
    !TITLES.has(w.toLowerCase().replace(/s$/u, '')) &&
    !PERSON_NOUNS.has(w.toLowerCase().replace(/s$/u, '')) &&
    !(lexiconTags(w).length === 0 && guessed(w)) &&
    !isCue(w) &&
    !knownPlaceOrRegion(w) &&
    (lexiconTags(w).length === 0 || hasTag(w, 'FirstName', 'MaleName', 'FemaleName', 'LastName')) &&
    !hasTag(w, 'Place', 'Country', 'City', 'Region', 'Organization')
  );
}

const NICKNAME_INSIDE = /\s["“][^"”]*["”](?=\s)/gu;
/**
 * A name's text without a nickname in quotation marks inside it ('Jesús "Chuy" Ramírez Soto' → "Jesús Ramírez
 * Soto"), which runs.ts joins across; most names hold no quotation mark and come back as they are.
 */
export function withoutNickname(text: string): string {
  return text.includes('"') || text.includes('“') ? text.replace(NICKNAME_INSIDE, '') : text;
}
