// Skip rules that need more than the number itself: the other end of its range, and what its unit turned out to be.
import type {NumberMention, Token} from '../numbers.js';
import {runSieve, type SieveResult, type SieveRule} from '../rules.js';
import type {SkipReason} from './filters.js';
import {isPlural, linked} from './units.js';
import {AGE_WORDS, CASUALTY, DURATIONS, MEASURES, MONTHS, STOP} from './vocabulary.js';

/** A number seen beside the other end of its range ("between the ages of 14 and 18"). */
export interface PairContext {
  m: NumberMention;
  tokens: readonly Token[];
  /** The other end's skip, when it has one. */
  partner: SieveResult<SkipReason> | null;
  /** Whether the other end comes first ("posts 250 and 251": 250 is the partner of 251). */
  partnerFirst: boolean;
  /** Whether the two stand in a list, joined by a comma ("aged nine, ten, thirteen"), not as a range. */
  listed: boolean;
}

// A reference, a conversion or an identifier says something about that number alone, not about its kind.
const carried = (r: SieveResult<SkipReason> | null): boolean =>
  !!r && r.verdict !== 'reference' && r.verdict !== 'conversion' && r.verdict !== 'identifier';

// A percentage, a sum of money or a scaled number is a measure of its own: the year or date beside it ("growth of
// 1.3% in 2027") dates it, and does not make it a year too. Only a hedge carries over to it.
const measured = (m: NumberMention): boolean => !!m.percent || !!m.currency || !!m.scaled;

/** Rules that carry a skip across a range, in the order they run. */
export const RANGE_RULES: readonly SieveRule<PairContext, SkipReason>[] = [
  {
    id: 'range-shares-reason',
    description:
      'both ends of a range are the same kind of thing: a date, age, year or time at one end makes the other one too, unless this end is a percentage, money or scaled (a measure that the year beside it only dates)',
    example: 'Victims were between the ages of 14 and 18.',
    apply: (c) =>
      !c.listed && c.partner && carried(c.partner) && (!measured(c.m) || c.partner.verdict === 'hypothetical')
        ? c.partner.verdict
        : undefined,
  },
  {
    id: 'code-hyphen-pair',
    description: 'a number glued by a hyphen to a code is the rest of that code ("x86-64"), not a tally',
    example: 'Rocky Linux will run on both x86-64 and ARM-based processors.',
    apply: (c) => {
      const dash = c.tokens[c.m.first - 1];
      return c.partnerFirst &&
        c.partner?.verdict === 'identifier' &&
        /^[-‐‑]$/.test(dash?.text ?? '') &&
        !dash?.gap &&
        !c.tokens[c.m.first]?.gap
        ? 'identifier'
        : undefined;
    },
  },
  {
    id: 'age-list',
    description: 'a number listed after an age is an age too: a list of ages says who, not how many',
    example: 'The deceased were aged nine, ten, thirteen, 49, and 59.',
    apply: (c) => (c.listed && c.partnerFirst && c.partner?.verdict === 'age' && bare(c) ? 'age' : undefined),
  },
  {
    id: 'code-pair',
    description:
      'a bare number joined to a code is a code too ("the 737 and 747", "the A300 and 747 as well"): nothing after it, or a function word, not a noun it counts',
    example: 'The airline still flies the MD-80 and 90.',
    apply: (c) =>
      !c.listed &&
      c.partnerFirst &&
      c.partner?.verdict === 'identifier' &&
      (c.tokens[c.m.last + 1]?.kind !== 'word' || STOP.has(c.tokens[c.m.last + 1]?.lower ?? '')) &&
      !c.m.words
        ? 'identifier'
        : undefined,
  },
];

/** Gives each number without a skip the skip its range partner carries over (two passes, so chains settle). */
export function shareSkips(
  mentions: readonly NumberMention[],
  skips: (SieveResult<SkipReason> | null)[],
  tokens: readonly Token[],
): (SieveResult<SkipReason> | null)[] {
  const out = [...skips];
  for (let pass = 0; pass < 2; pass++) {
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (!next) return;
      const listed = inList(tokens, m.last + 1, next.first);
      if (!listed && !linked(tokens, m.last + 1, next.first)) return;
      if (!out[i])
        out[i] = runSieve(RANGE_RULES, {m, tokens, partner: out[i + 1] ?? null, partnerFirst: false, listed});
      if (!out[i + 1])
        out[i + 1] = runSieve(RANGE_RULES, {
          m: next,
          tokens,
          partner: out[i] ?? null,
          partnerFirst: true,
          listed,
        });
    });
  }
  return out;
}

// A number with nothing counted after it, or only an age ("two aged fourteen"): "and seven others" counts people.
function bare(c: PairContext): boolean {
  const next = c.tokens[c.m.last + 1];
  return next?.kind !== 'word' || ['and', 'or'].includes(next.text) || AGE_WORDS.has(next.lower);
}

// Two numbers next in a list: only a comma, perhaps with "and" or "or", between them ("ten, thirteen", "49, and 59").
function inList(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to).map((t) => t.lower);
  return (
    between.includes(',') &&
    between.length <= 2 &&
    between.every((w) => w === ',' || w === 'and' || w === 'or')
  );
}

/** A number and the unit found for it. */
export interface UnitContext {
  m: NumberMention;
  tokens: readonly Token[];
  unit: string;
}

/** Rules that skip a number once its unit is known. */
export const UNIT_RULES: readonly SieveRule<UnitContext, SkipReason>[] = [
  {
    id: 'names-a-thing',
    description:
      'a number followed by a name, or after "the" with nothing counted, names rather than counts ("the 707 involved")',
    example: 'Boeing referred to the 707 involved in the crash.',
    apply: (c) => (namesSomething(c) ? 'identifier' : undefined),
  },
];

// A count is followed by what it counts, which is plural or a measure.
function namesSomething({m, tokens, unit}: UnitContext): boolean {
  if (m.percent || m.currency || m.scaled || m.compound || m.suffix) return false;
  const words = unit.split(' ');
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (isPlural(head) || MEASURES.has(head) || DURATIONS.has(head) || CASUALTY.has(head)) return false;
  const next = tokens[m.last + 1];
  // "by 31 October": a month after a day is its date, no name (the day is a deadline's, or month-after skipped it).
  if (next?.kind === 'word' && MONTHS.has(next.lower)) return false;
  if (next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && unit !== '' && m.value < 1000) return true;
  return !m.words && tokens[m.first - 1]?.lower === 'the';
}
