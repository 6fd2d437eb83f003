// The longer tests behind the skip rules (filters.ts): years, ages, conversions, tallies, quoted labels.
import type {NumberMention, Token} from '../numbers.js';
import {isCurrencyWord} from './currency.js';
import {
  AGE_SUBJECTS,
  AGE_WORDS,
  CASUALTY,
  COLLECTIVE_NOUNS,
  DEATH_WORDS,
  DURATIONS,
  isCountNoun,
  LEADING_WORDS,
  MEASURES,
  MONTHS,
  UNMARKED_PLURALS,
  YEAR_BEFORE,
  YEAR_MODIFIER_BEFORE,
} from './vocabulary.js';

// Auxiliaries a plural subject takes, never a year's; the words joining a second clause to the first.
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(['were', 'are', 'have']);
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'but']);

/** The lower-cased text of a token, or '' past either end. */
export const lower = (t: Token | undefined): string => (t ? t.lower : '');
/** Whether a token is a capitalised word. */
export const isCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** Whether a token is a hyphen or a dash. */
export const isDash = (t: Token | undefined): boolean => !!t && /^[-‐‑–—]$/.test(t.text);

/** A four-digit number that dates something: "in 2016", "the 1973 building"; not "1500 people". */
export function isYear(m: NumberMention, tokens: readonly Token[]): boolean {
  const raw = tokens[m.first]?.text ?? '';
  if (m.words || m.currency || m.percent || m.scaled || !/^\d{4}$/.test(raw)) return false;
  if (m.value < 1000 || m.value > 2100) return false;
  const before = lower(tokens[m.first - 1]);
  const after = tokens[m.last + 1];
  const nextWord = after?.kind === 'word' ? after.text : '';
  if (YEAR_BEFORE.has(before) || MONTHS.has(before)) return true;
  // "1500 people" and "destroyed 1500 homes" count; "the 1973 building", "2028 ARIEL program", "in 2016",
  // "the Act of 1972 lists jackals" date something.
  if (isCountNoun(nextWord) || UNMARKED_PLURALS.has(nextWord) || COLLECTIVE_NOUNS.has(nextWord)) return false;
  // "The 1000 megawatt cable": a unit of measure after the number measures; no year is followed by one.
  if (MEASURES.has(nextWord.toLowerCase())) return false;
  // "1250 were lost and 1130 have not been found": a plural subject's auxiliary after the number makes it a count;
  // a year as subject takes "was", "is", "has" ("2019 was a hard year"). "had" may follow a year too ("2019 had
  // been hard"): a count only as the second subject of coordinated clauses ("1846 were hospitalized and 1720 had
  // already been discharged"), not in a pair of years ("2018 and 2019 had").
  const auxiliary = nextWord.toLowerCase();
  if (PLURAL_AUXILIARIES.has(auxiliary)) return false;
  if (auxiliary === 'had' && CLAUSE_JOINS.has(before) && !/^\d{4}$/.test(tokens[m.first - 2]?.text ?? ''))
    return false;
  const counted =
    /^[a-z]+s$/.test(nextWord) && !isCap(tokens[m.first - 1]) && !YEAR_MODIFIER_BEFORE.has(before);
  return !counted;
}

/** Whether a number can be an age at all: a whole number of years a person may have, not money or a share. */
export function ageable(m: NumberMention): boolean {
  return !m.currency && !m.percent && !m.scaled && m.value <= 125 && Number.isInteger(m.value);
}

/** "19 years old", "a 45-year-old man", "41 years of age", "We are six days old" (the age of a thing). */
export function yearsOld(m: NumberMention, text: string): boolean {
  const rest = text.slice(m.end);
  if (/^(?:year|month|week|day)s?$/.test(m.compound ?? '')) {
    if (/^-(?:years?|months?|weeks?|days?)[-\s]old\b/i.test(rest.replace(/^\s*-\s*/, '-'))) return true;
  }
  return /^\s*(?:years?|months?|weeks?|days?)[-\s]old\b/i.test(rest) || /^\s*years? of age\b/i.test(rest);
}

/**
 * A death verb a few words from the number, with no mark between: "was 101 and died", "died on Saturday aged 41";
 * after it, past the comma that closes an apposition: "Bishop Dinualdo Gutierrez of Marbel, 79, died early …".
 */
export function ageAtDeath(m: NumberMention, tokens: readonly Token[]): boolean {
  const near = (k: number): boolean => DEATH_WORDS.has(lower(tokens[k]));
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4) && tokens[k]?.kind === 'word'; k--)
    if (near(k)) return true;
  const from =
    tokens[m.last + 1]?.text === ',' && tokens[m.first - 1]?.text === ',' ? m.last + 2 : m.last + 1;
  for (let k = from; k <= from + 2 && tokens[k]?.kind === 'word'; k++) if (near(k)) return true;
  return false;
}

