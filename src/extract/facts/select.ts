// Which of the scored facts make the fact box: declared list rules over the candidates, best first.
import type {Fact, FactValue} from '../types.js';
import {runSieve, type SieveRule} from '../rules.js';
import {FLOOR_SCORE, MAX_FACTS, MIN_FACTS, MIN_SCORE} from './rank.js';

/**
 * Strong facts outside quotation marks after which a first-person quote's number is left out of the box: two thirds
 * of a full box. Below that, an interview's numbers are often its only facts, and stay.
 */
export const QUOTES_OUT_AFTER = 8;

/**
 * How much less a fragment (the numbers its sentence's main figure left out, "…, while Italy's reached 137.3%")
 * weighs than its score when the box is full: enough to yield to a main figure of the same kind a few sentences
 * later, not to a weaker kind.
 */
export const FRAGMENT_DISCOUNT = 1;

/** A fact before selection: its score, its sentence's position, and the rules behind it so far. */
export interface Candidate {
  fact: Fact;
  score: number;
  index: number;
  rules: string[];
  /** Whether its best number stands inside quotation marks in a first-person sentence: someone's own account,
   * shown as a quote. */
  quoted: boolean;
  /** Whether it holds the numbers its sentence's main figure left out ("…, while Italy's reached 137.3%"). */
  fragment: boolean;
  /** Whether its only values are years that date a step of a life or an event ("In 1998, Clinton was impeached"):
   * background, not the news. */
  dated: boolean;
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
  /** How many of the strong ones are years of a life or an event (kind-life-year): they leave the details their seats. */
  dated: number;
  /** Place in the box among the facts the box rules keep, strongest first (a fragment weighs FRAGMENT_DISCOUNT less). */
  seat: number;
  /** Which pass runs: repeats and the floor first, then the box rules, then the seats the box has. */
  pass: 'filter' | 'box' | 'seat';
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
    description:
      'below MIN_SCORE a fact is a detail, left out when the article has MIN_FACTS stronger ones (an obituary’s years not counted)',
    example: 'Later the mayor visited a ten-storey building nearby to talk to residents.',
    apply: (x) =>
      x.pass === 'box' && x.strong - x.dated >= MIN_FACTS && x.c.score < MIN_SCORE ? 'skip' : undefined,
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
    description:
      'a fact box lists at most MAX_FACTS facts, the strongest: a fragment another fact of its sentence left over weighs FRAGMENT_DISCOUNT less than a main figure, and an obituary’s years come after every other fact',
    example: 'Officials counted 14 damaged cars on street corners (the 13th such sentence).',
    apply: (x) => (x.pass === 'seat' && x.seat >= MAX_FACTS ? 'skip' : undefined),
  },
];

// The kind rule of the years of a life or of an event (kinds.ts).
const LIFE_YEAR = 'kind-life-year';
// The kind rule of a deadline's day (kinds.ts): dated like a year.
const DEADLINE = 'kind-deadline';
const isDated = (c: Candidate): boolean => c.rules.includes(LIFE_YEAR) || c.rules.includes(DEADLINE);

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
    const ctx: ListContext = {
      c,
      fresh,
      strong: 0,
      plain: 0,
      dated: 0,
      rank: kept.length,
      seat: 0,
      pass: 'filter',
    };
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
  const dated = kept.filter((c) => c.score >= MIN_SCORE && isDated(c)).length;
  // The list rules for one kept fact, at its rank in the article and its seat in the box.
  const listSkip = (c: Candidate, rank: number, seat: number, pass: 'box' | 'seat') =>
    runSieve(LIST_RULES, {c, fresh: c.fact.values, strong, plain, dated, rank, seat, pass});
  const boxed: {c: Candidate; rank: number}[] = [];
  kept.forEach((c, rank) => {
    const skip = listSkip(c, rank, 0, 'box');
    if (skip) dropped.push({c, rule: skip.rule});
    else boxed.push({c, rank});
  });
  // When the box overflows, what is left out is the weakest: a fragment counts FRAGMENT_DISCOUNT less than its
  // score, so a main figure a little further from the lead takes its seat, and a fragment the title states does not
  // lose one.
  const strength = (c: Candidate): number => c.score - (c.fragment ? FRAGMENT_DISCOUNT : 0);
  // The years of a life or an event take only the seats the other facts leave.
  const year = (c: Candidate): number => (isDated(c) ? 1 : 0);
  const seats = [...boxed].sort(
    (a, b) => year(a.c) - year(b.c) || strength(b.c) - strength(a.c) || a.rank - b.rank,
  );
  const seated = new Set<Candidate>();
  seats.forEach(({c, rank}, seat) => {
    const skip = listSkip(c, rank, seat, 'seat');
    if (skip) dropped.push({c, rule: skip.rule});
    else seated.add(c);
  });
  return {listed: boxed.map((b) => b.c).filter((c) => seated.has(c)), dropped};
}
