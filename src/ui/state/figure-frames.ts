/**
 * Which figures of one unit compare: the frame rules that join two of them and the rules that keep a fact's figures
 * out of the key-figures chart, as data, with the word lists they use.
 */
import {numbersIn} from '../../extract/numbers.js';

/**
 * A short bar label from a fact: what comes before its first figure ("Russia launched" of "Russia launched 598
 * drones and 31 missiles"), which names the action for every unit of that fact; the whole text otherwise.
 */
export function figureLabel(text: string): string {
  const first = text.search(/\d/);
  const before =
    first > 0
      ? text
          .slice(0, first)
          .replace(/[\s$£€,(]+$/u, '')
          .replace(/\s+(?:at least|more than|about|nearly|over|some|almost|around)$/i, '')
      : '';
  return before.length >= 3 ? before : text;
}

/**
 * Units that say how much but not of what: people, money, lengths, weights, durations. Two figures in one of
 * these measure the same thing only when their facts say the same of them ("killed 15 people", "killed 12
 * people"); "paid US$750 in taxes" and "owed US$300 million on loans", though of one sentence, do not.
 */
export const GENERIC_UNITS = new Set(
  `people person men man women woman children child residents resident time case dollar euro pound yen rupee
  yuan ruble franc krona kronor km kilometre kilometer mile metre meter m ft foot feet inch cm mm kg kilogram
  gram tonne ton lb litre liter gallon acre hectare square degree hour day week month minute second decade`.split(
    /\s+/,
  ),
);

// What befalls the people of one event: "7 people were killed" and "14 people were injured" are the parts of one
// toll, as "killed 15, injured 40" is.
const OUTCOMES = new Set(
  'killed dead died injured wounded hurt missing rescued evacuated hospitalised hospitalized arrested'.split(
    ' ',
  ),
);

// Words that stand between a verb and its figure without saying what happened ("valued at US$2.6 billion", "a
// total of 1,991 delegates", "was 5 mph"): the action is the word before them, and a label of nothing else has none.
const NOT_ACTIONS = new Set(
  `a an the of at to with by for in on as from into than and or us u.s. total number some only just up was were is
  are be been being had has have roughly about nearly over almost around least most more than all`.split(
    /\s+/,
  ),
);

/**
 * The word of a fact that says what happened to its figures: the last word before the first figure that is not a
 * preposition or qualifier ("killed" of "killed at least 15 people", "valued" of "valued at US$4.2 billion"); else
 * the first word after the figure's unit ("defected" of "fifteen Democrats defected"); '' when there is none. The
 * dash of a list's entries ("Labour Party - 203 seats") is the action they share.
 */
export function figureAction(text: string, unit: string): string {
  const label = figureLabel(text);
  if (label !== text) {
    const words = label
      .toLowerCase()
      .split(/[\s,;:]+/)
      .filter(Boolean);
    for (let i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
      const word = words[i] ?? '';
      if (!NOT_ACTIONS.has(word)) return word;
    }
    return '';
  }
  const at = text.toLowerCase().indexOf(unit.trim().toLowerCase());
  if (at < 0 || unit.trim() === '') return '';
  const after = text
    .slice(at + unit.trim().length)
    .toLowerCase()
    .split(/[\s,;:.]+/)
    .filter(Boolean);
  return after.slice(0, 3).find((w) => !NOT_ACTIONS.has(w)) ?? '';
}

/** A figure with what the frame rules look at. */
export interface FrameFigure {
  /** Index of its fact in the article. */
  fact: number;
  /** The sentence its fact comes from. */
  sentence: string;
  /** What happened to it ("launched"), from `figureAction`; '' when its fact does not say. */
  action: string;
  /** The folded units of every figure of its fact that count things ("drone", "missile"), not measures. */
  units: ReadonlySet<string>;
  /** Whether its unit says how much but not of what: people, money, lengths, durations. */
  measure: boolean;
}

/** A rule that puts two figures of one unit in the same frame, so that bars of them compare like with like. */
export interface FrameRule {
  id: string;
  description: string;
  example: string;
  when: (a: FrameFigure, b: FrameFigure) => boolean;
}

/**
 * When two figures of one unit measure the same kind of thing, tried in order. Figures of one unit from facts that
 * none of these join count different things ("which include 235 Democrats" and "fifteen Democrats defected") and
 * are no bars side by side.
 */
export const FRAME_RULES: readonly FrameRule[] = [
  {
    id: 'one-sentence',
    description: 'things counted in one sentence: the parts of one statement (not measures: money, people)',
    example: 'faced twelve counts of torture, nine counts of child abuse, and seven counts of cruelty',
    when: (a, b) => !a.measure && a.sentence === b.sentence,
  },
  {
    id: 'parallel-lists',
    description: 'two facts that count the same two or more things: one event told twice',
    example: 'launched 598 drones and 31 missiles; shot down 563 drones and 26 missiles',
    when: (a, b) => [...a.units].filter((u) => b.units.has(u)).length >= 2,
  },
  {
    id: 'same-action',
    description: 'two facts where the same thing happened to their figures',
    example: 'the first strike killed 15 people; a second strike killed 6 people',
    when: (a, b) => a.action !== '' && a.action === b.action,
  },
  {
    id: 'one-toll',
    description: 'two outcomes of a disaster for people: the parts of one toll',
    example: '7 people were killed; 14 people were injured in the crash',
    when: (a, b) => OUTCOMES.has(a.action) && OUTCOMES.has(b.action),
  },
];

/** The rule that puts two figures of different facts in one frame, or null when none does. */
export function frameRule(a: FrameFigure, b: FrameFigure): string | null {
  // "six feet five inches" is one measure; "twelve counts of torture, nine counts of child abuse" two counts.
  if (a.fact === b.fact && a.measure) return null;
  return FRAME_RULES.find((r) => r.when(a, b))?.id ?? null;
}

/** A kind of fact whose figures are no bars beside the amounts of other facts. */
export interface NoBarRule {
  id: string;
  description: string;
  example: string;
  when: (text: string) => boolean;
}

// What follows a number that counts a part: "of the", "of them", "of Vanderbilt's".
const OF_A_WHOLE =
  /^\s+of\s+(?:the|these|those|them|its|their|his|her|whom|which|[\p{L}.]+['’]s)(?![\p{L}])/iu;

/** Facts whose figures make no bars, tried in order. */
export const NO_BAR_RULES: readonly NoBarRule[] = [
  {
    id: 'part-of',
    description:
      'counts part of something it or the article counts whole: beside the whole it reads as a second amount',
    example: 'Six of the murders; Of the territory’s six delegates, Sanders secured four',
    when: (text) => /^of\s/i.test(text) || numbersIn(text).some((n) => OF_A_WHOLE.test(text.slice(n.end))),
  },
  {
    id: 'change-or-rate',
    description: 'a change or a rate, not an amount: beside a total it compares unlike things',
    example: 'the number rising by over 1,000 deaths per day; the Liberal Party lost a net of 20 seats',
    when: (text) =>
      /\b(?:ris(?:e|es|ing|en)|rose|increas\w*|decreas\w*|f[ae]ll\w*|dropp?\w*|gr[eo]w\w*|jump\w*|climb\w*|up|down)\s+by\b|\bper\b|\ba net of\b|\ban additional\b/i.test(
        text,
      ),
  },
];

/** The rule that keeps a fact's figures out of the chart, or null when they may be bars. */
export function noBarRule(text: string): string | null {
  return NO_BAR_RULES.find((r) => r.when(text))?.id ?? null;
}
