// What kind of fact a number makes (a casualty figure, money, a vote, a count…), as an ordered sieve of declared
// cue rules: the first rule that recognises the number and its unit decides the kind.
import type {NumberMention, Token} from '../numbers.js';
import {runSieve, type SieveResult, type SieveRule} from '../rules.js';
import {isYear, lower} from './checks.js';
import {isCurrencyWord} from './currency.js';
import {
  AFFECTED,
  CASUALTY,
  DURATIONS,
  HEADCOUNTS,
  MEASURES,
  MEMBER_COMPOUNDS,
  MONTHS,
  PEOPLE,
  VOTES,
} from './vocabulary.js';

/** The kinds of numeric fact, from what a reader wants first to details. */
export type FactKind =
  | 'casualty'
  | 'affected'
  | 'money'
  | 'vote'
  | 'percent'
  | 'people'
  | 'count'
  | 'measure'
  | 'duration'
  | 'year'
  | 'detail';

/** What the kind rules read: the number, its unit, and the words near it in the sentence. */
export interface KindContext {
  m: NumberMention;
  unit: string;
  /** The last word of the unit, lower-cased: the noun counted. */
  head: string;
  tokens: readonly Token[];
  /** Words within seven tokens, without "shot down" (interceptions are not casualties); made on first asking. */
  near: () => readonly string[];
}

type KindRule = SieveRule<KindContext, FactKind>;

// "killing seven riders": a casualty verb right before the number makes whatever it counts a casualty.
const casualtyVerbBefore = (c: KindContext): boolean =>
  c.tokens
    .slice(Math.max(0, c.m.first - 3), c.m.first)
    .some((t, i, all) => CASUALTY.has(t.lower) && lower(all[i + 1]) !== 'down');

// Deaths and injuries come before the rescued, evacuated or arrested.
const harmed = (c: KindContext): FactKind =>
  [c.head, ...c.near().filter((w) => CASUALTY.has(w))].some((w) => CASUALTY.has(w) && !AFFECTED.has(w))
    ? 'casualty'
    : 'affected';

const dash = (t: Token | undefined): boolean => !!t && /^[-–—]$/.test(t.text);

// "Fewer than two hundred showed up", "Over a thousand were reported to have reached Rachel": only words of
// approximation before the number in its sentence, and a plural or past verb right after it.
const APPROXIMATORS: ReadonlySet<string> = new Set(
  'over more fewer less than about around nearly almost roughly some at least an a estimated only just'.split(
    ' ',
  ),
);
const PLURAL_VERB = /^(?:were|are|have|had|remain|remained|\p{Ll}{3,}ed)$/u;
function bareSubject(m: NumberMention, tokens: readonly Token[]): boolean {
  const after = tokens[m.last + 1];
  if (after?.kind !== 'word' || !PLURAL_VERB.test(after.text)) return false;
  return tokens.slice(0, m.first).every((t) => t.kind === 'word' && APPROXIMATORS.has(t.lower));
}

// A day of the month: a number of 1 to 31 in digits right after or before a capitalised month name.
function monthDay(m: NumberMention, tokens: readonly Token[]): boolean {
  if (m.words || m.value < 1 || m.value > 31 || !Number.isInteger(m.value)) return false;
  const month = (t: Token | undefined): boolean => !!t && MONTHS.has(t.lower) && /^\p{Lu}/u.test(t.text);
  return month(tokens[m.first - 1]) || month(tokens[m.last + 1]);
}

