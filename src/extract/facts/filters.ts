// Why a number in a sentence is not a key fact: the false positives of a naive "every number" extractor.
import type {NumberMention, Token} from '../numbers.js';
import {isCurrencyWord} from './currency.js';
import {
  CASUALTY,
  DURATIONS,
  isCountNoun,
  LEADING_WORDS,
  MEASURES,
  MONTHS,
  REFERENCE_NOUNS,
  STREET_TYPES,
  WEEKDAYS,
  DETERMINERS,
} from './cues.js';

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
  | 'reference';

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const TIME_SUFFIX = new Set(['am', 'pm', 'h', 'hrs', 'gmt', 'utc']);
// Words after which a four-digit number is a year even before a plural ("in 2019 elections").
const YEAR_BEFORE = new Set([
  'in',
  'since',
  'until',
  'till',
  'during',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'circa',
  'fiscal',
  'season',
  'year',
]);
const PLURAL_IRREGULAR = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'personnel',
  'crew',
  'cattle',
  'sheep',
  'fish',
  'feet',
]);
const ZONE_AFTER =
  /^\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o['’]clock|(?:UTC|GMT|BST|IST|JST|[ECMP][SD]T|CES?T|EES?T|AE[SD]T)\b|local time|hours?\s+(?:UTC|GMT|local))/i;
const PART_OF_DAY = /^\s*(?:in the (?:morning|afternoon|evening)|at night|tonight)\b/i;

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isDash = (t: Token | undefined): boolean => !!t && /^[-‐‑–—]$/.test(t.text);

/**
 * Why a number is not a key fact (an age, a time of day, a year, a date, a street number, an identifier…), or null
 * when it may be one. `text` is the sentence the tokens come from.
 */
export function skipReason(m: NumberMention, tokens: readonly Token[], text: string): SkipReason | null {
  const c: Context = {
    m,
    tokens,
    text,
    before: tokens[m.first - 1],
    before2: tokens[m.first - 2],
    after: tokens[m.last + 1],
    after2: tokens[m.last + 2],
    money: !!m.currency || !!m.percent || !!m.scaled,
  };
  // A digit string too long for a number ("1,000,000,…" over 300 digits) is noise, not a quantity.
  if (!Number.isFinite(m.value)) return 'identifier';
  return codeOrTime(c) ?? dateYearOrAge(c) ?? nameOrPlace(c) ?? notACount(c);
}

/** What the checks look at: the number, its sentence, and the tokens on either side. */
interface Context {
  m: NumberMention;
  tokens: readonly Token[];
  text: string;
  before: Token | undefined;
  before2: Token | undefined;
  after: Token | undefined;
  after2: Token | undefined;
  /** Money, a percentage or a scaled number: never a date, an age or a code. */
  money: boolean;
}

// Suffixes, glued codes and clock times: "21st", "1990s", "6am", "K2", "COVID-19", "3:30", "1000 UTC".
function codeOrTime({m, tokens, text, before, before2, after, after2, money}: Context): SkipReason | null {
  if (m.suffix) {
    if (ORDINAL_SUFFIX.has(m.suffix)) return 'ordinal';
    if (m.suffix === 's') return 'decade';
    if (TIME_SUFFIX.has(m.suffix)) return 'time';
    if (!MEASURES.has(m.suffix)) return 'identifier';
  }
  // Glued to letters or a hyphenated code on the left: K2, Q2, MH17, COVID-19, F-16, #5, version 2.0.1.
  if (before && !(tokens[m.first] as Token).gap && !m.currency) {
    if (before.kind === 'word' || before.kind === 'num') return 'identifier';
    const tally = ['to', 'and', 'or'].includes(lower(before2)) && tokens[m.first - 4]?.kind === 'num';
    if (isDash(before) && before2 && !before.gap && before2.kind === 'word' && !tally) return 'identifier';
    if (before.text === '#' || before.text === '.' || before.text === '/') return 'identifier';
    if (before.text === ':' && before2?.kind === 'num') return 'time';
    if (isDash(before) && before2?.kind === 'num' && /^\d{4}$/.test(before2.text)) return 'year';
  }
  // Digits running on into more digits ("200,0000", a typo) are not a number anyone stated.
  if (!m.words && after?.kind === 'num' && !after.gap) return 'identifier';
  if (!m.words && after && !after.gap && after2 && !after2.gap && after2.kind === 'num') {
    if (after.text === ':' || after.text === '.') return 'time';
    if (after.text === '/') return 'date';
    if (isDash(after) && /^\d{4}$/.test((tokens[m.first] as Token).text) && /^\d\d$/.test(after2.text))
      return 'date';
  }
  const rest = text.slice(m.end);
  if (!money && ZONE_AFTER.test(rest)) return 'time';
  if (!money && PART_OF_DAY.test(rest) && ['at', 'around', 'by', 'until', 'about'].includes(lower(before)))
    return 'time';
  if (
    !money &&
    !m.words &&
    /^\d{4}$/.test(tokens[m.first]?.text ?? '') &&
    /^\s*(?:hours|hrs)\b/.test(rest) &&
    /^[0-2]\d[0-5]\d$/.test(tokens[m.first]?.text ?? '')
  )
    return 'time';

  return null;
}

// Dates, years that date something, relative dates and ages: "March 28", "in 2016", "two weeks ago", "Smith, 45,".
function dateYearOrAge({m, tokens, text, before, before2, after, money}: Context): SkipReason | null {
  const rest = text.slice(m.end);
  // Dates: "March 28", "28 March", "March 28, 2019", "Monday 5".
  if (MONTHS.has(lower(before)) && isCap(before) && !money) return 'date';
  if (MONTHS.has(lower(after)) && isCap(after) && !money) return 'date';
  if (WEEKDAYS.has(lower(before)) && !money) return 'date';
  if (before?.text === ',' && before2?.kind === 'num' && MONTHS.has(lower(tokens[m.first - 3])) && !money)
    return 'date';
  if (lower(before) === 'of' && MONTHS.has(lower(after)) && !money) return 'date';
  // The end of a range of days: "From March 15 to 17", "August 22–25".
  if (
    ['to', '-', '–', 'and', 'through', 'until'].includes(lower(before)) &&
    before2?.kind === 'num' &&
    MONTHS.has(lower(tokens[m.first - 3])) &&
    !money
  )
    return 'date';

  if (isYear(m, tokens)) return 'year';
  // "two weeks ago" dates something relative to the article; it is not a quantity.
  if (/^\s*(?:\p{L}+\s+){1}ago\b/u.test(rest) && !money) return 'date';
  if (isAge(m, tokens, text)) return 'age';

  return null;
}

// Numbers that name: "Boeing 737", "Article 50", "a Six Flags park", "10 Downing Street".
function nameOrPlace({m, tokens, before, before2, after, money}: Context): SkipReason | null {
  // A capitalised name or a reference noun right before: "Boeing 737", "Article 50", "Category 5", "page 5".
  if (before && !money && before.kind === 'word' && !isTally(m, tokens)) {
    const w = before.text.toLowerCase();
    if (REFERENCE_NOUNS.has(w) && !(w === 'number' && lower(after) === 'of')) return 'identifier';
    // …unless a plural count follows: "defeated Wynnum 45 points to 24".
    const counts = after?.kind === 'word' && isCountNoun(after.text);
    if (!m.words && isCap(before) && !LEADING_WORDS.has(w) && !MONTHS.has(w) && !counts) return 'identifier';
  }
  if (before?.text === '.' && lower(before2) === 'no') return 'identifier';
  // A capitalised number word inside a sentence is part of a name: "a Six Flags park", "the Big Four".
  if (
    m.words &&
    !money &&
    isCap(tokens[m.first]) &&
    before &&
    (before.kind === 'word' || before.text === ',')
  )
    return 'identifier';
  // Street numbers: "10 Downing Street", "at 12 Harbour Road".
  if (
    !m.words &&
    !money &&
    /^\d{1,4}$/.test(tokens[m.first]?.text ?? '') &&
    lower(before) === 'at' &&
    isCap(after) &&
    !MONTHS.has(lower(after))
  )
    return 'street';
  if (!m.words && !money) {
    for (let k = m.last + 1; k <= m.last + 4 && isCap(tokens[k]); k++) {
      if (k > m.last + 1 && STREET_TYPES.has(lower(tokens[k]))) return 'street';
    }
  }
  return null;
}

// "the “one country, two systems” model": a spelled number inside a short quoted label names, it does not count.
function inQuotedLabel(m: NumberMention, text: string): boolean {
  const open = Math.max(text.lastIndexOf('“', m.start), text.lastIndexOf('"', m.start - 1));
  if (open < 0 || /[”"]/u.test(text.slice(open + 1, m.start))) return false;
  const close = text.slice(m.end).search(/[”"]/u);
  if (close < 0) return false;
  const inner = text.slice(open + 1, m.end + close);
  // Introduced as a name is ("the", "so-called", "dubbed"), not as words someone said ("said “two died”").
  const label = /\b(?:the|a|an|so-called|as|called|dubbed|named|its|their)\s*$/iu.test(text.slice(0, open));
  return label && inner.split(/\s+/).filter(Boolean).length <= 5 && !/[.!?,]$/u.test(inner.trim());
}

// Numbers that do not count anything new: conversions, references back, list markers, margins, codes.
function notACount({m, tokens, text, before, before2, after, money}: Context): SkipReason | null {
  if (m.words && !money && inQuotedLabel(m, text)) return 'identifier';
  // A measure converted in brackets: "75 ft (~23 m)", "500 miles (800 km)".
  if (isConversion(m, tokens)) return 'conversion';
  // "the two men", "both three": small spelled numbers after a determiner refer back to people already counted.
  // "one of the five demands", "two of the 12 jurors": a part taken "of the" number makes it a total, not a reference.
  const partitive =
    lower(before) === 'the' &&
    lower(before2) === 'of' &&
    /^(?:one|two|three|four|five|each|some|none|all|any|most|several|\d+)$/u.test(lower(tokens[m.first - 3]));
  if (
    m.words &&
    !money &&
    !m.compound &&
    m.value <= 12 &&
    !partitive &&
    (DETERMINERS.has(lower(before)) || (lower(before) === 'all' && !isCap(tokens[m.first - 2])))
  )
    return 'reference';
  // "one" is mostly a pronoun ("one of them") or an article ("one man"); it counts beside a casualty ("one was
  // killed"), at the end of a range ("two and one package"), as a compound or in a rate ("one pack per order").
  if (m.words && m.value === 1 && !m.scaled && !m.percent) {
    const near = tokens.slice(m.last + 1, m.last + 6).map((t) => t.text.toLowerCase());
    const range =
      ['and', 'or', 'to'].includes(lower(before)) &&
      before2?.kind !== 'sym' &&
      /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(before2?.text ?? '');
    const rate = near[1] === 'per' || near[2] === 'per';
    // "One child was, according to the fire service, among the dead": one person, harmed in the same sentence
    // (the casualty word not modifying a noun, as "dead" does in "the dead tree").
    const onePerson =
      /^(?:child|man|woman|person|boy|girl|officer|soldier|passenger|victim|student|worker)$/u.test(
        near[0] ?? '',
      ) &&
      tokens.some(
        (t, k) =>
          k > m.last &&
          CASUALTY.has(t.text.toLowerCase()) &&
          (tokens[k + 1]?.kind !== 'word' ||
            /^(?:in|on|at|by|after|when|during|and|while|from|with)$/u.test(lower(tokens[k + 1]))),
      );
    if (near[0] === 'of' || !(near.some((w) => CASUALTY.has(w)) || onePerson || range || rate || m.compound))
      return 'reference';
  }
  // List markers: "1) a vote in the Senate or (2) a referendum".
  if (!m.words && !money && Number.isInteger(m.value) && m.value < 10 && after?.text === ')') {
    const open = tokens
      .slice(0, m.first)
      .reduce((n, t) => n + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0);
    if (before?.text === '(' || open <= 0) return 'reference';
  }
  // "to almost zero": nothing counted.
  if (m.value === 0 && !m.percent && !m.currency && !(after?.kind === 'word' && isCountNoun(after.text)))
    return 'reference';
  // The margin of "1010 ± 195 light years" is not a second quantity.
  if (before?.text === '±' || lower(before) === 'plus-minus') return 'conversion';
  // Very long digit strings without separators are codes or phone numbers.
  if (!m.words && !money && /^\d{6,}$/.test(tokens[m.first]?.text ?? '')) return 'identifier';
  return null;
}

function isYear(m: NumberMention, tokens: readonly Token[]): boolean {
  const raw = tokens[m.first]?.text ?? '';
  if (m.words || m.currency || m.percent || m.scaled || !/^\d{4}$/.test(raw)) return false;
  if (m.value < 1000 || m.value > 2100) return false;
  const before = lower(tokens[m.first - 1]);
  const after = tokens[m.last + 1];
  const nextWord = after?.kind === 'word' ? after.text : '';
  if (YEAR_BEFORE.has(before) || MONTHS.has(before)) return true;
  // "1500 people" and "destroyed 1500 homes" count; "the 1973 building", "2028 ARIEL program", "in 2016",
  // "the Act of 1972 lists jackals" date something.
  if (isCountNoun(nextWord) || PLURAL_IRREGULAR.has(nextWord)) return false;
  const counted =
    /^[a-z]+s$/.test(nextWord) &&
    !isCap(tokens[m.first - 1]) &&
    ![
      'the',
      'of',
      'and',
      'or',
      'to',
      'a',
      'an',
      'its',
      'their',
      'his',
      'her',
      'this',
      'that',
      'for',
      'from',
      'by',
      'on',
      'at',
    ].includes(before);
  return !counted;
}

function isAge(m: NumberMention, tokens: readonly Token[], text: string): boolean {
  if (m.currency || m.percent || m.scaled || m.value > 125 || !Number.isInteger(m.value)) return false;
  const before = tokens[m.first - 1];
  const after = tokens[m.last + 1];
  const rest = text.slice(m.end);
  if (/^(?:year|month|week)s?$/.test(m.compound ?? '')) {
    if (/^-(?:years?|months?|weeks?)[-\s]old\b/i.test(rest.replace(/^\s*-\s*/, '-'))) return true;
  }
  if (/^\s*(?:years?|months?)[-\s]old\b/i.test(rest) || /^\s*years? of age\b/i.test(rest)) return true;
  // "aged 41", "aged above 60", "ranging in age from eleven to 75".
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4) && tokens[k]?.kind === 'word'; k--) {
    if (['aged', 'age', 'ages', 'ageing', 'aging'].includes(lower(tokens[k]))) return true;
  }
  if (lower(before) === 'of' && ['age', 'ages'].includes(lower(tokens[m.first - 2]))) return true;
  // "…, was 90." — a bare number after a copula, closing the clause, is how old someone was.
  // "He was 101 and died of pneumonia", "I was six".
  const end =
    !after || [',', '.', ';'].includes(after.text) || lower(after) === 'when' || lower(after) === 'and';
  const subject = tokens[m.first - 2];
  const person = !!subject && (['he', 'she', 'i', 'who', 'you'].includes(lower(subject)) || isCap(subject));
  const cue = tokens
    .slice(Math.max(0, m.first - 6), m.first)
    .some((t) => CASUALTY.has(t.text) || t.text === 'toll');
  if (['was', 'is'].includes(lower(before)) && end && person && !cue) return true;
  // Apposition after a name: "Svitlana Lytvynenko, 21, a sales manager"; "Smith (45)".
  const closes =
    !after ||
    [',', ')', ';', '.'].includes(after.text) ||
    (lower(after) === 'and' && tokens[m.last + 2]?.kind === 'num');
  if (
    before?.text === ',' &&
    isCap(tokens[m.first - 2]) &&
    closes &&
    !LEADING_WORDS.has(lower(tokens[m.first - 2]))
  )
    return true;
  if (before?.text === '(' && isCap(tokens[m.first - 2]) && after?.text === ')') return true;
  return false;
}

function isConversion(m: NumberMention, tokens: readonly Token[]): boolean {
  // An open bracket shortly before, with no close between, right after a measure: "(~23 m)", "(one to two meters)".
  for (let k = m.first - 1; k >= Math.max(0, m.first - 8); k--) {
    const t = tokens[k] as Token;
    if (t.text === ')' || t.text === ']') return false;
    if (t.text === '(' || t.text === '[') {
      const unit = tokens[k - 1];
      if (
        unit &&
        (unit.kind === 'num' ||
          MEASURES.has(unit.text.toLowerCase()) ||
          DURATIONS.has(unit.text.toLowerCase()))
      )
        return true;
      // Money converted: "900 million złotys (181 million pounds)".
      const money = !!m.currency || isCurrencyWord(lower(tokens[m.last + 1]));
      return (
        money &&
        tokens
          .slice(Math.max(0, k - 3), k)
          .some((b) => b.kind === 'num' || /^(?:thousand|million|billion|trillion)$/i.test(b.text))
      );
    }
  }
  return false;
}

// "passed 52–48": two numbers joined by a dash are a tally, whatever comes before them.
function isTally(m: NumberMention, tokens: readonly Token[]): boolean {
  const joined = (a: Token | undefined, b: Token | undefined): boolean =>
    !!a && !!b && /^[-–—]$/.test(a.text) && b.kind === 'num' && !a.gap && !b.gap;
  return joined(tokens[m.last + 1], tokens[m.last + 2]) || joined(tokens[m.first - 1], tokens[m.first - 2]);
}
