// Scores a number by what a reader wants first: deaths and totals before details, the lead before the tail.
import type {NumberMention, Token} from '../numbers.js';
import {TOTALS} from './cues.js';
import type {FactKind} from './units.js';

/** Base weight of each kind of fact. */
export const KIND_WEIGHT: Record<FactKind, number> = {
  casualty: 10,
  affected: 8,
  money: 8,
  vote: 8,
  percent: 7,
  people: 7,
  count: 6,
  measure: 5.5,
  duration: 5,
  detail: 2,
};

/** Lowest score a fact needs to be listed: below it are details far from the lead. */
export const MIN_SCORE = 4.5;

/** Fewest facts a fact box should show when the article has them: details fill up to this many. */
export const MIN_FACTS = 5;

/** Below this even a short list leaves a number out: a detail far from the lead. */
export const FLOOR_SCORE = 2;

/** Most facts listed. */
export const MAX_FACTS = 12;

/** What the score of one number depends on besides its kind. */
export interface ValueContext {
  /** Position of the sentence in the article (0-based). */
  index: number;
  /** Numbers the title states. */
  titleValues: ReadonlySet<number>;
}

/** Score of one number: its kind, the lead prior, totals, the headline, and a discount inside quotations. */
export function scoreValue(
  m: NumberMention,
  kind: FactKind,
  tokens: readonly Token[],
  text: string,
  ctx: ValueContext,
): number {
  let score = KIND_WEIGHT[kind] + 4 * Math.pow(0.75, ctx.index);
  const before = tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => t.text.toLowerCase());
  if (before.some((w) => TOTALS.has(w)) || (before.includes('than') && before.includes('more'))) score += 1;
  if (ctx.titleValues.has(m.value)) score += 3;
  // Quoted speech and first-person interview answers ("I think we were like ten people") are anecdote more
  // often than fact.
  if (insideQuote(text, m.start)) score -= 1.5;
  else if (/\b(?:I|we|We|my|My|our|Our)\b/.test(text)) score -= 0.75;
  if (
    kind === 'duration' &&
    /^\W*\s*(?:ago|earlier|later)\b/i.test(text.slice(m.end).replace(/^\s*\p{L}+/u, ''))
  )
    score -= 2;
  return score;
}

// Inside a quotation when an odd number of double quotation marks open before the number.
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curlyOpen = (before.match(/“/g) ?? []).length;
  const curlyClose = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curlyOpen > curlyClose || straight % 2 === 1;
}
