// "In the words of the club's chairman, Howard Finch, “…”", "In Mayor Ruth Fenwick's words, “…”", "In his words,
// “…”": a phrase naming whose words the quote is, set off before it, with no speech verb in the sentence.
import {startingIn} from './lookup.js';
import type {QuoteCase, SpeakerVerdict} from './sieves.js';

// The phrase ends right before the opening mark (a comma, a colon or nothing between); group 1: what "the words of"
// names, group 2: a pronoun's words ("his", "her", "its", "their").
const IN_WORDS =
  /(?:^|[,;:]\s*|\s)In\s+(?:the\s+(?:own\s+)?words\s+of\s+([^.;:!?]{1,80}?)|[^.;:!?,]{1,60}?['’]s?\s+(?:own\s+)?words|(his|her|its|their)\s+(?:own\s+)?words)\s*[,:]?\s*$/u;
const PRONOUN: Readonly<Record<string, string>> = {his: 'he', her: 'she', its: 'it'};

/**
 * The one whose words a quote is, by a phrase "In the words of X," / "In X's words," / "In his words," right before
 * its opening mark: the last person or body that phrase names, or the one the pronoun stands for.
 */
export function inWordsOf(c: QuoteCase): SpeakerVerdict | undefined {
  const head = c.masked.slice(c.sentenceStart, c.span.open);
  const m = IN_WORDS.exec(head);
  if (!m) return undefined;
  const at = c.sentenceStart + m.index;
  const pronoun = m[2]?.toLowerCase();
  if (pronoun) {
    const wanted = PRONOUN[pronoun];
    return wanted ? {speaker: c.resolvePronoun(wanted, c.paragraph, at)} : undefined;
  }
  const named = startingIn(c.here, at, c.span.open);
  const last = named[named.length - 1];
  return last ? {speaker: last.name} : undefined;
}
