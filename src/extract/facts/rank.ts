// Scores a number by what a reader wants first: deaths and totals before details, the lead before the tail. Each
// cue is a declared evidence rule; a number's score is what they add up to.
import type {NumberMention, Token} from '../numbers.js';
import {weigh, type EvidenceRule, type Weighed} from '../rules.js';
import type {FactKind} from './kinds.js';
import {EXPECTATIONS, FIRST_PERSON, FORECASTERS, TOTALS} from './vocabulary.js';

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
  // An obituary's years: listed (MIN_SCORE) after every count, measure and duration of the same sentence.
  year: 4.5,
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

/** What the score rules read about one number. */
export interface ScoreContext {
  m: NumberMention;
  kind: FactKind;
  tokens: readonly Token[];
  /** The sentence. */
  text: string;
  /** Position of the sentence in the article (0-based). */
  index: number;
  /** Numbers the title states. */
  titleValues: ReadonlySet<number>;
}

type ScoreRule = EvidenceRule<ScoreContext, 'score'>;
const add = (score: number): {score: number} | undefined => (score === 0 ? undefined : {score});

/** Every score rule of the facts stage; a number's score is their sum. */
export const SCORE_RULES: readonly ScoreRule[] = [
  {
    id: 'score-kind',
    description: 'the weight of the kind of fact: casualties first, details last (KIND_WEIGHT)',
    example: 'The strikes killed 15 people.',
    apply: (c) => add(KIND_WEIGHT[c.kind]),
  },
  {
    id: 'score-lead',
    description: 'the lead states the news: up to 4 points, shrinking by a quarter with each sentence',
    example: 'A fire in a five-story building killed 12 people on Monday, officials said.',
    apply: (c) => add(4 * Math.pow(0.75, c.index)),
  },
  {
    id: 'score-total',
    description: '"at least", "in all", "more than": a total or a minimum ranks above a detail',
    example: 'The barrage killed at least 15 people in the capital.',
    apply: (c) => {
      const before = c.tokens.slice(Math.max(0, c.m.first - 3), c.m.first).map((t) => t.text.toLowerCase());
      return before.some((w) => TOTALS.has(w)) || (before.includes('than') && before.includes('more'))
        ? {score: 1}
        : undefined;
    },
  },
  {
    id: 'score-in-title',
    description: 'a number the title states is the news',
    example: 'Fire kills 12 in apartment block / A fire killed 12 people on Monday.',
    apply: (c) => (c.titleValues.has(c.m.value) ? {score: 3} : undefined),
  },
  {
    id: 'score-inside-quote',
    description: 'a number inside quotation marks is anecdote more often than fact',
    example: '“We saw 40 cars burning,” she said.',
    apply: (c) => (insideQuote(c.text, c.m.start) ? {score: -1.5} : undefined),
  },
  {
    id: 'score-first-person',
    description: 'a first-person sentence outside quotation marks is an interview answer, not a report',
    example: 'I think we counted 30 cars.',
    apply: (c) => (!insideQuote(c.text, c.m.start) && FIRST_PERSON.test(c.text) ? {score: -0.75} : undefined),
  },
  {
    id: 'score-expected',
    description:
      'a figure analysts or economists expected ("analysts’ average estimate of $8.17 billion", "the $2.49 analysts had expected") is the yardstick a result is measured by, not news of its own',
    example: 'Revenue rose to $8.42 billion, ahead of analysts’ average estimate of $8.17 billion.',
    apply: (c) => (expected(c) ? {score: -6} : undefined),
  },
  {
    id: 'score-relative-duration',
    description: 'a duration that dates something ("three days later") is a detail',
    example: 'Police arrived at the station six minutes later.',
    apply: (c) =>
      c.kind === 'duration' &&
      /^\W*\s*(?:ago|earlier|later)\b/i.test(c.text.slice(c.m.end).replace(/^\s*\p{L}+/u, ''))
        ? {score: -2}
        : undefined,
  },
];

// A forecaster and an expectation word both within EXPECTED_REACH words before the number ("analysts’ average
// estimate of |$8.17 billion") or after it ("$2.49 | analysts had expected"), with no clause mark between.
const EXPECTED_REACH = 5;
// Only an amount or a rate is a yardstick: "two analysts raised their estimates" counts the analysts.
function expected(c: ScoreContext): boolean {
  if (!c.m.currency && !c.m.percent && !c.m.scaled) return false;
  const side = (from: number, step: number): string[] => {
    const out: string[] = [];
    for (let k = from; out.length < EXPECTED_REACH && k >= 0 && k < c.tokens.length; k += step) {
      const t = c.tokens[k] as Token;
      if (t.kind === 'sym' && /^[,;:.()]$/.test(t.text)) break;
      if (t.kind === 'word') out.push(t.text.toLowerCase().replace(/['’]s?$/u, ''));
    }
    return out;
  };
  return [side(c.m.first - 1, -1), side(c.m.last + 1, 1)].some(
    (ws) => ws.some((w) => FORECASTERS.has(w)) && ws.some((w) => EXPECTATIONS.has(w)),
  );
}

/** The score of one number and the rules that made it. */
export function scoreValue(ctx: ScoreContext): {score: number; rules: string[]} {
  const w: Weighed<'score'> = weigh(SCORE_RULES, ctx);
  return {score: w.scores.score ?? 0, rules: w.fired.map((f) => f.rule)};
}

/** Whether a character offset lies inside a quotation: an odd number of double quotation marks open before it. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curlyOpen = (before.match(/“/g) ?? []).length;
  const curlyClose = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curlyOpen > curlyClose || straight % 2 === 1;
}
