// Which of the scored facts make the fact box: declared list rules over the candidates, best first.
import type {Fact, FactValue} from '../types.js';
import {runSieve, type SieveRule} from '../rules.js';
import {FLOOR_SCORE, MAX_FACTS, MIN_FACTS, MIN_SCORE} from './rank.js';

/**
 * Strong facts outside quotation marks after which a first-person quote's number is left out of the box: two thirds
 * of a full box. Below that, an interview's numbers are often its only facts, and stay.
 */
export const QUOTES_OUT_AFTER = 8;

/** A fact before selection: its score, its sentence's position, and the rules behind it so far. */
export interface Candidate {
  fact: Fact;
  score: number;
  index: number;
  rules: string[];
  /** Whether its best number stands inside quotation marks in a first-person sentence: someone's own account,
   * shown as a quote. */
  quoted: boolean;
}

/** What the list rules read about one candidate, in ranked order. */
export interface ListContext {
  c: Candidate;
  /** The candidate's values that no better fact states. */
  fresh: readonly FactValue[];
  /** How many candidates above the floor score at least MIN_SCORE. */
  strong: number;
  /** Position among the candidates that passed the floor and were not repeats (0-based). */
  rank: number;
  /** How many candidates above the floor score at least MIN_SCORE outside quotation marks. */
  plain: number;
  /** How many facts are listed already. */
  listed: number;
  /** Which pass runs: repeats and the floor first, then the size of the box. */
  pass: 'filter' | 'box';
}

/** Every list rule of the facts stage, in the order they run. */
export const LIST_RULES: readonly SieveRule<ListContext, 'skip'>[] = [
  {
    id: 'below-floor',
    description: 'a detail far from the lead (score below FLOOR_SCORE) is never listed',
    example: 'I think we met in a ten-storey building (far from the lead).',
    apply: (x) => (x.pass === 'filter' && x.c.score < FLOOR_SCORE ? 'skip' : undefined),
  },
  {
    id: 'repeats-a-value',
    description: 'the same number with the same unit is one fact: its best-ranked statement stays',
    example: 'At a news conference, officials said 12 people had died (after "killed 12 people").',
    apply: (x) => (x.pass === 'filter' && x.fresh.length === 0 ? 'skip' : undefined),
  },
  {
    id: 'detail-among-many',
    description: 'below MIN_SCORE a fact is a detail, left out when the article has MIN_FACTS stronger ones',
    example: 'Later the mayor visited a ten-storey building nearby to talk to residents.',
    apply: (x) => (x.pass === 'box' && x.strong >= MIN_FACTS && x.c.score < MIN_SCORE ? 'skip' : undefined),
  },
  {
    id: 'short-box-fill',
    description: 'an article with few strong facts shows its best MIN_FACTS, details included, and no more',
    example: 'They printed an eight-page report.',
    apply: (x) => (x.pass === 'box' && x.strong < MIN_FACTS && x.rank >= MIN_FACTS ? 'skip' : undefined),
  },
  {
    id: 'quote-among-many',
    description:
      'a number inside quotation marks in a first-person sentence is a quote’s words, left out of the fact box when the article has QUOTES_OUT_AFTER strong facts outside quotes',
    example: '“We have moved 900 families out,” the mayor said (beside five reported tolls and sums).',
    apply: (x) => (x.pass === 'box' && x.c.quoted && x.plain >= QUOTES_OUT_AFTER ? 'skip' : undefined),
  },
  {
    id: 'box-full',
    description: 'a fact box lists at most MAX_FACTS facts',
    example: 'Officials counted 14 damaged cars on street corners (the 13th such sentence).',
    apply: (x) => (x.pass === 'box' && x.listed >= MAX_FACTS ? 'skip' : undefined),
  },
];

const key = (v: FactValue): string => `${v.value}|${v.unit.toLowerCase().replace(/s$/, '')}`;

/**
 * Splits ranked candidates into the listed facts (best first, each keeping only the values no better fact states)
 * and the dropped ones with the rule that dropped each.
 */
export function selectFacts(ranked: readonly Candidate[]): {
  listed: Candidate[];
  dropped: {c: Candidate; rule: string}[];
} {
  const dropped: {c: Candidate; rule: string}[] = [];
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const fresh = c.fact.values.filter((v) => !seen.has(key(v)));
    const ctx: ListContext = {c, fresh, strong: 0, plain: 0, rank: kept.length, listed: 0, pass: 'filter'};
    const skip = runSieve(LIST_RULES, ctx);
    if (skip) {
      dropped.push({c, rule: skip.rule});
      continue;
    }
    for (const v of c.fact.values) seen.add(key(v));
    kept.push({...c, fact: {...c.fact, values: fresh}});
  }
  const strong = kept.filter((c) => c.score >= MIN_SCORE).length;
  const plain = kept.filter((c) => c.score >= MIN_SCORE && !c.quoted).length;
  const listed: Candidate[] = [];
  kept.forEach((c, rank) => {
    const skip = runSieve(LIST_RULES, {
      c,
      fresh: c.fact.values,
      strong,
      plain,
      rank,
      listed: listed.length,
      pass: 'box',
    });
    if (skip) dropped.push({c, rule: skip.rule});
    else listed.push(c);
  });
  return {listed, dropped};
}
