// A fact's numbers are often the subject of the clause they stand in ("…, of which four are needed", "1885
// aftershocks had occurred since"). Cut for length after the numbers, such a text ends on a subject without its
// verb ("… of which four"); the verb group after the numbers is what the fact says of them, so it stays.
import type {Token} from '../numbers.js';
import {isFiniteVerb} from './clause.js';
import {AUXILIARIES, IRREGULAR_VERBS, PHRASE_BREAKS, STOP} from './vocabulary.js';

/** Most plain words between the numbers' phrase and its verb ("twenty active | victims were rescued"). */
const MAX_BETWEEN = 2;

// A verb group opens on a finite auxiliary: a verb of its own after a number is as often a participle that
// describes it ("eleven proteins found only in", "the 326 seats needed") as the clause's verb.
const FINITE_AUXILIARIES = new Set(
  `is are was were am has have had will would shall should can could may might must do does did`.split(' '),
);

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word' && t.gap;

// A word that goes on with a verb group: "had | been | reached", "are | not | needed".
function goesOn(t: Token | undefined): boolean {
  if (!isWord(t) || !/^\p{Ll}/u.test(t.text)) return false;
  const w = lower(t);
  return AUXILIARIES.has(w) || w === 'not' || IRREGULAR_VERBS.has(w) || /^\p{Ll}{2,}(?:ed|en)$/u.test(w);
}

/**
 * The last token of the verb group the numbers ending at `after` are the subject of, or `after` when none follows
 * them in the same clause: a finite auxiliary after at most MAX_BETWEEN plain lower-case words, with the rest of
 * its group ("are needed", "had been reached", "were shot", "have").
 */
export function predicateEnd(tokens: readonly Token[], hidden: readonly boolean[], after: number): number {
  let k = after + 1;
  for (let between = 0; ; between++) {
    const t = tokens[k];
    if (!isWord(t) || hidden[k]) return after;
    const w = lower(t);
    if (FINITE_AUXILIARIES.has(w) && /^\p{Ll}/u.test(t.text)) break;
    if (between >= MAX_BETWEEN || !/^\p{Ll}/u.test(t.text) || isFiniteVerb(t)) return after;
    if (STOP.has(w) || PHRASE_BREAKS.has(w) || AUXILIARIES.has(w) || /ly$/.test(w)) return after;
    k++;
  }
  // An auxiliary takes the rest of its group ("are | needed", "had | been | reached").
  while (AUXILIARIES.has(lower(tokens[k])) || lower(tokens[k]) === 'not') {
    if (!goesOn(tokens[k + 1]) || hidden[k + 1]) break;
    k++;
  }
  // A group that is only auxiliaries stands alone at the sentence's end ("but eight federal judges have."); before
  // more words it is a copula whose complement follows ("were, according to …, sexual", "was in 1984"), or the
  // numbers are not its subject.
  if (AUXILIARIES.has(lower(tokens[k])) && !/^[.!?]$/.test(tokens[k + 1]?.text ?? '.')) return after;
  return k;
}
