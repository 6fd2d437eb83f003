// Skip rules for codes, times of day, dates, years and ages: numbers that do not count anything.
import {
  afterAged,
  ageable,
  ageAtDeath,
  ageAfterCopula,
  ageInApposition,
  isCap,
  isDash,
  isYear,
  lower,
  yearsOld,
} from './checks.js';
import {numbersIn, type Token} from '../numbers.js';
import {
  MEASURES,
  MONTHS,
  FIRST_PERSON,
  ORDINAL_SUFFIX,
  PART_OF_DAY,
  TIME_PREPOSITIONS,
  TIME_SUFFIX,
  WEEKDAYS,
  ZONE_AFTER,
  ZONE_BEFORE,
} from './vocabulary.js';
import {insideQuote} from './rank.js';
import {bornToken} from './born-text.js';
import {countsClauseSubject} from './counted-clause.js';
import {digitsAfter, glued, raw, rule, type NumberContext, type SkipRule} from './skip-rule.js';

// Words that date a step of a life or an event right before its year ("born in 1924", "mayor since 1998",
// "until 1974").
const LIFE_YEAR_BEFORE = new Set(['in', 'since', 'until']);

/**
 * "was born in 1924", "was imprisoned until 1974": in an obituary, the years of a life are its key facts. Outside
 * one, the year of an event the article recalls ("In 1998, Clinton was impeached", "has been mayor since 1998") is
 * one too, as the labels take them (nearly every such year is a key or an optional fact there), unless someone
 * tells it in the first person ("my last dabbling in this was in 2015": an interview answer, not a report).
 */
function lifeYear(c: NumberContext): boolean {
  return (
    (LIFE_YEAR_BEFORE.has(c.before?.lower ?? '') &&
      !insideQuote(c.text, c.m.start) &&
      (c.obituary || !FIRST_PERSON.test(c.text))) ||
    birthYear(c)
  );
}

/**
 * "Born on December 11, 1935, in Mirati, …": in an obituary the year of the full date someone was born on is the
 * first step of the life, as key as "born in 1924" (every obituary's birth year is a key fact in the labels); the
 * day of that date stays a date. Outside an obituary a birth date is an attribute, and stays skipped.
 */
function birthYear(c: NumberContext): boolean {
  if (!c.obituary || c.money || !isYear(c.m, c.tokens) || insideQuote(c.text, c.m.start)) return false;
  if (c.before?.text !== ',' || c.before2?.kind !== 'num' || !monthBefore(c, 3)) return false;
  return bornToken(c.tokens, c.m.first) >= 0;
}

// Words that set a deadline or a start right before a date ("until October 14", "by 31 October", "from June 15").
const DEADLINE_BEFORE = new Set(['until', 'till', 'by', 'through', 'from']);

/**
 * "Parliament is to remain suspended until October 14", "from June 15, face coverings become compulsory": the day a
 * deadline falls on or a rule starts is a key fact (GUIDE.md: dates only when central), unlike the day something
 * happened on. Outside quotation marks, and not told in the first person.
 */
export function deadlineDay(c: NumberContext): boolean {
  const month = MONTHS.has(lower(c.before)) && isCap(c.before) ? 1 : MONTHS.has(lower(c.after)) ? 0 : -1;
  if (month < 0 || c.m.words || c.m.value < 1 || c.m.value > 31) return false;
  const before = lower(c.tokens[c.m.first - 1 - month]);
  return DEADLINE_BEFORE.has(before) && !insideQuote(c.text, c.m.start) && !FIRST_PERSON.test(c.text);
}

// A group of two or more digits written as such, spaced from its neighbours ("0800", "414"): a part of a telephone
// number when it opens with a zero or stands with two more.
const digitGroup = (t: Token | undefined): boolean => t?.kind === 'num' && t.gap && /^\d{2,}$/.test(t.text);

