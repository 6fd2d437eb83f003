// What a number counts (its unit: "598 drones" → "drones"); kinds.ts says what kind of fact that makes it.
import type {NumberMention, Token} from '../numbers.js';
import {reachedSubject} from './reached.js';

import {
  CASUALTY,
  DURATIONS,
  HEADCOUNTS,
  ING_NOUNS,
  LINKS,
  MEASURES,
  PEOPLE,
  PRONOUNS,
  SINGULAR_IN_S,
  SKIP_AFTER_OF,
  SKIP_FIRST,
  STOP,
  UNMARKED_PLURALS,
  VOTES,
} from './vocabulary.js';

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const EXTENT_ADVERB = /^\p{L}{3,}wide$/u;

/** Words that open a clause of its own after the one before: a cue word behind them is that clause's. */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas']);

/** The noun a number counts, or its unit: "%", a currency, a measure, a compound ("24-hour" → "hour"). */
export function unitOf(m: NumberMention, tokens: readonly Token[], next?: NumberMention): string {
  if (m.percent) return '%';
  if (m.currency) return m.currency;
  if (m.suffix) return m.suffix;
  if (m.compound) return m.compound;
  // "a magnitude 6.3 earthquake": the measure is named before the number.
  const before = lower(tokens[m.first - 1]);
  if (MEASURES.has(before) && before.length > 2) return before;
  // A range, a choice or a share takes the unit of the number it is joined to: "three to six feet", "10–15%",
  // "908 of the 2240 attendees", "17 out of 18 districts".
  if (next && linked(tokens, m.last + 1, next.first)) return unitOf(next, tokens);
  let phrase = phraseAfter(tokens, m.last + 1);
  if (phrase.length === 0 && lower(tokens[m.last + 1]) === 'of') {
    let k = m.last + 2;
    while (SKIP_AFTER_OF.has(lower(tokens[k]))) k++;
    if (!PRONOUNS.has(lower(tokens[k]))) phrase = phraseAfter(tokens, k);
  }
  // "39 of the state's 40 delegates": a possessive is not what is counted.
  if (phrase.length > 0 && /['’]s$/.test(phrase[phrase.length - 1] as string)) return '';
  if (phrase.length > 0) return unitFromPhrase(phrase, tokens, m);
  // "death tolls … exceeded 100": the subject of a verb of reaching says what is counted.
  const reached = reachedSubject(m, tokens);
  if (reached) return reached;
  // Nothing after the number ("injured at least 45", "the death toll rose to 25"): a cue word before it in the
  // same clause, else a casualty word after it ("Three of them were rescued"). A number that opens a clause of its
  // own ends the look back: "seventeen people died and 35 were rescued" does not count the dead ("and about 35"
  // neither), where "gained 13 seats and Labour lost 10" counts seats again.
  for (
    let k = m.first - 1;
    k >= Math.max(0, m.first - 6) && tokens[k]?.kind !== 'sym' && tokens[k]?.kind !== 'num';
    k--
  ) {
    const w = lower(tokens[k]);
    if (CLAUSE_LINKS.has(w) && k >= m.first - 3) break;
    if (CASUALTY.has(w) || VOTES.has(w) || w === 'total') return w;
    // "a pre-war population of about 180,000": a headcount noun before "of" is what the number counts.
    if (HEADCOUNTS.has(w) && lower(tokens[k + 1]) === 'of') return w;
  }
  for (
    let k = m.last + 1;
    k <= Math.min(tokens.length - 1, m.last + 6) &&
    tokens[k]?.kind !== 'num' &&
    !/^[;:()]$/.test(tokens[k]?.text ?? '');
    k++
  ) {
    const w = lower(tokens[k]);
    if (CASUALTY.has(w)) return w;
  }
  return '';
}

/** Whether only linking words ("to", "or", "out of the") stand between two token positions. */
export function linked(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++)
    if (!LINKS.has(lower(tokens[k])) && !/['’]s$/.test(lower(tokens[k]))) return false;
  return true;
}

// "47 month prison term" counts months; "black plastic body bags" counts body bags; "miles per hour" is a rate.
function unitFromPhrase(phrase: readonly string[], tokens: readonly Token[], m: NumberMention): string {
  const head = (phrase[0] ?? '').toLowerCase();
  let unit: string;
  if (DURATIONS.has(head)) unit = phrase[0] as string;
  else if (MEASURES.has(head))
    unit = MEASURES.has((phrase[1] ?? '').toLowerCase())
      ? phrase.slice(0, 2).join(' ')
      : (phrase[0] as string);
  else return phrase.slice(-2).join(' ');
  // A rate: "75 miles per hour".
  const at = tokens.findIndex((t, k) => k > m.last && t.lower === unit.split(' ').pop()?.toLowerCase());
  if (at > 0 && lower(tokens[at + 1]) === 'per' && tokens[at + 2]?.kind === 'word')
    return `${unit} per ${tokens[at + 2]?.text ?? ''}`;
  return unit;
}

// Up to four words after a number that name what it counts, stopping at function words, verbs and punctuation.
function phraseAfter(tokens: readonly Token[], from: number): string[] {
  const words: string[] = [];
  let k = from;
  // "2500+ points", "100-plus people".
  if (tokens[k]?.text === '+' && !tokens[k]?.gap) k++;
  while (SKIP_FIRST.has(lower(tokens[k])) && tokens[k + 1]?.kind === 'word') k++;
  for (; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k] as Token;
    // "light-years", "body-bags": glued hyphenated words continue the phrase.
    if (
      /^[-‐‑]$/.test(t.text) &&
      !t.gap &&
      tokens[k + 1]?.kind === 'word' &&
      !tokens[k + 1]?.gap &&
      words.length > 0
    ) {
      words[words.length - 1] += `-${tokens[k + 1]?.text ?? ''}`;
      k++;
      continue;
    }
    // "U.S." is one word.
    if (t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.' && !tokens[k + 1]?.gap) {
      let abbr = t.text;
      while (tokens[k + 1]?.text === '.' && !tokens[k + 1]?.gap) {
        abbr += '.';
        k++;
        const n = tokens[k + 1];
        if (n && !n.gap && /^\p{Lu}$/u.test(n.text)) {
          abbr += n.text;
          k++;
        } else break;
      }
      words.push(abbr);
      continue;
    }
    if (t.kind !== 'word') break;
    // A code ("Amazon S3", "F-16") is a name, not what is counted.
    if (tokens[k + 1]?.kind === 'num' && !tokens[k + 1]?.gap) break;
    // A plural noun ends the phrase: the next word is usually a verb ("a dozen people came", "bags lay").
    if (words.length > 0 && isPlural(words[words.length - 1] as string)) break;
    const w = t.lower;
    // "surpassed one million worldwide": an adverb of extent ("worldwide", "nationwide") counts nothing.
    if (EXTENT_ADVERB.test(w)) break;
    // "US dollars": an all-capitals word is a name or an abbreviation, not the pronoun "us".
    if (STOP.has(w) && !/^\p{Lu}{2,}$/u.test(t.text)) break;
    // "-ly" words are adverbs ("six recently"), but adjectives before a noun go on ("four deadly shootings").
    if (w.endsWith('ly')) {
      const n = tokens[k + 1];
      if (!n || n.kind !== 'word' || STOP.has(n.lower) || /(?:ed|ly)$/.test(n.text)) break;
    }
    // "-ing" words are verbs ("six following", "people sleeping") except a few nouns; plural "-ings" are nouns.
    if (words.length > 0 && /(?:ing|ed)$/.test(w) && !PEOPLE.has(w) && !ING_NOUNS.has(w)) break;
    // "45 injured" ends at the casualty word; "11,187 recorded accidents" goes on past the adjective, but
    // "ten reached out" is a verb.
    if (words.length === 0 && /(?:ed|ing)$/.test(w) && !ING_NOUNS.has(w)) {
      if (CASUALTY.has(w)) {
        words.push(w);
        break;
      }
      const n = tokens[k + 1];
      if (!n || n.kind !== 'word' || STOP.has(n.lower) || /(?:ed|ly)$/.test(n.text)) break;
    }
    words.push(w === t.text || /^\p{Lu}[\p{Ll}'’]+$|^\p{Lu}{2,}$/u.test(t.text) ? t.text : w);
  }
  return words;
}

/** Whether a word looks like a plural noun ("drones", "people"), not a possessive or "bus". */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  return UNMARKED_PLURALS.has(w) || (/[^su'’]s$/.test(w) && !/ss$/.test(w) && !SINGULAR_IN_S.has(w));
}
