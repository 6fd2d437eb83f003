// Skip rules for numbers that are supposed, not stated: counterfactuals ("would have been more than a thousand"),
// conditions ("if two-thirds of the senators vote") and modal guesses inside quotation marks.
import type {Token} from '../numbers.js';
import {lower} from './checks.js';
import {insideQuote} from './rank.js';
import {rule, type NumberContext, type SkipRule} from './skip-rule.js';
import {CONDITIONALS, MODALS} from './vocabulary.js';

const BOUNDS = new Set([',', ';', ':', '(', ')', '“', '”', '"', '—']);

// The number whose clause `clauseBefore` read last, and its words: the three rules below ask in turn about the same
// number, which the sieve passes to each as one object.
let lastContext: NumberContext | undefined;
let lastFirst = -1;
let lastWords: readonly string[] = [];

// The words of the number's clause before it, lower-cased: back to the nearest comma, bracket, dash or quotation mark.
function clauseBefore(c: NumberContext): readonly string[] {
  if (c === lastContext && c.m.first === lastFirst) return lastWords;
  const out: string[] = [];
  for (let k = c.m.first - 1; k >= 0; k--) {
    const t = c.tokens[k] as Token;
    if (t.kind === 'sym' && BOUNDS.has(t.text)) break;
    if (t.kind === 'word') out.push(lower(t));
  }
  out.reverse();
  lastContext = c;
  lastFirst = c.m.first;
  lastWords = out;
  return out;
}

/** Every hedge rule of the facts stage, in the order they run. */
export const HEDGES: readonly SkipRule[] = [
  rule(
    'counterfactual',
    'a modal with "have" before the number in its clause states what did not happen',
    'He said the toll would have been more than a thousand without the shelters.',
    (c) => {
      const words = clauseBefore(c);
      return words.some((w, i) => MODALS.has(w) && ['have', '’ve', "'ve"].includes(words[i + 1] ?? ''));
    },
    'hypothetical',
  ),
  rule(
    'conditional',
    'a number inside an "if" or "unless" clause is a supposition',
    'Officials can be removed from office if two-thirds of the senators vote for removal.',
    (c) => clauseBefore(c).some((w) => CONDITIONALS.has(w)),
    'hypothetical',
  ),
  rule(
    'quoted-modal',
    'inside quotation marks, a number after would, could, might, may or should is an opinion or a guess',
    '“There could be 40 more cars out there,” she said.',
    (c) => insideQuote(c.text, c.m.start) && clauseBefore(c).some((w) => MODALS.has(w)),
    'hypothetical',
  ),
];
