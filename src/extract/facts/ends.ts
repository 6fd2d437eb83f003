// Where a fact's text that had to be cut ends: before the phrase it stopped in ("It weighed about ten lbs", not
// "… it had a top"), or at the head noun a few words on ("an eighty minute team", not "an eighty minute"). A text
// never ends on a word that opens a phrase ("a couple", "of this") or inside a name ("Rocky De La").
import {hasTag} from '../nlp.js';
import type {Token} from '../numbers.js';
import type {SieveRule} from '../rules.js';
import type {ClauseContext, Span} from './clause.js';
import {MAX_CLAUSE_WORDS} from './clause.js';
import {
  OF_NOUNS,
  PHRASE_BREAKS,
  PHRASE_COMPLETERS,
  PHRASE_OPENERS,
  PHRASE_STARTS,
  RANGE_JOINS,
  STOP,
} from './vocabulary.js';

/** Most words the text takes on to reach the end of the phrase it stopped in. */
const MAX_REACH = 3;

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const isCapital = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isLower = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Ll}/u.test(t.text);

/**
 * Whether the text stops inside a phrase: the token after it, with no mark between, is a number or a lower-case
 * word that goes on with the phrase ("a top | speed"), not one that opens the next ("from Louisiana | to Florida");
 * or the text's last word opens a phrase ("a couple | of tries") or a name goes on ("Rocky De La | Fuente").
 */
function cutInsidePhrase(c: ClauseContext): boolean {
  const last = c.tokens[c.span.to];
  const next = c.tokens[c.span.to + 1];
  if (next?.kind === 'num') return true;
  if (next?.kind !== 'word') return false;
  if (last?.kind === 'word' && PHRASE_OPENERS.has(lower(last)) && /^\p{Ll}/u.test(last.text)) return true;
  if (isCapital(next)) return isCapital(last) || last?.kind === 'num';
  return !PHRASE_BREAKS.has(next.text);
}

// A word the text may take on to finish its phrase: a lower-case content word ("team", "mourning period"), a word
// that completes a number ("50 more"), or the rest of a name after a capitalised word; not an adverb, which goes
// on with the verb ("for the last 27 years | always been").
function canTake(c: ClauseContext, k: number, name: boolean): boolean {
  const t = c.tokens[k];
  if (c.hidden[k] || !t?.gap) return false;
  if (name) return isCapital(t);
  const w = lower(t);
  if (!isLower(t)) return false;
  return PHRASE_COMPLETERS.has(w) || (!STOP.has(w) && !PHRASE_BREAKS.has(w) && !hasTag(w, 'Adverb'));
}

// Whether the phrase ends before token k: the sentence ends, a mark stands there, or a function word opens the next.
function endsBefore(c: ClauseContext, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind === 'sym') return true;
  return isLower(t) && (STOP.has(lower(t)) || PHRASE_BREAKS.has(lower(t)));
}

// The text taken on past token `after` to the end of its phrase, at most MAX_REACH words; undefined when no mark or
// function word ends the phrase within them, or the text would pass MAX_CLAUSE_WORDS.
function reach(c: ClauseContext, after: number, name: boolean): Span | undefined {
  let to = after;
  while (to < after + MAX_REACH && canTake(c, to + 1, name)) to++;
  if (to === after || !endsBefore(c, to + 1)) return undefined;
  // A name goes on past a connector ("the American Society | for Biochemistry"): not cut inside it.
  if (name && PHRASE_BREAKS.has(lower(c.tokens[to + 1])) && isCapital(c.tokens[to + 2])) return undefined;
  // A participle before more words opens a phrase of its own ("suicides involving | a gun", "the deadline
  // issued | by"): the text does not take it.
  if (!name && /(?:ing|ed)$/.test(lower(c.tokens[to])) && c.tokens[to + 1]?.kind === 'word') return undefined;
  // An adjective before "and" is one of two ("this new | and unusual fever"): the head is further on.
  if (['and', 'or'].includes(lower(c.tokens[to + 1])) && hasTag(lower(c.tokens[to]), 'Adjective'))
    return undefined;
  return c.words(c.span.from, to) <= MAX_CLAUSE_WORDS ? {from: c.span.from, to} : undefined;
}

// The second number of a range opening at token k ("between | 2021 and 2023", "from | $5 to $10"), or -1.
function rangeEnd(c: ClauseContext, k: number): number {
  const join = RANGE_JOINS.get(lower(c.tokens[k]));
  if (!join || c.hidden[k]) return -1;
  let n = k + 1;
  while (c.tokens[n]?.kind === 'sym' && n < k + 3) n++;
  if (c.tokens[n]?.kind !== 'num' || lower(c.tokens[n + 1]) !== join) return -1;
  let end = n + 2;
  while (c.tokens[end]?.kind === 'sym' && end < n + 4) end++;
  return c.tokens[end]?.kind === 'num' ? end : -1;
}

