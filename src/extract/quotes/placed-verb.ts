// The speaker's verb after a quote: a listed speech verb, or any finite verb where the quote's shape places one
// ("“…,” Ada Brill fumed.").
import type {QuoteContext} from './context.js';
import {endsPassive, listedVerbEnd} from './listed-verb.js';
import {isFiniteVerb} from './words.js';
import {alternation, SUBJECT_PRONOUNS} from './vocabulary.js';

const PRONOUN_ALT = alternation(SUBJECT_PRONOUNS);
const HAS_WORD = /[\p{L}\p{N}]/u;
const LOWER_NEXT = /^\s+\p{Ll}/u;

// A listed speech verb opening a text, after an aside ("Renn, a former teacher, said") and one auxiliary or adverb.
// The name may first be placed by a phrase of where they work ("Renn of the harbour office told"), of at most
// eight words none of which opens a clause of its own ("Renn of the group that said" is the group's clause): read
// word by word (listed-verb.ts: listedVerbEnd, and endsPassive for "was told by").
// Any word there, for a verb known by its place; "was told by" is a passive, whose subject did not speak.
const PLACED_VERB = /^(?:,\s*[^,]{1,80},)?\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b(?!\s+by\b)/u;

/**
 * True when the quote's shape says the words after it are its attribution, so that any verb there is how it was
 * said ("“…,” Ada Brill fumed."): the quote opens its sentence and ends in a comma (the sentence goes on), or in
 * "?"/"!" followed by a lower-case word ("“…?” she scoffed").
 */
export function placesVerb(ctx: QuoteContext): boolean {
  if (HAS_WORD.test(ctx.masked.slice(ctx.sentenceStart, ctx.open))) return false;
  const inside = ctx.last ?? '';
  const next = ctx.masked.slice(ctx.close + 1, ctx.close + 40);
  if (/,$/u.test(inside) || /^\s*,/u.test(next)) return true;
  return /[?!]$/u.test(inside) && LOWER_NEXT.test(next);
}

const PLACED_PRONOUN = new RegExp(
  `^[\\s,;:—–-]*(${PRONOUN_ALT})\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)\\b(?!\\s+by\\b)`,
  'iu',
);

/** "“…,” she shrugged.": a pronoun and any finite verb after a quote whose shape places a verb there. */
export function placedPronoun(ctx: QuoteContext, after: string): string | undefined {
  const p = PLACED_PRONOUN.exec(after);
  return p?.[2] && isFiniteVerb(p[2]) && placesVerb(ctx) ? p[1] : undefined;
}

/**
 * The end of the speaker's verb opening `text` (its length up to there), or -1: a listed speech verb, or, where
 * the quote's shape places a verb (placesVerb), any finite verb ("reminisced", "shrugged").
 */
export function verbEnd(text: string, anyVerb: boolean): number {
  const listed = listedVerbEnd(text);
  // "Renn was told by the inspector": a passive's subject heard the words ("was saying" still speaks).
  if (listed >= 0) return endsPassive(text.slice(0, listed)) ? -1 : listed;
  if (!anyVerb) return -1;
  const placed = PLACED_VERB.exec(text);
  return placed?.[1] && isFiniteVerb(placed[1]) ? placed[0].length : -1;
}