/** Every kind rule of the facts stage, in the order the sieve runs them. */
export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'kind-life-year',
    description:
      'a year that reaches the kind rules is one year-that-dates let through: the date of a step of a life (an obituary) or of an event the article recalls (after in/since/until, told in the third person)',
    example: 'Walter Munk dies at 101 / He was born in 1917 in Vienna.',
    apply: (c) => (isYear(c.m, c.tokens) ? 'year' : undefined),
  },
  {
    id: 'kind-deadline',
    description:
      'a day beside a month name that reaches the kind rules is one a deadline or a start falls on (month-before lets it through): dated like a year, seated after the other facts',
    example: 'Parliament is to remain suspended until October 14.',
    apply: (c) => (monthDay(c.m, c.tokens) ? 'year' : undefined),
  },
  {
    id: 'kind-money',
    description: 'a currency sign, code or name makes an amount of money',
    example: 'The city will spend $2.3 billion on the bridge.',
    apply: (c) => (c.m.currency || isCurrencyWord(c.head) ? 'money' : undefined),
  },
  {
    id: 'kind-percent',
    description: 'a percentage',
    example: 'About 52% of participating voters voted to leave.',
    apply: (c) => (c.m.percent ? 'percent' : undefined),
  },
  {
    id: 'kind-member-compound',
    description: 'a compound counting members ("the 55-member union", "a 300-strong force") is a count',
    example: 'All but one of the states of the 55-member union have signed.',
    apply: (c) => (c.m.compound && c.m.value > 1 && MEMBER_COMPOUNDS.has(c.head) ? 'count' : undefined),
  },
  {
    id: 'kind-compound-detail',
    description: 'a compound that is no measure, or of a single unit ("a one-day summit"), is a detail',
    example: 'They printed an eight-page report.',
    apply: (c) =>
      c.m.compound && ((!DURATIONS.has(c.head) && !MEASURES.has(c.head)) || c.m.value === 1)
        ? 'detail'
        : undefined,
  },
  {
    id: 'kind-compound-measure',
    description: 'a compound of a duration or a measure ("a 24-hour search", "a 75-metre ship")',
    example: 'Their names were protected during the three-week trial.',
    apply: (c) => (c.m.compound ? (DURATIONS.has(c.head) ? 'duration' : 'measure') : undefined),
  },
  {
    id: 'kind-casualty',
    description: 'a casualty word counted, a casualty verb before, or people counted beside a casualty word',
    example: 'The barrage killed at least 15 people in the capital.',
    apply: (c) =>
      CASUALTY.has(c.head) ||
      casualtyVerbBefore(c) ||
      ((PEOPLE.has(c.head) || c.head === '' || c.head === 'total') && c.near().some((w) => CASUALTY.has(w)))
        ? harmed(c)
        : undefined,
  },
  {
    id: 'kind-vote-word',
    description: 'votes or seats counted, or people counted beside a vote word',
    example: 'He received 203,091 votes in 24 states.',
    apply: (c) =>
      VOTES.has(c.head) || (c.near().some((w) => VOTES.has(w)) && (c.head === '' || PEOPLE.has(c.head)))
        ? 'vote'
        : undefined,
  },
  {
    id: 'kind-vote-tally',
    description: 'two numbers joined by a dash ("passed 52–48", "a 4–3 majority") are a tally',
    example: 'The bill passed the Senate 52–48 on Tuesday.',
    apply: (c) =>
      (dash(c.tokens[c.m.last + 1]) && c.tokens[c.m.last + 2]?.kind === 'num') ||
      (dash(c.tokens[c.m.first - 1]) && c.tokens[c.m.first - 2]?.kind === 'num')
        ? 'vote'
        : undefined,
  },
  {
    id: 'kind-people',
    description: 'people counted ("200 residents", "a population of about 180,000")',
    example: 'Roughly one million people marched in London on Saturday.',
    apply: (c) => (PEOPLE.has(c.head) || HEADCOUNTS.has(c.head) ? 'people' : undefined),
  },
  {
    id: 'kind-measure',
    description: 'a unit of measure ("35 kilometres")',
    example: 'The disk is about 35 kilometres wide.',
    apply: (c) => (MEASURES.has(c.head) ? 'measure' : undefined),
  },
  {
    id: 'kind-duration',
    description: 'a unit of time ("13 days")',
    example: 'The attack came 13 days after the summit.',
    apply: (c) => (DURATIONS.has(c.head) ? 'duration' : undefined),
  },
  {
    id: 'kind-count',
    description: 'any other noun counted ("598 drones")',
    example: 'Russia launched 598 drones and 31 missiles.',
    apply: (c) => (c.head !== '' ? 'count' : undefined),
  },
  {
    id: 'kind-bare-subject',
    description:
      'a number with nothing counted after it, opening its sentence (an approximator before it at most) as the subject of a verb in the past or plural, counts people',
    example: 'Fewer than two hundred showed up at the gates of the base.',
    apply: (c) => (c.head === '' && bareSubject(c.m, c.tokens) ? 'people' : undefined),
  },
  {
    id: 'kind-bare',
    description: 'a number with nothing counted after it is a detail',
    example: 'Maybe five or ten reached out to help.',
    apply: () => 'detail',
  },
];

/** The kind of fact a number makes and the rule that decided it. */
export function kindRule(m: NumberMention, unit: string, tokens: readonly Token[]): SieveResult<FactKind> {
  const head = (unit.split(' ').pop() ?? '').toLowerCase();
  // The words near the number, read when a rule first asks (two do, after the rules that decide years, money and
  // percentages, most numbers: no window of lower-cased words for those). A closure, not a getter: an object literal
  // with an accessor is made by a call into V8's runtime, for every number.
  let words: readonly string[] | undefined;
  const near = (): readonly string[] => {
    if (words === undefined) {
      const all = window(tokens, m, 7);
      // (Filtered only when it holds "shot": the window is a new array either way.)
      words = all.includes('shot') ? all.filter((w, i) => !(w === 'shot' && all[i + 1] === 'down')) : all;
    }
    return words;
  };
  const ctx: KindContext = {m, unit, head, tokens, near};
  return runSieve(KIND_RULES, ctx) ?? {verdict: 'detail', rule: 'kind-bare'};
}

/** Lower-cased words within `size` tokens of a number, in the same sentence. */
export function window(tokens: readonly Token[], m: NumberMention, size: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, m.first - size); k <= Math.min(tokens.length - 1, m.last + size); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && (k < m.first || k > m.last)) out.push(t.lower);
  }
  return out;
}
