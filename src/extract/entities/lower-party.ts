// "the Democratic party", "the Liberal party": a party named by its adjective and a lower-case "party". The capitals
// end at the adjective, which alone is no name (no rule types "Democratic"); with its noun it is the party's name.
import {hasTag, lexiconTags, suffixGuess} from '../nlp.js';
import {isDemonym} from './gazetteer.js';
import type {Span} from './spans.js';

/** A word the lexicon or its ending reads as an adjective, or a people's word: a modifier of a noun, no noun. */
export const isModifierWord = (w: string): boolean =>
  hasTag(w, 'Adjective') || (lexiconTags(w).length === 0 && suffixGuess(w) === 'Adjective') || isDemonym(w);

// "the Democratic party" (and "party's"), not "the Democratic party leaders" or "party-goers": the noun ends the phrase.
const PARTY_AFTER = /^ party(?![\p{L}-])(?!\s+(?:leaders?|members?|officials?|lines?|politics|machine)\b)/u;

/**
 * Each one-word span right after a lower-case "the" that is a modifier and is followed by a lower-case "party"
 * becomes "X party" (mutated in place; most sentences name no party this way and return at once).
 */
export function withLowerParty(text: string, spans: Span[]): void {
  if (!text.includes(' party')) return;
  for (const s of spans) {
    if (s.words !== 1 || s.titles.length > 0 || !PARTY_AFTER.test(text.slice(s.end, s.end + 40))) continue;
    if (!/(?:^|\s)the\s$/u.test(text.slice(Math.max(0, s.start - 4), s.start)) || !isModifierWord(s.text))
      continue;
    s.text = `${s.text} party`;
    s.end += ' party'.length;
    s.words = 2;
  }
}
