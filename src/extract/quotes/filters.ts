// Which quoted spans are not quotes: scare quotes, labels, titles of works, glosses (GUIDE.md: "include a short
// quoted phrase only if a speaker is clearly given for it"). Declared rules, run after the speaker sieve because a
// short phrase counts as speech only when a speech verb right next to it names who said it.
import {checkRules, type SieveRule} from '../rules.js';
import type {QuoteSpan} from './marks.js';
import type {SpeakerVerdict} from './sieves.js';
import {
  alternation,
  LABEL_NOUNS,
  NAMER_WORDS,
  NAMING_VERBS,
  TITLE_SMALL_WORDS,
  UTTERANCE_NOUNS,
} from './vocabulary.js';

/** Quotes this short must be the object of a speech verb close by, or they are scare quotes and titles. */
export const SHORT_WORDS = 3;
/** A short quote's speech verb lies at most this many words from it ("called the deal “lousy”"). */
export const VERB_REACH_WORDS = 10;
/** A quote no sieve attributes is kept (unattributed) only from this many words: shorter ones are labels. */
export const UNATTRIBUTED_MIN_WORDS = 8;

/** A quoted span with the speaker the sieve gave it (rule null: no sieve spoke). */
export interface Candidate {
  text: string;
  words: number;
  para: string;
  masked: string;
  span: QuoteSpan;
  rule: string | null;
  verdict: SpeakerVerdict | null;
  /** The quote follows "and"/"or" after a quote of the same sentence that was kept ("as “…” and “…”"). */
  joinsKept?: boolean;
}

