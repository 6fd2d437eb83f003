// The skip rules' shared shape: what a rule reads about a number, and the reasons it can give.
import type {NumberMention, Token} from '../numbers.js';
import type {SieveRule} from '../rules.js';

/** The reason a number is left out of the key facts. */
export type SkipReason =
  | 'ordinal'
  | 'decade'
  | 'identifier'
  | 'time'
  | 'date'
  | 'year'
  | 'age'
  | 'street'
  | 'conversion'
  | 'reference'
  | 'hypothetical';

/** What the skip rules look at: the number, its sentence, and the tokens on either side. */
export interface NumberContext {
  m: NumberMention;
  tokens: readonly Token[];
  /** The sentence the tokens come from. */
  text: string;
  before: Token | undefined;
  before2: Token | undefined;
  after: Token | undefined;
  after2: Token | undefined;
  /** Money, a percentage or a scaled number: never a date, an age or a code. */
  money: boolean;
  /** Numbers the article's title states: an age there is the news ("… dies aged 95"), not an attribute. */
  titleValues: ReadonlySet<number>;
  /** Whether the title reports a death ("Walter Munk dies of pneumonia"): the age at death is then the news. */
  deathInTitle: boolean;
  /** Whether the title says someone died ("… dies aged 95"): an obituary, whose years of the life are key facts. */
  obituary: boolean;
}

/** A skip rule: a reason when it recognises the number (`apply`, or `test` and `reason` without a closure between). */
export type SkipRule = SieveRule<NumberContext, SkipReason> & {
  test: (c: NumberContext) => boolean;
  reason: SkipReason;
};
/** Declares a skip rule from a test and the reason it gives. */
export const rule = (
  id: string,
  description: string,
  example: string,
  test: (c: NumberContext) => boolean,
  reason: SkipReason,
): SkipRule => ({id, description, example, test, reason, apply: (c) => (test(c) ? reason : undefined)});

/** Whether the number is glued to the token on its left, with no space: "K2", "MH17", "COVID-19". */
export const glued = (c: NumberContext): boolean =>
  !!c.before && !(c.tokens[c.m.first] as Token).gap && !c.m.currency;
/** The number's first token as written. */
export const raw = (c: NumberContext): string => c.tokens[c.m.first]?.text ?? '';
/** Digits follow the number after one sign, all glued: "3:30", "3/4". */
export const digitsAfter = (c: NumberContext): boolean =>
  !c.m.words && !!c.after && !c.after.gap && !!c.after2 && !c.after2.gap && c.after2.kind === 'num';