/** Codes, suffixes and times of day: "21st", "1990s", "6am", "K2", "COVID-19", "3:30", "1000 UTC". */
export const CODES_AND_TIMES: readonly SkipRule[] = [
  rule(
    'not-finite',
    'a digit string too long to be a quantity is noise',
    'They counted 999,999,… grains.',
    (c) => !Number.isFinite(c.m.value),
    'identifier',
  ),
  rule(
    'ordinal-suffix',
    'a number with st/nd/rd/th ranks, it does not count',
    'The 21st century brought change.',
    (c) => ORDINAL_SUFFIX.has(c.m.suffix ?? ''),
    'ordinal',
  ),
  rule(
    'decade-suffix',
    'a number with -s names a decade',
    'Both companies have operated since the 1970s.',
    (c) => c.m.suffix === 's',
    'decade',
  ),
  rule(
    'time-suffix',
    'a number glued to am/pm/h is a time of day',
    'The fire started at 6am local time.',
    (c) => TIME_SUFFIX.has(c.m.suffix ?? ''),
    'time',
  ),
  rule(
    'glued-suffix-code',
    'letters glued after a number that are not a unit make a code',
    'Water vapour was found on K2-18b.',
    (c) => !!c.m.suffix && !MEASURES.has(c.m.suffix),
    'identifier',
  ),
  rule(
    'glued-to-word',
    'a number glued to letters or digits on its left is a code',
    'Flight MH17 was shot down.',
    (c) => glued(c) && (c.before?.kind === 'word' || c.before?.kind === 'num'),
    'identifier',
  ),
  rule(
    'hyphenated-code',
    'a word, a hyphen and a number without spaces is a code (not a tally "won 3 to 2-1", not a range "four–five")',
    'The F-16 jets landed.',
    (c) => {
      const tally = ['to', 'and', 'or'].includes(lower(c.before2)) && c.tokens[c.m.first - 4]?.kind === 'num';
      return (
        glued(c) &&
        isDash(c.before) &&
        !!c.before2 &&
        !c.before?.gap &&
        c.before2.kind === 'word' &&
        !tally &&
        // An en dash between two numbers is a range ("four–five hours ago"); a hyphen may still make a compound.
        !(c.before?.text === '–' && numbersIn(c.before2.text).length > 0)
      );
    },
    'identifier',
  ),
  rule(
    'phone-digits',
    'a run of spaced digit groups, one opening with a zero, or three or more of them, is a telephone number, not a quantity ("0430 hours" alone stays a clock time)',
    'Norvale has set up a helpline, 0800 414 2260, for worried parents.',
    (c) => {
      if (c.m.words || c.m.currency || c.m.percent || c.m.scaled) return false;
      let a = c.m.first;
      let b = c.m.last;
      while (digitGroup(c.tokens[a - 1])) a--;
      while (digitGroup(c.tokens[b + 1])) b++;
      const run = c.tokens.slice(a, b + 1);
      const groups = run.filter(digitGroup).length;
      return (groups >= 2 && run.some((t) => /^0\d{2,}$/.test(t.text))) || groups >= 3;
    },
    'identifier',
  ),
  rule(
    'marked-code',
    'a number after #, a dot or a slash is a code or a version',
    'Fans sang #5 all night.',
    (c) => glued(c) && ['#', '.', '/'].includes(c.before?.text ?? ''),
    'identifier',
  ),
  rule(
    'clock-minutes',
    'the minutes of a clock time',
    'The shooting began around 19:45 CEST.',
    (c) => glued(c) && c.before?.text === ':' && c.before2?.kind === 'num',
    'time',
  ),
  rule(
    'year-range-end',
    'the end of a range of years',
    'The war of 1914-18 ended.',
    (c) => glued(c) && isDash(c.before) && c.before2?.kind === 'num' && /^\d{4}$/.test(c.before2.text),
    'year',
  ),
  rule(
    'digits-run-on',
    'digits running on into more digits are not a number anyone stated',
    'It cost 200,0000 dollars.',
    (c) => !c.m.words && c.after?.kind === 'num' && !c.after.gap,
    'identifier',
  ),
  rule(
    'clock-hours',
    'the hours of a clock time',
    'The ship sank at 2:45 a.m.',
    (c) => digitsAfter(c) && (c.after?.text === ':' || c.after?.text === '.'),
    'time',
  ),
  rule(
    'slash-date',
    'a number before a slash and digits is a date',
    'It sank on 3/4/2019.',
    (c) => digitsAfter(c) && c.after?.text === '/',
    'date',
  ),
  rule(
    'iso-date',
    'four digits, a dash and two digits are a date',
    'The file is dated 2019-03.',
    (c) => digitsAfter(c) && isDash(c.after) && /^\d{4}$/.test(raw(c)) && /^\d\d$/.test(c.after2?.text ?? ''),
    'date',
  ),
  rule(
    'time-zone-after',
    'a number before am/pm, o’clock or a time zone is a time of day',
    'The ship sank at 1000 UTC on Monday.',
    (c) => !c.money && ZONE_AFTER.test(c.text.slice(c.m.end)),
    'time',
  ),
  rule(
    'zone-offset',
    "a number right after a time zone and a sign is the zone's offset from UTC",
    'Police reported the death on Friday morning, local time (UTC+0900).',
    (c) => ZONE_BEFORE.test(c.text.slice(Math.max(0, c.m.start - 8), c.m.start)),
    'time',
  ),
  rule(
    'part-of-day',
    '"at 6 in the morning" is a time of day',
    'They left at 6 in the morning.',
    (c) => !c.money && PART_OF_DAY.test(c.text.slice(c.m.end)) && TIME_PREPOSITIONS.has(lower(c.before)),
    'time',
  ),
  rule(
    'military-time',
    'four digits before "hours" that read as a clock are a time',
    'The raid began at 0430 hours.',
    (c) =>
      !c.money &&
      !c.m.words &&
      /^[0-2]\d[0-5]\d$/.test(raw(c)) &&
      /^\s*(?:hours|hrs)\b/.test(c.text.slice(c.m.end)),
    'time',
  ),
];

