// A number inside the subject of a verb of change describes what changed, not how much: "inflation in the 20
// countries that use the euro fell to 2.1%" measures 2.1%, and the 20 only says where.
import type {NumberMention, Token} from '../numbers.js';
import {lower} from './checks.js';
import {CHANGE_VERBS} from './vocabulary.js';

// Words that may stand between a verb of change and its value ("fell to", "rose by", "stood at", "edged up to").
const VALUE_LEADS = new Set([
  'to',
  'by',
  'at',
  'up',
  'down',
  'back',
  'a',
  'an',
  'about',
  'nearly',
  'almost',
  'some',
]);

/**
 * Whether `other`, before the fact's best number, stands in the subject of the verb of change the best number is
 * the value of: the same clause (no comma, colon or dash between them) and the verb just before the best number.
 */
export function inChangedSubject(
  tokens: readonly Token[],
  other: NumberMention,
  best: NumberMention,
): boolean {
  if (other.last >= best.first) return false;
  let k = best.first - 1;
  while (k > other.last && VALUE_LEADS.has(lower(tokens[k]))) k--;
  if (k <= other.last || !CHANGE_VERBS.has(lower(tokens[k]))) return false;
  return tokens.slice(other.last + 1, k).every((t) => !/^[,;:()“”"—–]$/.test(t.text));
}
