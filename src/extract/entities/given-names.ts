// Given names that are also common words: "Will Varner" (a modal), "Rich Pell" (an adjective), "Hope Hicks" (a
// noun). The run builder drops a capitalised function word or opener from the front of a name, and the classifier
// wants a known given name first; here the word before a surname-like word is read as a given name when the text
// says so: a capital mid-sentence, compromise knowing the word as a name too, or (decided over the whole article in
// entities.ts) the same two words or the surname alone used as a person elsewhere.
import {hasTag, isNameSwitch, lexiconTags, suffixGuess} from '../nlp.js';
import {FUNCTION_WORD_TAGS, GROUP_MEMBERS, MONTHS, NAME_PARTICLES, PERSON_NOUNS} from './cues.js';
import type {Token} from './tokens.js';
import {gapIsSpace, isCue, isFirstName, isInitialPosition, isTitle, knownPlaceOrRegion} from './words.js';

// Endings compromise reads as a part of speech other than a noun ("Varnic", "Holming"): not surnames.
const NOT_SURNAME_GUESS = new Set([
  'Adjective',
  'Adverb',
  'Gerund',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Participle',
  'Comparative',
  'Superlative',
  'Plural',
]);

// "Countries", "Awards": the plural of a word the lexicon knows, which the lexicon itself does not list.
function pluralOfKnownWord(w: string): boolean {
  if (!w.endsWith('s') || w.length < 4) return false;
  const stems = [
    w.slice(0, -1),
    w.endsWith('es') ? w.slice(0, -2) : '',
    w.endsWith('ies') ? `${w.slice(0, -3)}y` : '',
  ];
  return stems.some((s) => s.length > 2 && lexiconTags(s).length > 0 && !hasTag(s, 'LastName', 'FirstName'));
}

/**
 * True for a capitalised word that can be a surname: one in the lexicon, or an unknown word read as a noun. A
 * capital and an apostrophe may open it ("O'Neill", "D'Aubery"): no common word is spelt so.
 */
export function isSurnameLike(t: Token | undefined): boolean {
  if (!t || !t.cap || t.possessive || !/^(?:\p{Lu}['’](?=\p{Lu}))?\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(t.text))
    return false;
  if (/^\p{Lu}['’]\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return true;
  const w = t.text.toLowerCase();
  if (isTitle(t) || isCue(w) || knownPlaceOrRegion(t.text) || MONTHS.has(w) || GROUP_MEMBERS.test(w))
    return false;
  if (hasTag(w, 'LastName')) return true;
  if (lexiconTags(w).length > 0) return false;
  const guess = suffixGuess(w);
  return !(guess && NOT_SURNAME_GUESS.has(guess)) && !pluralOfKnownWord(w);
}

/**
 * How the first word of a run reads before a surname-like word: 'given' when it is a given name, 'maybe' when only
 * the rest of the article can tell (a sentence's first word), 'no' when it is not a candidate.
 */
export type LeadReading = 'given' | 'maybe' | 'no';

// A given name that is a common word is a noun ("Hope", "Faith"); adjectives and verbs open names of things
// ("Red Hat", "Former Trump adviser") unless compromise knows the word as a name too ("Rich", "Frank").
const NOUN_TAGS = new Set(['Singular', 'Noun', 'Uncountable']);

/** Reads the first word of `run` (in `text`, sentence `sentence`; the title is -1) as a given name or not. */
export function leadReading(text: string, sentence: number, run: readonly Token[]): LeadReading {
  // (Indexed, not destructured: this runs for every run, and destructuring an array steps its iterator in V8's
  // interpreter.)
  const a = run[0];
  const b = run[1];
  if (!a || !b || a.possessive || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || !gapIsSpace(text, a, b)) return 'no';
  // Known given names are names already; titles and months are something else.
  // "Van Biljon": a particle of a surname is no given name.
  // A word the lexicon does not know is no common word read as a given name: asked first, as it is the cheapest
  // answer and most capitalised words (names) have no tags.
  const tags = lexiconTags(a.text);
  if (tags.length === 0) return 'no';
  const lower = a.text.toLowerCase();
  if (
    isFirstName(a.text) ||
    isTitle(a) ||
    MONTHS.has(lower) ||
    NAME_PARTICLES.has(lower) ||
    !isSurnameLike(b)
  )
    return 'no';
  if (hasTag(a.text, 'LastName', 'Person', 'Place', 'Country', 'City', 'Demonym')) return 'no';
  const modal = hasTag(a.text, 'Modal');
  // Function words never open a name ("The Verge", "After Trump"); a modal may ("Will Varner").
  if (!modal && hasTag(a.text, ...FUNCTION_WORD_TAGS)) return 'no';
  const initial = isInitialPosition(text, a) || sentence < 0;
  // "Hicks", "Keysers" could as well be plurals ("Rich Countries", "Golden Awards"): alone they do not decide, a
  // person's noun before the words does ("aide Hope Hicks").
  const plural = /[^s]s$/u.test(b.text) && !hasTag(b.text, 'LastName');
  const noun = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(text.slice(0, a.start))?.[1] ?? '';
  const afterPersonNoun = PERSON_NOUNS.has(noun) || hasTag(noun, 'Actor');
  if (isNameSwitch(a.text)) return plural && !afterPersonNoun ? 'maybe' : 'given';
  if (modal) {
    // "Will Varner resign?": a modal opening a question. "Will Varner said": a modal's subject takes no tensed verb.
    if (/\?\W*$/u.test(text)) return 'no';
    const verb = /^\s+(\p{Ll}+)\b/u.exec(text.slice(b.end))?.[1] ?? '';
    if (hasTag(verb, 'PastTense') || /^(?:is|was|has|had|says|does)$/u.test(verb)) return 'given';
    // A modal is capitalised mid-sentence only as a name (headlines capitalise every word).
    return initial ? 'maybe' : 'given';
  }
  if (!tags.every((t) => NOUN_TAGS.has(t))) return 'no';
  // "aide Hope Hicks": a noun capitalised after a word for a person; elsewhere "Oracle Linux" is as likely.
  return afterPersonNoun && !initial ? 'given' : 'maybe';
}
