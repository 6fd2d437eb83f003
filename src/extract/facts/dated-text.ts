// Whether the text written for a fact that is only years reads as a statement: a year's text is cut by the rules made
// for counts, and a year stands in an adverbial, so a cut that works for "killed 15 people" can leave a phrase
// without its verb or its head ("Speaker of the House in 2007", "Alexander Lukashenko, since 1995").
import type {Token} from '../numbers.js';
import {runSieve, type SieveRule} from '../rules.js';
import {isFiniteVerb} from './clause.js';

/** What the dated-text rules read: the sentence's tokens, where the fact's text opens, and its year. */
export interface DatedTextContext {
  tokens: readonly Token[];
  text: string;
  /** Index of the token the text opens on. */
  first: number;
  /** Index of the year's token the fact is about. */
  year: number;
}

// Words after which a new clause may open: a text opening right after one of them starts a statement.
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and but or so that when while after before because although though since whereas'.split(' '),
);
// Marks a text may not open right after: inside a title or a bracket, a text opens mid-phrase.
const INSIDE_MARKS = /^["“‘'([]$/;
// Words before "in"/"since"/"until" that make a year open the clause after it ("…; in 2009, she was appointed").
const OPENING_BEFORE: ReadonlySet<string> = new Set([',', ';', ':', '—', 'where', 'when']);

/** Every dated-text rule of the facts stage: a fact of years only whose text one of them finds is left out. */
export const DATED_TEXT_RULES: readonly SieveRule<DatedTextContext, 'skip'>[] = [
  {
    id: 'dated-no-verb',
    description: 'a text of years only that shows no finite verb tells nothing that happened then',
    example: 'She promised fair elections after decades of rule by Alexander Lukashenko, since 1995.',
    apply: (c) => (hasVerb(c) ? undefined : 'skip'),
  },
  {
    id: 'dated-mid-phrase',
    description:
      'a text of years only that opens inside a phrase (after a word that opens no clause, or inside a title or bracket) has lost its head',
    example: 'Nancy Pelosi became the first woman to serve as Speaker of the House in 2007.',
    apply: (c) => {
      const before = c.tokens[c.first - 1];
      const opener = c.tokens[c.first];
      if (!opener || opener.kind !== 'word') return 'skip';
      if (!before) return undefined;
      if (before.kind === 'sym') return INSIDE_MARKS.test(before.text) ? 'skip' : undefined;
      return CLAUSE_OPENERS.has(before.lower) ? undefined : 'skip';
    },
  },
  {
    id: 'dated-apposition',
    description:
      'a text of years only that opens right after a comma on a name set off by another comma ("the capital, Sanaa, fell") opens inside an apposition',
    example: 'The war began when the capital, Varn, fell to the rebels in 2014.',
    apply: (c) => {
      if (c.tokens[c.first - 1]?.text !== ',') return undefined;
      const head = SET_OFF.exec(c.text)?.[1];
      return head && NAME_ONLY.test(head) ? 'skip' : undefined;
    },
  },
  {
    id: 'dated-participle-opening',
    description:
      'a text of years only whose clause opens on a participle ("In 2014, also suggesting …") has no subject: it is a phrase of the clause after it',
    example:
      'In 2014, also suggesting life could exist there, a team from Varn studied the lichens in the mountains.',
    apply: (c) => (PARTICIPLE_OPENING.test(c.text) ? 'skip' : undefined),
  },
  {
    id: 'dated-opening-year',
    description:
      'a text of years only that ends on a year opening the clause after it ("…; in 2009, she was appointed") shows the wrong clause',
    example:
      'Gillibrand is serving as the junior Senator from New York; in 2009, she was appointed to the seat.',
    apply: (c) => {
      const prep = c.tokens[c.year - 1];
      const before = c.tokens[c.year - 2];
      const after = c.tokens[c.year + 1];
      const endsOnYear = c.text.trimEnd().endsWith(c.tokens[c.year]?.text ?? '\0');
      return endsOnYear &&
        prep?.kind === 'word' &&
        OPENING_BEFORE.has(before?.lower ?? '') &&
        !!after &&
        c.year + 2 < c.tokens.length
        ? 'skip'
        : undefined;
    },
  },
];

// A year phrase and its comma, then (after "also" or an adverb in -ly) a word in -ing opening the text's clause.
const PARTICIPLE_OPENING = /^(?:[^,]{0,40},\s*)?(?:also\s+|\p{Ll}+ly\s+)?\p{Ll}{2,}ing\b/u;

// The words a text opens with up to its first comma; a name of at most four capitalised words.
const SET_OFF = /^([^,]{1,60}),/u;
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

// A finite verb among the words the text shows.
function hasVerb(c: DatedTextContext): boolean {
  return c.text
    .split(/[^\p{L}\p{N}'’-]+/u)
    .some(
      (w) =>
        w !== '' &&
        isFiniteVerb({text: w, lower: w.toLowerCase(), kind: 'word', start: 0, end: 0, gap: true}),
    );
}

/** Index of the token a fact's text opens on: the last one at or before the year that begins the text's words. */
export function openingToken(tokens: readonly Token[], text: string, year: number): number {
  const [head = '', next = ''] = text.split(/\s+/).map((w) => /^[\p{L}\p{N}]+|^./u.exec(w)?.[0] ?? '');
  let found = -1;
  for (let k = 0; k <= year; k++) {
    if (tokens[k]?.text !== head) continue;
    if (found < 0 || tokens[k + 1]?.text === next) found = k;
  }
  return found < 0 ? year : found;
}

/** Most words of a sentence shown whole for a year whose cut text does not read as a statement. */
export const MAX_DATED_SENTENCE = 30;

/** What the whole-sentence rule reads: the sentence without its final stop, and whether it reads as a statement. */
export interface WholeContext {
  whole: string;
  /** Whether a dated-text rule finds the whole sentence too. */
  found: boolean;
}

/** The rule that shows a short sentence whole when the cut text of its year does not read as a statement. */
export const DATED_WHOLE_RULES: readonly SieveRule<WholeContext, 'whole'>[] = [
  {
    id: 'dated-whole-sentence',
    description: `a sentence of at most ${MAX_DATED_SENTENCE} words whose year's cut text a dated-text rule finds, or for whose year no clause with a subject fits, is shown whole, when it reads as a statement`,
    example: 'The 22nd amendment establishing a legal limit on presidential terms was passed in 1947.',
    apply: (c) => (!c.found && c.whole.split(/\s+/).length <= MAX_DATED_SENTENCE ? 'whole' : undefined),
  },
];

/**
 * The text of a fact of years only: the cut text when no dated-text rule finds it, else the whole sentence when a
 * whole-sentence rule shows it, else null; `rule` names the rule that decided.
 */
export function datedText(
  sentence: string,
  tokens: readonly Token[],
  cut: string,
  year: number,
): {text: string | null; rule?: string} {
  const skip = runSieve(DATED_TEXT_RULES, {tokens, text: cut, first: openingToken(tokens, cut, year), year});
  if (!skip) return {text: cut};
  return wholeDated(sentence, tokens, year) ?? {text: null, rule: skip.rule};
}

/** The whole sentence as the text of a fact of years only, when a whole-sentence rule shows it, and the rule. */
export function wholeDated(
  sentence: string,
  tokens: readonly Token[],
  year: number,
): {text: string; rule: string} | null {
  const whole = sentence.trim().replace(/[.!?]+$/, '');
  const found = !!runSieve(DATED_TEXT_RULES, {tokens, text: whole, first: 0, year});
  const shown = runSieve(DATED_WHOLE_RULES, {whole, found});
  return shown ? {text: whole, rule: shown.rule} : null;
}