/** Rules for where a text that had to be cut ends; the first that applies gives the span to show. */
export const END_RULES: readonly SieveRule<ClauseContext, Span>[] = [
  {
    id: 'end-after-range',
    description:
      'a text cut inside a range ("between 2021", "from 5") takes the second end when it fits, else ends before the range',
    example:
      'The mill paid out £9,000 in grants between 2019 and 2022 (not "… between 2019"); from 40 to 55 beds.',
    apply: (c) => {
      for (let k = Math.max(c.core.to + 1, c.span.to - 2); k <= c.span.to + 1; k++) {
        const end = rangeEnd(c, k);
        if (end <= c.span.to) continue;
        if (c.words(c.span.from, end) <= MAX_CLAUSE_WORDS) return {from: c.span.from, to: end};
        return {from: c.span.from, to: k - 1};
      }
      return undefined;
    },
  },
  {
    id: 'end-after-of-phrase',
    description:
      'a text cut after its number’s unit or a noun of quantity, before "of", takes the "of" phrase when a few words finish it',
    example:
      'Biden earned the other two delegates with about 36% of the vote (not "… with about 36%"); a couple of tries.',
    apply: (c) => {
      const last = c.span.to;
      if (lower(c.tokens[last + 1]) !== 'of' || c.hidden[last + 1]) return undefined;
      // "of the vote", "of their own": one determiner may open what the "of" phrase names.
      const det = PHRASE_STARTS.has(lower(c.tokens[last + 2])) && !c.hidden[last + 2];
      const from = det ? last + 2 : last + 1;
      // "in the state | of Queensland", "off the coast | of Fiji": a noun's "of" phrase that is a name.
      if (isLower(c.tokens[last]) && isCapital(c.tokens[from + 1])) return reach(c, from, true);
      if (last !== c.core.to && !OF_NOUNS.has(lower(c.tokens[last]))) return undefined;
      return reach(c, from, false);
    },
  },
  {
    id: 'end-before-phrase',
    description:
      'a text cut inside a phrase ends before the last conjunction or preposition after its numbers, not between a word of quantity and its "of"',
    example:
      'It weighed about ten lbs (not "It weighed about ten lbs and the researchers estimate it had a top").',
    apply: (c) => {
      if (!cutInsidePhrase(c)) return undefined;
      // A break word stands apart ("million-and-a-half" holds none); the text before it must not end on a word
      // that needs what follows ("relating to", "according to").
      // "84% of surveyed voters": an "of" right after the numbers belongs to their phrase.
      for (let k = c.span.to; k > c.core.to; k--) {
        const t = c.tokens[k];
        const prev = c.tokens[k - 1];
        if (c.hidden[k] || t?.kind !== 'word' || !t.gap || !PHRASE_BREAKS.has(t.text)) continue;
        if (k === c.core.to + 1 && t.text === 'of') continue;
        if (prev?.kind === 'word' && (/ing$/.test(prev.text) || PHRASE_BREAKS.has(lower(prev)))) continue;
        // "buried much | of the town": a word of quantity needs its "of" phrase.
        if (t.text === 'of' && OF_NOUNS.has(lower(prev))) continue;
        // "took 34.6% of the vote and 29 | of the assembly's 71 seats": a count the text does not hold would end
        // it with its phrase cut off; an earlier break ends it before that count. (A year ends a text well: "paid
        // US$750 in taxes in 2016 | and the same amount in 2017".)
        if (prev?.kind === 'num' && k - 1 > c.core.to && !/^(?:1[89]|20)\d\d$/.test(prev.text)) continue;
        return {from: c.span.from, to: k - 1};
      }
      return undefined;
    },
  },
  {
    id: 'end-at-phrase-head',
    description:
      'a text cut inside a phrase with no break after its numbers takes the few words up to the phrase’s end',
    example: 'We’re an eighty minute team at the moment (not "We’re an eighty minute").',
    apply: (c) => {
      if (!cutInsidePhrase(c)) return undefined;
      return reach(c, c.span.to, isCapital(c.tokens[c.span.to]));
    },
  },
  {
    id: 'end-before-opener',
    description:
      'a text that still stops on a word opening a phrase ("of this", "a couple") ends before that word',
    example: 'Two in the port have died of this new and unusual fever (not "… have died of this").',
    apply: (c) => {
      let to = c.span.to;
      while (
        to > c.core.to &&
        PHRASE_OPENERS.has(lower(c.tokens[to])) &&
        cutInsidePhrase({...c, span: {...c.span, to}})
      )
        to--;
      return to < c.span.to ? {from: c.span.from, to} : undefined;
    },
  },
];
