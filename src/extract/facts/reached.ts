// "The total number of confirmed deaths … surpassed 100,000", "Some estimated death tolls, provided by officials,
// exceeded 100": a number a verb of reaching takes as its object, with nothing counted after it, counts the noun
// of the verb's subject; the words right before the verb ("coronavirus infections") may only qualify it.
import type {NumberMention, Token} from '../numbers.js';
import {CLAUSE_MARK, NUMBER_MODIFIERS, NUMBER_OF_QUALIFIERS, STOP} from './vocabulary.js';

const REACHING =
  /^(?:surpass(?:ed|es)?|exceed(?:ed|s)?|top(?:ped|s)?|pass(?:ed|es)?|reach(?:ed|es)?|hit|hits|cross(?:ed|es)?)$/u;
// Words that may stand between the subject and its verb ("has now surpassed").
const BETWEEN = new Set(['has', 'have', 'had', 'now', 'already', 'also', 'just', 'finally', 'officially']);
// Most tokens back from the verb to its subject's "number of", past a comma-bracketed aside.
const REACH = 16;

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const noun = (t: Token | undefined): boolean =>
  t?.kind === 'word' && /^\p{Ll}{3,}$/u.test(t.text) && !STOP.has(t.text);

/** The noun the subject of a verb of reaching before `m` counts, or '' when the shape does not hold. */
export function reachedSubject(m: NumberMention, tokens: readonly Token[]): string {
  let k = m.first - 1;
  while (k >= 0 && NUMBER_MODIFIERS.has(lower(tokens[k]))) k--;
  if (!REACHING.test(lower(tokens[k]))) return '';
  let j = k - 1;
  while (j >= 0 && BETWEEN.has(lower(tokens[j]))) j--;
  // ", provided anonymously by officials to journalists,": an aside between the subject and the verb.
  if (tokens[j]?.text === ',') {
    let open = j - 1;
    while (open >= Math.max(0, j - REACH) && tokens[open]?.text !== ',') open--;
    if (tokens[open]?.text !== ',') return '';
    j = open - 1;
  }
  // "the (total) number of (confirmed) deaths …": the noun after "of".
  // (A code's hyphens and digits, "SARS-CoV-2", do not end the subject; punctuation does.)
  for (let b = j; b >= Math.max(0, k - REACH) && !CLAUSE_MARK.test(tokens[b]?.text ?? ','); b--) {
    if (!['number', 'total', 'count', 'tally'].includes(lower(tokens[b])) || lower(tokens[b + 1]) !== 'of')
      continue;
    let n = b + 2;
    while (NUMBER_OF_QUALIFIERS.has(lower(tokens[n]))) n++;
    return noun(tokens[n]) ? lower(tokens[n]) : '';
  }
  return noun(tokens[j]) ? lower(tokens[j]) : '';
}
