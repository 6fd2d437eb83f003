// What the readers of a quote's own sentence share: the quote's place in its paragraph, the mentions around it, and
// the answer they give (who spoke, and by what cue).
import {firstStartingIn} from './lookup.js';
import type {Gender, Mention} from './mentions.js';

/**
 * How the quote's own sentence gives its speaker: a name, a pronoun, a title ("the mayor"), an unnamed phrase
 * ("a witness"), or a speech verb with no subject at all. Each is its own sieve, measured on its own.
 */
export type Cue = 'name' | 'pronoun' | 'title' | 'unnamed' | 'no-subject';

/** Who a quote's own sentence says spoke it. `found` false means the sentence names no speaker at all. */
export interface Attribution {
  found: boolean;
  speaker: string | null;
  /** What in the sentence gave the speaker. */
  how?: Cue;
  /** For an unnamed speaker "the <noun>" whom no one in the article is named as ("the professor said"): the noun. */
  role?: string;
  /** Offset in the paragraph of the speech verb, so short quotes can be checked for being its object. */
  verbAt?: number;
}

/** Everything attribution needs to know about one quote's paragraph. */
export interface QuoteContext {
  paragraph: number;
  /** The paragraph with every quotation's words (marks included) blanked out, so offsets still line up. */
  masked: string;
  /** Start and end of the quote's sentence within the paragraph. */
  sentenceStart: number;
  sentenceEnd: number;
  open: number;
  close: number;
  /** The people and organizations named in this paragraph, in order of offset. */
  mentions: readonly Mention[];
  resolvePronoun: (pronoun: string, paragraph: number, at: number) => string | null;
  /** "the commissioner" → the person last named with that role ("commissioner Albert Muchanga"), if any. */
  resolveRole?: (noun: string, paragraph: number, at: number) => string | null;
  /**
   * "the Portuguese forward said", "the Scot said": an epithet no one is given as a role stands for the one person the
   * latest sentence naming anyone (in this paragraph or the one before) names, if it names one alone; for an age
   * ("the 24-year-old"), not one the text gives another age; for a nationality ("the Colombian"), first the person
   * the article describes by that nation ("Colombia's Julián Arboleda").
   */
  resolveEpithet?: (
    paragraph: number,
    at: number,
    adjacent?: boolean,
    age?: string,
    nation?: string,
  ) => string | null;
  /** The quote closes its clause (“…,” / “…?”), as one does before its speaker follows it. */
  closesClause?: boolean;
  /** The quote's last character (“…,” → ","): whether the sentence goes on after it. */
  last?: string;
}

/** Pronoun → the gender it points to. */
export function pronounGender(p: string): Gender | 'it' {
  const w = p.toLowerCase();
  return w === 'he' ? 'm' : w === 'she' ? 'f' : w === 'it' ? 'it' : null;
}

/** The first mention starting in [from, to) of the quote's paragraph. */
export function mentionStarting(ctx: QuoteContext, from: number, to: number): Mention | undefined {
  return firstStartingIn(ctx.mentions, from, to);
}
