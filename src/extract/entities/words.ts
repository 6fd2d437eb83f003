// Word tests shared by the run builder (runs.ts) and the title splitter (titles.ts).
import {hasTag, isOrgWord, isPlaceWord} from '../nlp.js';
import {ORG_WORDS, PLACE_WORDS, THING_WORDS, TITLES} from './cues.js';
import {knownPlace} from './gazetteer.js';
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

const PLURAL_TITLES = new Set([
  'presidents',
  'mayors',
  'justices',
  'professors',
  'ambassadors',
]);

/** True for a capitalised title word ("President", "Mr.", "Assemblywoman"). */
export function isTitle(t: Token): boolean {
  if (!t.cap) return false;
  const w = t.text.toLowerCase().replace(/\.$/, '');
  // "Assemblywoman", "Spokesperson": office words built on -woman/-person (-man ends surnames too: Berman).
  // "Presidents Buhari and Talon": the plural of an office title.
  return TITLES.has(w) || PLURAL_TITLES.has(w) || /^\p{L}{3,}(?:woman|person)$/u.test(w);
}

/** True for a word that marks an organization, a place or a thing. */
export function isCue(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_WORDS.has(w) || PLACE_WORDS.has(w) || THING_WORDS.has(w) || isOrgWord(w) || isPlaceWord(w);
}

/** True when only spaces (or a hyphen) separate two tokens. */
export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]*$/.test(text.slice(a.end, b.start)) || /^[-–]$/.test(text.slice(a.end, b.start));
}

/** True when the token opens its sentence, a quotation or a clause after a colon. */
export function isInitialPosition(text: string, t: Token): boolean {
  const before = text.slice(0, t.start);
  return /^[\s"“‘'([—–-]*$/.test(before) || /[“"‘(]\s*$/.test(before) || /[:;]\s*$/.test(before);
}

/** True for a country, capital or a place the lexicon knows. */
export function knownPlaceOrRegion(s: string): boolean {
  return knownPlace(s) !== undefined || hasTag(s, 'Country', 'City', 'Region');
}
