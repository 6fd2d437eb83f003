// An age at death stated in a sentence of its own ("He was 95.") reads as nothing in a fact box: the fact takes the
// name and the death verb of the sentence before that reports the death ("Robert Mugabe has died. He was 95").
import {tokenize, type Token} from '../numbers.js';
import type {Sentence} from '../pipeline.js';
import {runSieve, type SieveRule} from '../rules.js';
import type {Fact} from '../types.js';
import {DEATH_WORDS} from './vocabulary.js';

/** What the death-context rule reads: the fact, its sentence's tokens, and the sentences before it. */
export interface DeathContext {
  fact: Fact;
  tokens: readonly Token[];
  /** Up to two sentences before the fact's, in its paragraph, nearest first. */
  before: readonly Sentence[];
}

// Verbs that report a death; "death" itself names one without saying whose ("his cause of death").
const DEATH_VERBS: ReadonlySet<string> = new Set(['died', 'dies']);
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);

/** The rule that names who died beside an age at death stated alone. */
export const DEATH_CONTEXT_RULES: readonly SieveRule<DeathContext, string>[] = [
  {
    id: 'age-with-death',
    description:
      'an age closing "… was 95" in a sentence that names no death takes the name and death verb (or "the death of" and the name) of the sentence before it, in its paragraph, that reports the death',
    example:
      'Robert Mugabe, former president of Zimbabwe, has died on Friday. He was 95. / The agency announced the death of cosmonaut Ivo Petrak. He was 85.',
    apply: (c) => {
      if (!aloneAge(c)) return undefined;
      for (const s of c.before) {
        const tokens = tokenize(s.text);
        const said = whoDied(tokens) ?? deathOf(tokens);
        if (said) return `${said}. ${c.fact.text}`;
      }
      return undefined;
    },
  },
];

/** The fact's text with who died before it, when the rule finds them, and the rule's id. */
export function withDeath(c: DeathContext): {text: string; rule: string} | null {
  const r = runSieve(DEATH_CONTEXT_RULES, c);
  return r ? {text: r.verdict, rule: r.rule} : null;
}

// A single value closing its sentence after "was" or "is", in a sentence without a word of death.
function aloneAge(c: DeathContext): boolean {
  const [value, ...more] = c.fact.values;
  if (!value || more.length > 0 || !Number.isInteger(value.value) || value.value > 125) return false;
  if (c.tokens.some((t) => DEATH_WORDS.has(t.lower))) return false;
  return /\b(?:was|is)\s+\d+$/.test(c.fact.text.trim());
}

// "Robert Mugabe, former president of Zimbabwe, has died" → "Robert Mugabe has died": the run of capitalised words
// before the death verb, past an aside set off by commas and an auxiliary.
function whoDied(tokens: readonly Token[]): string | null {
  const verb = tokens.findIndex((t) => DEATH_VERBS.has(t.text));
  if (verb < 0) return null;
  let k = verb - 1;
  const aux = AUXILIARIES.has(tokens[k]?.text ?? '') ? tokens[k]?.text : undefined;
  if (aux) k--;
  if (tokens[k]?.text === ',') {
    k--;
    while (k >= 0 && tokens[k]?.text !== ',') k--;
    k--;
  }
  const name: string[] = [];
  while (k >= 0 && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && tokens[k]?.kind === 'word') {
    name.unshift(tokens[k]?.text ?? '');
    k--;
  }
  if (name.length < 2) return null;
  return [...name, ...(aux ? [aux] : []), tokens[verb]?.text].join(' ');
}

// Nouns that name a death and whose it was, after "of" ("announced the death of cosmonaut Alexei Leonov").
const DEATH_NOUNS: ReadonlySet<string> = new Set(['death', 'passing']);

// "Roscosmos announced the death of cosmonaut Alexei Leonov" → "the death of cosmonaut Alexei Leonov": the noun, "of",
// at most three lower-case words (a title) and a run of at least two capitalised words.
function deathOf(tokens: readonly Token[]): string | null {
  const noun = tokens.findIndex(
    (t, i) => DEATH_NOUNS.has(t.text) && tokens[i + 1]?.text === 'of' && tokens[i - 1]?.text === 'the',
  );
  if (noun < 0) return null;
  let k = noun + 2;
  while (k < noun + 5 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && tokens[k]?.kind === 'word') k++;
  const from = k;
  while (/^\p{Lu}/u.test(tokens[k]?.text ?? '') && tokens[k]?.kind === 'word') k++;
  if (k - from < 2) return null;
  return ['the', ...tokens.slice(noun, k).map((t) => t.text)].join(' ');
}
