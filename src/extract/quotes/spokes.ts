// A body speaks through its spokesperson: "an Interpol spokesperson stated", "a spokesperson for the Harbour
// Authority said", and later "the spokesperson added" (GUIDE.md: a body is the speaker when the text says so).
import {startingIn} from './lookup.js';
import type {Mention} from './mentions.js';
import {alternation, SPOKES_NOUNS, WORD_END} from './vocabulary.js';

const SPOKES = alternation(SPOKES_NOUNS);
// "Interpol spokesperson", "Harbour Authority press spokesman": the noun right after the body's name.
const AFTER_BODY = new RegExp(`^\\s+(?:press\\s+)?(?:${SPOKES})${WORD_END}`, 'iu');
// "spokesperson for the Harbour Authority": the noun and a preposition right before it.
const BEFORE_BODY = new RegExp(`\\b(?:${SPOKES})\\s+(?:for|of|from|at)\\s+(?:the\\s+)?$`, 'iu');

/** True for a noun that names one who speaks for a body ("spokesperson"). */
export function isSpokesNoun(word: string): boolean {
  return SPOKES_NOUNS.includes(word.toLowerCase());
}

/** The body a spokesperson named in text[from, to) speaks for, if the phrase names one; the text is the paragraph, masked. */
export function spokesBody(
  mentions: readonly Mention[],
  text: string,
  from: number,
  to: number,
): Mention | undefined {
  return startingIn(mentions, from, to).find(
    (m) =>
      m.kind === 'organization' &&
      m.end <= to &&
      (AFTER_BODY.test(text.slice(m.end, to)) || BEFORE_BODY.test(text.slice(from, m.start))),
  );
}