const monthBefore = (c: NumberContext, k: number): boolean => MONTHS.has(lower(c.tokens[c.m.first - k]));

// An age is an attribute ("Smith, 45,") unless the title states it: "… dies aged 95" makes it the news.
// So is the age at death of a death the title reports ("He was 101 and died of pneumonia").
const skippableAge = (c: NumberContext): boolean =>
  ageable(c.m) && !c.titleValues.has(c.m.value) && !(c.deathInTitle && ageAtDeath(c.m, c.tokens));

/** Dates, years that date something, relative dates and ages: "March 28", "in 2016", "two weeks ago", "Smith, 45,". */
export const DATES_AND_AGES: readonly SkipRule[] = [
  rule(
    'month-before',
    'a day after a month name, unless a deadline or a start falls on it ("until October 14": kind-deadline)',
    'The law took effect on March 28.',
    (c) => !c.money && MONTHS.has(lower(c.before)) && isCap(c.before) && !deadlineDay(c),
    'date',
  ),
  rule(
    'month-after',
    'a day before a month name, unless a deadline or a start falls on it ("by 31 October": kind-deadline)',
    'The vote was held on 28 March 2019.',
    (c) => !c.money && MONTHS.has(lower(c.after)) && isCap(c.after) && !deadlineDay(c),
    'date',
  ),
  rule(
    'weekday-before',
    'a day after a weekday, unless it counts a plural noun a verb follows ("On Sunday 14 people were killed")',
    'They met on Monday 5 at noon.',
    (c) => !c.money && WEEKDAYS.has(lower(c.before)) && !countsClauseSubject(c),
    'date',
  ),
  rule(
    'month-day-year',
    'the year of "March 28, 2019"',
    'It opened on March 28, 2019.',
    (c) =>
      !c.money && c.before?.text === ',' && c.before2?.kind === 'num' && monthBefore(c, 3) && !birthYear(c),
    'date',
  ),
  rule(
    'day-of-month',
    'a day between "of" and a month name, however written ("the night of 5 march")',
    'It began on the night of 5 march.',
    (c) => !c.money && lower(c.before) === 'of' && MONTHS.has(lower(c.after)),
    'date',
  ),
  rule(
    'day-range-end',
    'the end of a range of days',
    'The event ran from March 15 to 17 in Toronto.',
    (c) =>
      !c.money &&
      ['to', '-', '–', 'and', 'through', 'until'].includes(lower(c.before)) &&
      c.before2?.kind === 'num' &&
      monthBefore(c, 3),
    'date',
  ),
  rule(
    'year-that-dates',
    'a four-digit number that dates something, not one that counts; a year after "in", "since" or "until", outside quotation marks, dates a step of a life or an event the article recalls and stays (kind-life-year), in an obituary (a title saying someone "dies" or "died") or in a sentence told in the third person',
    'The group was founded in 1973 in Paris.',
    (c) => isYear(c.m, c.tokens) && !lifeYear(c),
    'year',
  ),
  rule(
    'relative-date',
    '"two weeks ago" dates something relative to the article',
    'The summit was held nearly two weeks ago.',
    (c) => !c.money && /^\s*\p{L}+\s+ago\b/u.test(c.text.slice(c.m.end)),
    'date',
  ),
  rule(
    'age-years-old',
    '"19 years old", "a 45-year-old man"',
    'A 45-year-old man was arrested.',
    (c) => skippableAge(c) && yearsOld(c.m, c.text),
    'age',
  ),
  rule(
    'age-after-aged',
    '"aged 41", "between the ages of 14 and 18"',
    'The driver, aged 41, was arrested.',
    (c) => skippableAge(c) && afterAged(c.m, c.tokens),
    'age',
  ),
  rule(
    'age-after-copula',
    'a bare number closing "he was …" is how old someone was',
    'He was 101 and died of pneumonia.',
    (c) => skippableAge(c) && ageAfterCopula(c.m, c.tokens),
    'age',
  ),
  rule(
    'age-in-apposition',
    'a number set off after a name is an age',
    'Her neighbor, Denys Otstavkin, 27, did not make it.',
    (c) => skippableAge(c) && ageInApposition(c.m, c.tokens),
    'age',
  ),
];
