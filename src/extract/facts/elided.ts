// What a bare number counts when its noun is left out because the sentence, or the one before, already named it:
// "Sanders had the most pledged delegates, with 60." / "Biden had 54." / "The number of polling stations fell from
// 180 to 5." / "The notebooks, 38 of them so far, …". Without it such a number is a detail (kind-bare), and a full
// box leaves out the very counts an election or a closure story is about.
import type {NumberMention, Token} from '../numbers.js';
import {runSieve, type SieveResult, type SieveRule} from '../rules.js';
import {isFiniteVerb} from './clause.js';
import {isPlural} from './units.js';
import {
  AGE_WORDS,
  AUXILIARIES,
  CHANGE_VERBS,
  CLAUSE_MARK,
  DURATIONS,
  ELIDED_MODIFIERS,
  MEASURES,
  NUMBER_OF_QUALIFIERS,
  POSSESSION_VERBS,
  PRONOUNS,
  SPEECH_VERBS,
  STATEMENT_JOINERS,
  STOP,
} from './vocabulary.js';

/** What the elided-unit rules read about a number with nothing counted after it. */
export interface ElidedContext {
  m: NumberMention;
  tokens: readonly Token[];
  /**
   * The noun the last counting number before this one counts: in its sentence, else in the sentence right before
   * in its paragraph ('' when there is none).
   */
  previous: string;
}

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const CLAUSE_END = /^[.,;:!?)\]]$/u;
// Most tokens back from a number to the "number of" phrase of its clause.
const NUMBER_OF_REACH = 14;

/** Whether a unit names things counted one by one (a plural noun), not a measure, a duration or a sum. */
export function countingNoun(unit: string): boolean {
  const head = (unit.split(' ').pop() ?? '').toLowerCase();
  return head !== '' && isPlural(head) && !DURATIONS.has(head) && !MEASURES.has(head) && !STOP.has(head);
}

// A plain lower-case noun that can be what a number counts ("delegates", "notebooks").
const pluralNoun = (t: Token | undefined): boolean =>
  t?.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && countingNoun(t.text);

// The word before a number's modifiers ("a further", "more than", "at least", "the remaining"), or -1 at the start.
function anchorBefore(m: NumberMention, tokens: readonly Token[]): number {
  let k = m.first - 1;
  for (;;) {
    const w = lower(tokens[k]);
    if (ELIDED_MODIFIERS.has(w)) k--;
    else if (w === 'at' && lower(tokens[k + 1]) === 'least') k--;
    else if (w === 'the' && k < m.first - 1) k--;
    else return k;
  }
}

// Where a number stands as a whole noun phrase: after a verb of having or winning or after "with" (an object that
// ends its clause: "Biden had 54.", "…, with 60"), or opening a clause before its verb ("a further 430 are at risk").
function standsAlone(m: NumberMention, tokens: readonly Token[]): boolean {
  // "the 707 involved": a number right after "the" names a thing (names-a-thing).
  if (lower(tokens[m.first - 1]) === 'the') return false;
  const k = anchorBefore(m, tokens);
  const anchor = tokens[k];
  const w = lower(anchor);
  const after = tokens[m.last + 1];
  const endsClause = !after || CLAUSE_END.test(after.text) || STATEMENT_JOINERS.has(lower(after));
  const ofThem = lower(after) === 'of' && PRONOUNS.has(lower(tokens[m.last + 2]));
  if (w === 'with' || (w === 'at' && tokens[k - 1]?.text === ',')) return endsClause || ofThem;
  if (anchor && isFiniteVerb(anchor) && (!AUXILIARIES.has(w) || POSSESSION_VERBS.has(w)))
    return !CHANGE_VERBS.has(w) && !SPEECH_VERBS.has(w) && !AGE_WORDS.has(w) && (endsClause || ofThem);
  const opens = !anchor || /^[,;:]$/.test(anchor.text) || STATEMENT_JOINERS.has(w) || w === 'that';
  return opens && (ofThem || isFiniteVerb(after));
}

// "reduced the number of polling stations from 180 to 5": the things a "number of" phrase earlier in the clause
// counts, when only the number's range partner stands between.
function numberOf(m: NumberMention, tokens: readonly Token[]): string {
  for (let b = m.first - 1; b >= Math.max(0, m.first - NUMBER_OF_REACH); b--) {
    const t = tokens[b] as Token;
    if (CLAUSE_MARK.test(t.text)) return '';
    if (t.kind === 'num' && !['to', 'and', 'or'].includes(lower(tokens[b + 1]))) return '';
    if (!['number', 'count', 'tally'].includes(lower(t)) || lower(tokens[b + 1]) !== 'of') continue;
    let n = b + 2;
    while (NUMBER_OF_QUALIFIERS.has(lower(tokens[n]))) n++;
    const words: string[] = [];
    for (; words.length < 3 && tokens[n]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[n]?.text ?? ''); n++) {
      const word = lower(tokens[n]);
      if (STOP.has(word)) break;
      words.push(word);
      if (pluralNoun(tokens[n])) return words.join(' ');
    }
    return '';
  }
  return '';
}

// "had the most pledged delegates, with 60", "The notebooks, 38 of them so far", "the greatest number of women,
// 102, and …": the plural noun right before the comma that sets the number off. A number alone after the comma
// must end its sentence or its aside: "his children, 12 and 14, …" and "three men, 34, 45 and 51," are ages.
function antecedent(m: NumberMention, tokens: readonly Token[]): string {
  let k = anchorBefore(m, tokens);
  if (lower(tokens[k]) === 'with' || lower(tokens[k]) === 'at') k--;
  if (tokens[k]?.text !== ',' || !pluralNoun(tokens[k - 1])) return '';
  const after = tokens[m.last + 1];
  const aside =
    k === anchorBefore(m, tokens) &&
    (!after || /^[.!;]$/.test(after.text) || (after.text === ',' && tokens[m.last + 2]?.kind !== 'num'));
  return aside || standsAlone(m, tokens) ? lower(tokens[k - 1]) : '';
}

/** Every elided-unit rule of the facts stage, in the order the sieve runs them. */
export const ELIDED_RULES: readonly SieveRule<ElidedContext, string>[] = [
  {
    id: 'elided-number-of',
    description:
      'a number with nothing counted after it counts what a "number of" phrase earlier in its clause names, past only its range partner',
    example: 'The city reduced the number of polling stations from 180 to 5.',
    apply: (c) => numberOf(c.m, c.tokens) || undefined,
  },
  {
    id: 'elided-antecedent',
    description:
      'a number set off by a comma after a plural noun ("delegates, with 60", "The notebooks, 38 of them") counts that noun',
    example: 'Sanders had the most pledged delegates, with 60.',
    apply: (c) => antecedent(c.m, c.tokens) || undefined,
  },
  {
    id: 'elided-previous-count',
    description:
      'a number standing as a whole noun phrase (after a verb of having or winning, after "with", or opening a clause before its verb) counts what the last counting number before it counted, in its sentence or the one before in its paragraph',
    example: 'Sanders has 60 delegates. Biden had 54.',
    apply: (c) => (c.previous !== '' && standsAlone(c.m, c.tokens) ? c.previous : undefined),
  },
];

/** The noun a bare number counts when its sentence left it out, and the rule that found it; null when none. */
export function elidedUnit(c: ElidedContext): SieveResult<string> | null {
  return runSieve(ELIDED_RULES, c);
}
