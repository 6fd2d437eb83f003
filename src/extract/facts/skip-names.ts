// Skip rules for numbers that name (models, articles, addresses) or repeat (conversions, references back).
import {inQuotedLabel, isCap, isConversion, isTally, lower} from './checks.js';
import {
  CASUALTY,
  DETERMINERS,
  isCountNoun,
  LEADING_WORDS,
  MONTHS,
  ONE_PERSON,
  AFTER_CASUALTY,
  PARTITIVES,
  REFERENCE_NOUNS,
  SMALL_NUMBER_WORDS,
  STREET_TYPES,
} from './vocabulary.js';
import {countsClauseSubject} from './counted-clause.js';
import {raw, rule, type NumberContext, type SkipRule} from './skip-rule.js';

/** Numbers that name: "Boeing 737", "Article 50", "a Six Flags park", "10 Downing Street". */
export const NAMES: readonly SkipRule[] = [
  rule(
    'reference-noun',
    'a number after a reference noun names the thing ("page 5", "Flight 610"), unless "number of", or "day" or "week" before a count that opens a clause ("in the first week 300 homes were")',
    'Britain invoked Article 50 of the treaty.',
    (c) => {
      const w = lower(c.before);
      return (
        !c.money &&
        c.before?.kind === 'word' &&
        !isTally(c.m, c.tokens) &&
        REFERENCE_NOUNS.has(w) &&
        !(w === 'number' && lower(c.after) === 'of') &&
        // ("In the first week 300 homes were damaged": a count opening a clause after a span of time; "category 1
        // hurricanes must" and "Flight 370 passengers were" stay names.)
        !((w === 'day' || w === 'week') && countsClauseSubject(c))
      );
    },
    'identifier',
  ),
  rule(
    'name-before',
    'a number right after a capitalised name is part of it ("Boeing 737"), unless a count noun follows or the name is a possessive or a contraction ("Ohio\'s 18 votes", "It\'s 2.4 times"), which a name never ends on',
    'The Boeing 737 was grounded by regulators.',
    (c) => {
      const w = lower(c.before);
      const counts = c.after?.kind === 'word' && isCountNoun(c.after.text);
      return (
        !c.money &&
        c.before?.kind === 'word' &&
        !/['’]s$/u.test(c.before.text) &&
        !isTally(c.m, c.tokens) &&
        !c.m.words &&
        isCap(c.before) &&
        !LEADING_WORDS.has(w) &&
        !MONTHS.has(w) &&
        !counts
      );
    },
    'identifier',
  ),
  rule(
    'no-abbreviation',
    '"No. 5" names a position in a list',
    'He wore the No. 5 shirt.',
    (c) => c.before?.text === '.' && lower(c.before2) === 'no',
    'identifier',
  ),
  rule(
    'number-word-in-name',
    'a capitalised number word inside a sentence is part of a name',
    'He got a toy from a Six Flags park.',
    (c) =>
      c.m.words &&
      !c.money &&
      isCap(c.tokens[c.m.first]) &&
      !!c.before &&
      (c.before.kind === 'word' || c.before.text === ','),
    'identifier',
  ),
  rule(
    'street-after-at',
    '"at 12 Harbour Road": a number after "at" before a name is an address',
    'The police office at 12 Harbour Road was closed.',
    (c) =>
      !c.m.words &&
      !c.money &&
      /^\d{1,4}$/.test(raw(c)) &&
      lower(c.before) === 'at' &&
      isCap(c.after) &&
      !MONTHS.has(lower(c.after)),
    'street',
  ),
  rule(
    'street-type-after',
    'a number before a capitalised name ending in a street type is an address',
    'He lives in 10 Downing Street.',
    (c) => {
      if (c.m.words || c.money) return false;
      for (let k = c.m.last + 1; k <= c.m.last + 4 && isCap(c.tokens[k]); k++)
        if (k > c.m.last + 1 && STREET_TYPES.has(lower(c.tokens[k]))) return true;
      return false;
    },
    'street',
  ),
];

// "one" counts beside a casualty ("one was killed"), at the end of a range ("two and one package"), as a compound
// or in a rate ("one pack per order"), or as one person harmed in the same sentence ("One woman was, according
// to the coast guard, among the dead").
function oneCounts(c: NumberContext): boolean {
  const {m, tokens} = c;
  const near = tokens.slice(m.last + 1, m.last + 6).map((t) => t.lower);
  const range =
    ['and', 'or', 'to'].includes(lower(c.before)) &&
    c.before2?.kind !== 'sym' &&
    (SMALL_NUMBER_WORDS.has(lower(c.before2)) || /^\d+$/.test(c.before2?.text ?? ''));
  const rate = near[1] === 'per' || near[2] === 'per';
  const onePerson =
    ONE_PERSON.has(near[0] ?? '') &&
    tokens.some(
      (t, k) =>
        k > m.last &&
        CASUALTY.has(t.lower) &&
        (tokens[k + 1]?.kind !== 'word' || AFTER_CASUALTY.has(lower(tokens[k + 1]))),
    );
  // "they arrested one person": a casualty verb right before counts it too; "failed by one vote": a vote or a delegate
  // is a count however small.
  const harmedBefore = CASUALTY.has(lower(c.before)) && near[0] !== 'of';
  const vote = ['vote', 'delegate', 'ballot'].includes(near[0] ?? '');
  return (
    harmedBefore ||
    vote ||
    (near[0] !== 'of' && (near.some((w) => CASUALTY.has(w)) || onePerson || range || rate || !!m.compound))
  );
}

// "-legged", "-handed", "-sided", "-dimensional": an adjective after the hyphen, not a counted noun ("-hundred" is
// a number word, "-bed" a noun).
const ADJECTIVE_COMPOUND = /^\p{Ll}{3,}(?:ed|al)$/u;

/** Numbers that do not count anything new: conversions, references back, list markers, margins, codes. */
export const NOT_COUNTS: readonly SkipRule[] = [
  rule(
    'quoted-label',
    'a spelled number inside a short quoted label names, it does not count',
    'It is governed under the “one country, two systems” model.',
    (c) => c.m.words && !c.money && inQuotedLabel(c.m, c.text),
    'identifier',
  ),
  rule(
    'adjective-compound',
    'a number glued to an adjective made of a noun ("two-legged", "two-handed", "three-dimensional") tells a shape or a kind, it counts nothing',
    'Two-legged running made the wings flap.',
    (c) => !!c.m.compound && ADJECTIVE_COMPOUND.test(c.m.compound),
    'identifier',
  ),
  rule(
    'bracketed-conversion',
    'a measure or amount converted in brackets repeats the one before',
    'The boat was 75 ft (~23 m) long.',
    (c) => isConversion(c.m, c.tokens),
    'conversion',
  ),
  rule(
    'refers-back',
    'a small spelled number after a determiner refers to people already counted ("the two men"), unless a part is taken "of the" number',
    'The two leaders met in Anchorage.',
    (c) => {
      const partitive =
        lower(c.before) === 'the' &&
        lower(c.before2) === 'of' &&
        (PARTITIVES.has(lower(c.tokens[c.m.first - 3])) || /^\d+$/.test(c.tokens[c.m.first - 3]?.text ?? ''));
      const determiner =
        DETERMINERS.has(lower(c.before)) || (lower(c.before) === 'all' && !isCap(c.tokens[c.m.first - 2]));
      return c.m.words && !c.money && !c.m.compound && c.m.value <= 12 && !partitive && determiner;
    },
    'reference',
  ),
  rule(
    'one-as-pronoun',
    '"one" as a pronoun ("one of them") or an article ("one man") does not count',
    'One of the officials said the talks failed.',
    (c) => c.m.words && c.m.value === 1 && !c.m.scaled && !c.m.percent && !oneCounts(c),
    'reference',
  ),
  rule(
    'list-marker',
    'a small number before a closing bracket marks an item of a list',
    'Voters can choose 1) a referendum or (2) a vote.',
    (c) => {
      if (c.m.words || c.money || !Number.isInteger(c.m.value) || c.m.value >= 10 || c.after?.text !== ')')
        return false;
      const open = c.tokens
        .slice(0, c.m.first)
        .reduce((n, t) => n + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0);
      return c.before?.text === '(' || open <= 0;
    },
    'reference',
  ),
  rule(
    'zero-of-nothing',
    'zero counts nothing unless a count noun follows',
    'Incidence dropped, in some cases to almost zero.',
    (c) =>
      c.m.value === 0 &&
      !c.m.percent &&
      !c.m.currency &&
      !(c.after?.kind === 'word' && isCountNoun(c.after.text)),
    'reference',
  ),
  rule(
    'margin',
    'the margin of "1010 ± 195" is not a second quantity',
    'The 1010 ± 195 figure is uncertain.',
    (c) => c.before?.text === '±' || lower(c.before) === 'plus-minus',
    'conversion',
  ),
  rule(
    'long-digit-code',
    'six or more digits without separators are a code or a phone number',
    'You can call 5550123 for details.',
    (c) => !c.m.words && !c.money && /^\d{6,}$/.test(raw(c)),
    'identifier',
  ),
];
