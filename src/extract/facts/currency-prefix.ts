// Currencies written as letters before an amount ("Sh1.2 billion", "Rp 14 billion", "Rs. 20 crore", "R5 billion"):
// regional press abbreviates its currency this way, glued to the digits or spaced, where a wire writes a sign.
import type {Token} from '../numbers.js';
import {CURRENCY_PREFIXES, SCALED_PREFIXES} from './currency.js';

const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion']);
const SCALE_SUFFIXES = new Set(['k', 'm', 'mn', 'bn', 'b', 'tn']);

/** Whether the token after the digits at `i` scales them ("billion", glued "bn"). */
function scaledAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word') return false;
  const word = next.lower;
  return next.gap ? SCALE_WORDS.has(word) : SCALE_SUFFIXES.has(word);
}

/**
 * The currency named by the letters before the digits at token `i`, and the index of the first of them: a listed
 * abbreviation as written, glued, spaced or with a full stop ("Rs. 20"); a single capital glued to digits that a
 * scale follows ("R5 billion", "P2.4bn"). Letters glued to a word or digits before them are part of a code.
 */
export function currencyPrefix(
  tokens: readonly Token[],
  i: number,
): {currency: string; first: number} | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  const dotted = prev.text === '.';
  const first = dotted ? i - 2 : i - 1;
  const word = tokens[first];
  if (!word || word.kind !== 'word' || (dotted && prev.gap)) return undefined;
  const before = tokens[first - 1];
  if (before && !word.gap && before.kind !== 'sym') return undefined;
  const listed = CURRENCY_PREFIXES[word.text];
  if (listed) return {currency: listed, first};
  const single = SCALED_PREFIXES[word.text];
  if (single && !dotted && !(tokens[i] as Token).gap && scaledAt(tokens, i)) return {currency: single, first};
  return undefined;
}
