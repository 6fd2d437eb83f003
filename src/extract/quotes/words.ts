// Words known by their form or the lexicon. Verbs, for the places where the sentence's shape already says a verb of speech must stand:
// in "“…,” Ada Brill fumed." the word after the speaker is how she said it, whatever the word. A list of speech verbs
// misses most of them on news it was not written from ("reminisced", "shrugged", "beamed"); the position does not.
import {lexiconTags, suffixGuess} from '../nlp.js';
import {PERSON_NOUNS, TITLES} from './vocabulary.js';

// Forms of "be"/"have" and modals: a speaker's verb is never one of them ("“…,” Brill was quoted" says no more).
const NOT_SPEECH_TAGS = ['Copula', 'Auxiliary', 'Modal'];

/** Cache of verdicts per word: the same few words recur in every article. */
const cache = new Map<string, boolean>();

/**
 * True for a lower-case word that is a finite verb, past or present tense: by the lexicon ("took", "smiled",
 * "insists"), or, for a word it lacks, by a past-tense ending ("fumed", "reminisced", "shrugged").
 */
export function isFiniteVerb(word: string): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    v = finite(word);
    cache.set(word, v);
  }
  return v;
}

const LOWER_WORD = /^\p{Ll}{2,}$/u;
const PAST_ENDING = /\p{Ll}{2}ed$/u;

function finite(word: string): boolean {
  if (!LOWER_WORD.test(word)) return false;
  const tags = lexiconTags(word);
  if (tags.some((t) => NOT_SPEECH_TAGS.includes(t))) return false;
  if (tags.includes('PastTense') || tags.includes('PresentTense')) return true;
  if (tags.length > 0) return false;
  return PAST_ENDING.test(word) || suffixGuess(word) === 'PastTense';
}

/** True for a noun naming a person by what they are or do ("professor", "governor", "witness"): never a body or a document. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || TITLES.has(w) || lexiconTags(w).includes('Actor');
}
