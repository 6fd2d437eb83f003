// Scores a number by what a reader wants first: deaths and totals before details, the lead before the tail. Each
// cue is a declared evidence rule; a number's score is what they add up to.
import type {NumberMention, Token} from '../numbers.js';
import {weigh, type EvidenceRule, type Weighed} from '../rules.js';
import {window, type FactKind} from './kinds.js';
import {
  CASUALTY,
  EXPECTATIONS,
  FIRST_PERSON,
  FORECASTERS,
  KIN,
  KIN_POSSESSIVES,
  LIFE_SPANS,
  TOTALS,
} from './vocabulary.js';

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
  /** What the number counts (its unit phrase; '' when bare). */
  unit: string;
  /** Whether the title says someone died: an obituary, whose family is part of the story. */
  obituary: boolean;
  /** The words the title and the text outside quotation marks use, as `stem` cuts them: built on
   * first asking (few numbers stand inside quotation marks). */
  reported: () => ReadonlySet<string>;
}

/** The kinds whose noun says whether a quoted number is the story's: things counted (a span of time is no topic). */
const TOPIC_KINDS: ReadonlySet<FactKind> = new Set(['count', 'people', 'detail']);

/** How far a quoted number falls when nothing outside the quotation marks counts or names what it counts. */
export const OFF_STORY_PENALTY = 2;

/** How far a count of relatives falls: below MIN_SCORE even in the lead, so a full box leaves it out. */
export const KIN_PENALTY = 6;

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
      const before = c.tokens.slice(Math.max(0, c.m.first - 3), c.m.first).map((t) => t.lower);
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
    id: 'score-quote-off-story',
    description:
      'a number inside quotation marks counting what neither the title nor the text outside the quotes names ("four flags") is the speaker’s image, not the story’s figure (OFF_STORY_PENALTY)',
    example:
      'The corridor will open on Monday, the minister said. “Every ship will be seen by four flags,” she said.',
    apply: (c) => (offStory(c) ? {score: -OFF_STORY_PENALTY} : undefined),
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
    id: 'score-kin',
    description:
      'relatives counted ("two sisters", "her two children") describe a person or a plot, not the news: outside an obituary, and unless they were harmed, they fall below MIN_SCORE (KIN_PENALTY)',
    example: 'The Salt Road, a drama about two sisters who run a salt works, won the festival’s top prize.',
    apply: (c) => (kin(c) ? {score: -KIN_PENALTY} : undefined),
  },
  {
    id: 'score-person-background',
    description:
      'a year or a span of a life (LIFE_SPANS) inside a relative clause on someone (", who has grown beans for four decades,", ", who won the race in 2023,") is that person’s background, not the news: outside an obituary it falls below FLOOR_SCORE (BACKGROUND_PENALTY)',
    example: 'Ana Ruiz, who won the race in 2023, said the heat had broken the group.',
    apply: (c) => (background(c) ? {score: -BACKGROUND_PENALTY} : undefined),
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
      if (t.kind === 'word') out.push(t.lower.replace(/['’]s?$/u, ''));
    }
    return out;
  };
  return [side(c.m.first - 1, -1), side(c.m.last + 1, 1)].some(
    (ws) => ws.some((w) => FORECASTERS.has(w)) && ws.some((w) => EXPECTATIONS.has(w)),
  );
}

// A relative counted outside an obituary and not harmed ("including four children" among the dead, "two brothers
// died" stay): a casualty word within KIN_REACH words makes them the news ("lives" is a verb beside relatives: "she
// lives with her two daughters").
function kin(c: ScoreContext): boolean {
  if (c.obituary || c.kind === 'casualty' || c.kind === 'affected') return false;
  const head = (c.unit.split(' ').pop() ?? '').toLowerCase();
  const before = c.tokens[c.m.first - 1];
  const relatives =
    KIN.has(head) || (head === 'children' && before?.kind === 'word' && KIN_POSSESSIVES.has(before.lower));
  return relatives && !window(c.tokens, c.m, KIN_REACH).some((w) => CASUALTY.has(w) && w !== 'lives');
}

/** How far a person's background falls: a year (4.5) or a duration (5) in the lead stays under the floor. */
export const BACKGROUND_PENALTY = 8;

// A relative clause set off by a comma: ", who" with no clause mark between it and the number.
function background(c: ScoreContext): boolean {
  if (c.obituary) return false;
  // When (a year), or how long in a life's spans (LIFE_SPANS): "who finished the race in 47.66 seconds" is a result.
  if (c.kind !== 'year' && !(c.kind === 'duration' && LIFE_SPANS.has(headOf(c)))) return false;
  for (let k = c.m.first - 1; k > 0; k--) {
    const t = c.tokens[k] as Token;
    if (t.kind !== 'word') {
      if (/^[,;:()“”"—–]$/u.test(t.text)) return false;
      continue;
    }
    if (t.text === 'who') return (c.tokens[k - 1] as Token).text === ',';
  }
  return false;
}

/** How many words either side of a counted relative a casualty word may stand to make them harmed. */
const KIN_REACH = 7;

// The noun a number counts, lower-cased.
const headOf = (c: ScoreContext): string => (c.unit.split(' ').pop() ?? '').toLowerCase();

// A quoted count or span whose noun the reporter never uses outside the quotation marks.
function offStory(c: ScoreContext): boolean {
  if (!TOPIC_KINDS.has(c.kind) || c.m.currency || c.m.percent) return false;
  const head = (c.unit.split(' ').pop() ?? '').toLowerCase();
  if (head === '' || !insideQuote(c.text, c.m.start)) return false;
  return !c.reported().has(stem(head));
}

/** How many letters of a word `reportedWords` keeps: enough to tell nouns apart, few enough that "increase" meets
 * "increased" and "bakeries" meets "bakery". */
const STEM_LENGTH = 5;

/** A word as `reportedWords` keeps it: lower-cased, a plural's final "s" cut, at most STEM_LENGTH letters. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  return (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w).slice(0, STEM_LENGTH);
}

// Quoted spans of one sentence: a quotation closed in it, one left open to its end, one closed from an earlier one.
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|^[^“]*”/gu;

/** The words of the title and of the sentences outside quotation marks (see ScoreContext.reported). */
export function reportedWords(title: string, texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of [title, ...texts]) {
    for (const w of t.replace(QUOTED, ' ').match(/\p{L}+/gu) ?? []) out.add(stem(w));
  }
  return out;
}

/** The score of one number and the rules that made it. */
export function scoreValue(ctx: ScoreContext): {score: number; rules: string[]} {
  const w: Weighed<'score'> = weigh(SCORE_RULES, ctx);
  return {score: w.scores.score ?? 0, rules: w.fired.map((f) => f.rule)};
}

/** Whether a character offset lies inside a quotation: an odd number of double quotation marks open before it. */
export function insideQuote(text: string, at: number): boolean {
  // (No opening mark before `at`, as in most sentences: outside, without the slice and the three lists of marks.
  // Asked for every number by several rules.)
  const curly = text.indexOf('“');
  const mark = text.indexOf('"');
  if (at >= 0 && (curly < 0 || curly >= at) && (mark < 0 || mark >= at)) return false;
  const before = text.slice(0, at);
  const curlyOpen = (before.match(/“/g) ?? []).length;
  const curlyClose = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curlyOpen > curlyClose || straight % 2 === 1;
}
