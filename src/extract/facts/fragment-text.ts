// A fact's text cut down to a few words and no verb ("Ten years later", "Six of the murders", "the ten-storey
// building") tells a reader nothing of what happened: like a year's text that does not read as a statement
// (dated-text.ts), a short sentence is shown whole instead.
import {tokenize} from '../numbers.js';
import type {SieveRule} from '../rules.js';
import {isFiniteVerb} from './clause.js';
import {MAX_DATED_SENTENCE} from './dated-text.js';

/** Most words of a cut text the fragment rule reads as a fragment. */
export const MAX_FRAGMENT_WORDS = 4;

/** What the fragment rule reads: the fact's cut text and its sentence without the final stop. */
export interface FragmentContext {
  text: string;
  whole: string;
}

// The words of a text with a letter or digit, as `text.split(/\s+/u)` cuts them: one match from the first letter or
// digit of each run of non-space to its end, so one call of the pattern for the text, not a call for every word
// (this counts every candidate fact's text and sentence).
const WORD_WITH_LETTER = /[\p{L}\p{N}]\S*/gu;
const wordCount = (text: string): number => text.match(WORD_WITH_LETTER)?.length ?? 0;
const showsVerb = (text: string) => tokenize(text).some((t) => isFiniteVerb(t));

/** The rule that shows a short sentence whole for a fact whose cut text is a verbless fragment. */
export const FRAGMENT_RULES: readonly SieveRule<FragmentContext, 'whole'>[] = [
  {
    id: 'fragment-whole-sentence',
    description: `a fact text of at most ${MAX_FRAGMENT_WORDS} words showing no finite verb is shown as its whole sentence, when that has at most ${MAX_DATED_SENTENCE} words and a verb`,
    example: 'Ten years later, she led the first crew of the Varn station.',
    apply: (c) =>
      wordCount(c.text) <= MAX_FRAGMENT_WORDS &&
      c.whole !== c.text &&
      !showsVerb(c.text) &&
      wordCount(c.whole) <= MAX_DATED_SENTENCE &&
      showsVerb(c.whole)
        ? 'whole'
        : undefined,
  },
];
