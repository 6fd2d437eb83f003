// An obituary's birth year: "Born on December 11, 1935, in Mirati" and "Born Robert Burns in Arroyo Grande,
// California on June 23, 1941" give the first step of a life as the year of a full date; the fact's text keeps the
// word "born" that says what the year is.
import type {Token} from '../numbers.js';
import type {SieveRule} from '../rules.js';

/** Most tokens from "born" to the year of the date it gives. */
export const BORN_REACH = 14;

/** Most words of a birth year's text widened back to its "born". */
const MAX_BORN_WORDS = 20;

/** The token "born" that the year at `year` is the birth date of, in its clause, or -1. */
export function bornToken(tokens: readonly Token[], year: number): number {
  for (let k = year - 1; k >= Math.max(0, year - BORN_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'born') return k;
    if (/^[.;:!?]$/.test(t.text)) return -1;
  }
  return -1;
}

/** What the born-text rule reads: the fact's text, its sentence's tokens and text, and the year's first token. */
export interface BornContext {
  text: string;
  sentence: string;
  tokens: readonly Token[];
  year: number;
}

/** The rule that widens a birth year's text back to its "born": the new text. */
export const BORN_TEXT_RULES: readonly SieveRule<BornContext, string>[] = [
  {
    id: 'born-text',
    description: `an obituary's birth year whose text opens after its "born" is shown from "born" on, when that has at most ${MAX_BORN_WORDS} words`,
    example: 'Born Ada Moss in Lorne, Victoria on June 2, 1931, she sang for six decades.',
    apply: (c) => {
      const born = bornToken(c.tokens, c.year);
      const at = c.sentence.indexOf(c.text);
      const from = c.tokens[born]?.start ?? -1;
      if (born < 0 || at < 0 || from >= at) return undefined;
      const text = c.sentence.slice(from, at + c.text.length);
      return text.split(/\s+/).length <= MAX_BORN_WORDS ? text : undefined;
    },
  },
];