/** "aged 41", "aged above 60", "ranging in age from eleven to 75", "between the ages of 14". */
export function afterAged(m: NumberMention, tokens: readonly Token[]): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4) && tokens[k]?.kind === 'word'; k--) {
    if (AGE_WORDS.has(lower(tokens[k]))) return true;
  }
  return lower(tokens[m.first - 1]) === 'of' && ['age', 'ages'].includes(lower(tokens[m.first - 2]));
}

/** "He was 101 and died of pneumonia", "I was six": a bare number after a copula, closing the clause. */
export function ageAfterCopula(m: NumberMention, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1];
  // (The copula first: asked of most numbers, and most have none before them.)
  const copula = lower(before);
  if (copula !== 'was' && copula !== 'is') return false;
  const after = tokens[m.last + 1];
  const end =
    !after || [',', '.', ';'].includes(after.text) || lower(after) === 'when' || lower(after) === 'and';
  const subject = tokens[m.first - 2];
  const person = !!subject && (AGE_SUBJECTS.has(lower(subject)) || isCap(subject));
  const cue = tokens
    .slice(Math.max(0, m.first - 6), m.first)
    .some((t) => CASUALTY.has(t.text) || t.text === 'toll');
  return end && person && !cue;
}

/** "Svitlana Lytvynenko, 21, a sales manager"; "Smith (45)": a number set off right after a name. */
export function ageInApposition(m: NumberMention, tokens: readonly Token[]): boolean {
  // ("James Varn, now 22,", "Ana Holm, then 19,": the age at another time.)
  const at = ['now', 'then'].includes(lower(tokens[m.first - 1])) ? m.first - 1 : m.first;
  const before = tokens[at - 1];
  const after = tokens[m.last + 1];
  const closes =
    !after ||
    [',', ')', ';', '.'].includes(after.text) ||
    (lower(after) === 'and' && tokens[m.last + 2]?.kind === 'num');
  if (before?.text === ',' && isCap(tokens[at - 2]) && closes && !LEADING_WORDS.has(lower(tokens[at - 2])))
    return true;
  return before?.text === '(' && isCap(tokens[at - 2]) && after?.text === ')';
}

/**
 * A title's number naming someone by age ("Police arrest 19-year-old after …", "Man, 19, charged"): who, not what
 * happened, so it makes no age in the text news. A centenarian's age (100 and over) may be the story itself.
 */
export function titleAge(m: NumberMention, title: string, tokens: readonly Token[]): boolean {
  return ageable(m) && m.value < 100 && (yearsOld(m, title) || ageInApposition(m, tokens));
}

/** A measure or an amount converted in brackets: "(~23 m)", "(one to two meters)", "(181 million pounds)". */
export function isConversion(m: NumberMention, tokens: readonly Token[]): boolean {
  // An open bracket shortly before, with no close between, right after a measure.
  for (let k = m.first - 1; k >= Math.max(0, m.first - 8); k--) {
    const t = tokens[k] as Token;
    if (t.text === ')' || t.text === ']') return false;
    if (t.text === '(' || t.text === '[') {
      const unit = tokens[k - 1];
      if (unit && (unit.kind === 'num' || MEASURES.has(unit.lower) || DURATIONS.has(unit.lower))) return true;
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

/** "passed 52–48": two numbers joined by a dash are a tally, whatever comes before them. */
export function isTally(m: NumberMention, tokens: readonly Token[]): boolean {
  const joined = (a: Token | undefined, b: Token | undefined): boolean =>
    !!a && !!b && /^[-–—]$/.test(a.text) && b.kind === 'num' && !a.gap && !b.gap;
  return joined(tokens[m.last + 1], tokens[m.last + 2]) || joined(tokens[m.first - 1], tokens[m.first - 2]);
}

/** "the “one country, two systems” model": a spelled number inside a short quoted label names, it does not count. */
export function inQuotedLabel(m: NumberMention, text: string): boolean {
  const open = Math.max(text.lastIndexOf('“', m.start), text.lastIndexOf('"', m.start - 1));
  if (open < 0 || /[”"]/u.test(text.slice(open + 1, m.start))) return false;
  const close = text.slice(m.end).search(/[”"]/u);
  if (close < 0) return false;
  const inner = text.slice(open + 1, m.end + close);
  // Introduced as a name is ("the", "so-called", "dubbed"), not as words someone said ("said “two died”").
  const label = /\b(?:the|a|an|so-called|as|called|dubbed|named|its|their)\s*$/iu.test(text.slice(0, open));
  return label && inner.split(/\s+/).filter(Boolean).length <= 5 && !/[.!?,]$/u.test(inner.trim());
}