// Module constants: esbuild (target node) rebuilds a literal with \p{…} each time it is evaluated.
const HAS_WORD = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^[“"‘'(]*\p{Lu}/u;
const CLAUSE_BREAK = /[,;:.!?()—–]/u;
const RELATIVE_ASIDE = /,\s+(?:which|who|whom|whose)\s[^,;:.!?]*,/gu;
const SO_CALLED = /(?<![\p{L}])so[- ]called\s+$/iu;
const AS_BEFORE = /(?<![\p{L}])as\s+(?:(?:a|an|the)\s+)?$/u;
// A nickname set inside a name: a capitalised given name (not a word of the sentence's own) and one space before
// the mark, one space and a capitalised surname after it.
const GIVEN_NAME_BEFORE = /(?<![\p{L}'’-])\p{Lu}\p{Ll}[\p{L}'’-]* $/u;
const SURNAME_AFTER = /^ \p{Lu}\p{Ll}/u;
const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u;

/** Words with a letter or digit. */
export function wordCount(s: string): number {
  // The runs of non-space `split(/\s+/)` cuts that hold a letter or digit, counted by one call of a pattern that
  // matches from a run's first letter or digit to its end (this counts every quote's text).
  return s.match(WORD_WITH_LETTER)?.length ?? 0;
}
const WORD_WITH_LETTER = /[\p{L}\p{N}]\S*/gu;

const SMALL = new RegExp(`^(?:${alternation(TITLE_SMALL_WORDS)})$`, 'u');
const TITLE_END = /[.!?,;:]["”’]?$/u;

/** "Person of the Year", "Make the World Great Again": capitalised like a title, not like speech. */
export function isTitleCase(text: string): boolean {
  // (The closing punctuation first: most quotes end in it, and it needs one call of a pattern, the words one each.)
  if (TITLE_END.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w) && !SMALL.test(w));
  if (words.length < 2 || words.length > 8) return false;
  return words.filter((w) => CAPITALISED.test(w)).length / words.length >= 0.75;
}

/** A quoted word or name ("the term “…”") is at most this long: a longer span after a label noun is speech. */
export const LABEL_MAX_WORDS = 8;

const ARTICLE = '(?:(?:a|an|the)\\s+)?';
// "the term “…”", "the title of “…”": the noun right before the mark, only an article between.
const AFTER_LABEL_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${alternation(LABEL_NOUNS)})\\s+(?:of\\s+)?${ARTICLE}$`,
  'iu',
);
// "a pattern called “…”", "was nicknamed the “…”": a naming verb whose word before is no subject of speech.
const AFTER_NAMING_VERB = new RegExp(
  `(?<![\\p{L}])(\\p{Ll}+)\\s+(${alternation(NAMING_VERBS)})\\s+${ARTICLE}$`,
  'u',
);
const NAMERS: ReadonlySet<string> = new Set(NAMER_WORDS);

/** The words just before the opening mark put the quote forward as a name or a term, not as speech. */
export function introducedAsLabel(para: string, open: number): boolean {
  const before = para.slice(Math.max(0, open - 60), open);
  if (AFTER_LABEL_NOUN.test(before)) return true;
  const m = AFTER_NAMING_VERB.exec(before);
  const word = m?.[1];
  if (word === undefined) return false;
  // "also known as" names a thing whoever speaks; "he called “…”" may be his words.
  return /^known/.test(m?.[2] ?? '') || (!NAMERS.has(word) && !word.endsWith('ly'));
}

// "the “losers” comment": the quote qualifies the noun of an utterance right after its closing mark.
const BEFORE_UTTERANCE = new RegExp(`^\\s+(?:${alternation(UTTERANCE_NOUNS)})(?![\\p{L}])`, 'u');
/** A short quote that names the remark or post right after it, not the remark itself. */
export function namesUtterance(c: Candidate): boolean {
  return c.span.closed && !/[.!?,;:]$/u.test(c.text) && BEFORE_UTTERANCE.test(c.para.slice(c.span.close + 1));
}

// True when only spaces stand between a "(" and `at`: a gloss in parentheses ("British exit").
function afterParenthesis(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return text[i - 1] === '(';
}

/** A short quote counts only as the object of a nearby speech verb ("called the deal “lousy”"). */
function closeToVerb(c: Candidate): boolean {
  const at = c.verdict?.verbAt;
  if (at === undefined) return false;
  const span = at < c.span.open ? c.masked.slice(at, c.span.open) : c.masked.slice(c.span.close + 1, at);
  // "justified the strike, which was approved by the President, as “defensive”": the verb's "as" object, after a
  // relative clause set off by commas, is as close to the verb as without the aside.
  const gap = span.includes(',') && AS_BEFORE.test(span) ? span.replace(RELATIVE_ASIDE, ' ') : span;
  const words = wordCount(gap);
  // "X told AFP the victim is in intensive care with “severe burns”": one clause, no comma or stop between, is
  // the verb's own object however long.
  return words <= VERB_REACH_WORDS || (words <= 4 * VERB_REACH_WORDS && !CLAUSE_BREAK.test(gap));
}

// What may stand right before a quote that opens its own sentence: nothing, or the end of the sentence before.
const SENTENCE_BEFORE = /(?:^|[.!?]["”’]?)\s*$/u;

/**
 * A short quote that is a whole sentence of its own ("…,” said Paolo Renzi. “Nobody warned us.”), given a named
 * speaker, or going on from a quote kept in its paragraph ("“…,” she said of a neighbour not named. “Tonight I'm
 * scared.”"): speech, not a scare quote, which sits inside a sentence of the writer's.
 */
function ownSentence(c: Candidate): boolean {
  return (
    (c.verdict?.speaker != null || c.rule === 'continues-paragraph') &&
    CAPITALISED.test(c.text) &&
    /[.!?]$/u.test(c.text) &&
    SENTENCE_BEFORE.test(c.masked.slice(0, c.span.open))
  );
}

/**
 * A short exclamation or question right after a speech verb ("protested by shouting “shame on you!”"): words
 * someone cried out, named or not, never a label (a title shaped so is dropped as title case).
 */
function criedOut(c: Candidate): boolean {
  return /[!?]$/u.test(c.text) && verbSieve(c.rule) && closeToVerb(c);
}

/** Sieves that read a speech verb, or a mark, participle or verb of stance standing for one, right at the quote. */
const CLOSE_SIEVES: ReadonlySet<string> = new Set([
  'colon-intro',
  'comma-intro',
  'participle-opening',
  'stance-subject',
]);
const verbSieve = (rule: string | null) =>
  rule !== null && (rule.startsWith('verb-') || CLOSE_SIEVES.has(rule));

/** The rules that drop a quoted span, in order; the first that applies says why. */
export const DROPS: readonly SieveRule<Candidate, true>[] = [
  {
    id: 'no-words',
    description: 'marks around nothing but punctuation',
    example: 'He answered “…” and left.',
    apply: (c) => (HAS_WORD.test(c.text) ? undefined : true),
  },
  {
    id: 'gloss-in-parentheses',
    description: 'a quoted gloss right after an opening parenthesis',
    example: 'They opposed Brexit ("British exit") loudly.',
    apply: (c) => (afterParenthesis(c.para, c.span.open) ? true : undefined),
  },
  {
    id: 'nickname-in-name',
    description:
      'one or two capitalised words, no closing punctuation, set between a given name and a surname: a nickname, not speech',
    example: 'Jesús "Chuy" Ramírez Soto said he had moved his cattle.',
    apply: (c) =>
      c.words <= 2 &&
      NICKNAME.test(c.text) &&
      GIVEN_NAME_BEFORE.test(c.para.slice(Math.max(0, c.span.open - 40), c.span.open)) &&
      SURNAME_AFTER.test(c.para.slice(c.span.close + 1))
        ? true
        : undefined,
  },
  {
    id: 'named-label',
    description: `a phrase of at most ${LABEL_MAX_WORDS} words put forward as a term or a name ("the term", "a pattern called")`,
    example: 'The sailors used a knot called the “dog’s ear” for the sails.',
    apply: (c) => (c.words <= LABEL_MAX_WORDS && introducedAsLabel(c.para, c.span.open) ? true : undefined),
  },
  {
    id: 'so-called',
    description: `a phrase of at most ${LABEL_MAX_WORDS} words right after "so-called": the writer's scare quote, whoever is named`,
    example: 'Ada Brill rejected the so-called “peace plan” of the council.',
    apply: (c) =>
      c.words <= LABEL_MAX_WORDS && SO_CALLED.test(c.para.slice(Math.max(0, c.span.open - 20), c.span.open))
        ? true
        : undefined,
  },
  {
    id: 'names-an-utterance',
    description: `a phrase of at most ${SHORT_WORDS} words right before "comment", "tweet", "remark": it names the utterance`,
    example: 'The paper ran a story on the mayor’s “ghost town” remark.',
    apply: (c) => (c.words <= SHORT_WORDS && namesUtterance(c) ? true : undefined),
  },
  {
    id: 'short-without-speaker',
    description: `a phrase of at most ${SHORT_WORDS} words that no speech verb gives a named speaker (unless cried out: “…!”, “…?”): a scare quote or label`,
    example: 'The "peace" plan was shelved.',
    apply: (c) =>
      c.words <= SHORT_WORDS &&
      !c.joinsKept &&
      !ownSentence(c) &&
      !criedOut(c) &&
      (!verbSieve(c.rule) || c.verdict?.speaker == null)
        ? true
        : undefined,
  },
  {
    id: 'short-far-from-verb',
    description: `a short phrase more than ${VERB_REACH_WORDS} words from its speech verb (twice that within one clause): not what the verb says`,
    example: 'Ada Brill said the port, closed since the storm of last winter and the floods, was “fine”.',
    // A quote joined to a kept one is as close as that one was.
    apply: (c) =>
      c.words <= SHORT_WORDS && !c.joinsKept && !ownSentence(c) && !closeToVerb(c) ? true : undefined,
  },
  {
    id: 'title-case',
    description: 'a phrase capitalised like a title of a work or an award',
    example: 'The magazine named her its "Person of the Year" on Monday.',
    apply: (c) => (isTitleCase(c.text) ? true : undefined),
  },
  {
    id: 'unattributed-short',
    description: `a quote no sieve attributes, under ${UNATTRIBUTED_MIN_WORDS} words: more likely a label than speech`,
    example: 'The ship, known locally as “the old grey lady of the bay”, sank.',
    apply: (c) => (c.rule === null && c.words < UNATTRIBUTED_MIN_WORDS ? true : undefined),
  },
];
checkRules('quote drops', DROPS);
