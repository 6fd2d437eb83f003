// Which of a sentence's years stay values of their own: a year an event is dated by, beside a figure of its sentence.
import type {SieveRule} from '../rules.js';
import type {FactKind} from './kinds.js';

/** What the year rules read: one number's kind, the kinds of the other numbers of its sentence, the article's kind. */
export interface YearContext {
  kind: FactKind;
  /** The kinds of the sentence's other numbers that are no skipped ones. */
  others: readonly FactKind[];
  /** Whether the title says someone died: an obituary, whose years are each a step of the life. */
  obituary: boolean;
}

/** Every year rule of the facts stage. */
export const YEAR_RULES: readonly SieveRule<YearContext, 'skip'>[] = [
  {
    id: 'year-beside-figure',
    description:
      'outside an obituary, a year beside a figure of its sentence only dates that figure: no value of its own, and no part of the text the figure needs (the sentence still shows it)',
    example: 'Hungary spent an estimated 1.15% of its GDP on the military in 2018.',
    apply: (x) =>
      !x.obituary && x.kind === 'year' && x.others.some((k) => k !== 'year') ? 'skip' : undefined,
  },
];
