// Why a number in a sentence is not a key fact: the false positives of a naive "every number" extractor, as an
// ordered sieve of declared rules (skip-dates.ts, skip-names.ts). The first rule that recognises the number decides.
import type {NumberMention, Token} from '../numbers.js';
import type {SieveResult} from '../rules.js';
import {CODES_AND_TIMES, DATES_AND_AGES} from './skip-dates.js';
import {HEDGES} from './skip-hedges.js';
import {NAMES, NOT_COUNTS} from './skip-names.js';
import type {NumberContext, SkipReason, SkipRule} from './skip-rule.js';

export type {SkipReason} from './skip-rule.js';

/** Every skip rule of the facts stage, in the order the sieve runs them. */
export const SKIP_RULES: readonly SkipRule[] = [
  ...CODES_AND_TIMES,
  ...DATES_AND_AGES,
  ...NAMES,
  ...NOT_COUNTS,
  ...HEDGES,
];

/** The rule that leaves a number out of the key facts and its reason, or null when it may be one. */
export function skipRule(
  m: NumberMention,
  tokens: readonly Token[],
  text: string,
  titleValues: ReadonlySet<number> = new Set(),
  deathInTitle = false,
  obituary = false,
): SieveResult<SkipReason> | null {
  const c: NumberContext = {
    m,
    tokens,
    text,
    before: tokens[m.first - 1],
    before2: tokens[m.first - 2],
    after: tokens[m.last + 1],
    after2: tokens[m.last + 2],
    money: !!m.currency || !!m.percent || !!m.scaled,
    titleValues,
    deathInTitle,
    obituary,
  };
  // runSieve's loop over the rules' tests themselves: each number meets up to ~46 rules, and a call through each
  // rule's `apply` wrapper costs as much as many a test in V8's interpreter.
  for (let i = 0; i < SKIP_RULES.length; i++) {
    const rule = SKIP_RULES[i] as SkipRule;
    if (rule.test(c)) return {verdict: rule.reason, rule: rule.id};
  }
  return null;
}
