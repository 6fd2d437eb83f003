// A single capitalised word that speaks ("“The river is rising,” Varnok said"), which the entities stage lists as
// nothing: no known word, no place, no body. Its place beside a speech verb and a quotation, away from the start of
// a sentence, is the evidence that it is someone's name; the quote stage lists it as a person so the quote has a
// speaker. Anything else in the article saying it is a place or a body ("in Varnok", "the Varnok") keeps it out.
import {AGENCY_WORDS} from '../entities/cues.js';
import {lexiconTags} from '../nlp.js';
import type {Entity} from '../types.js';
import type {RuleInfo} from '../rules.js';
import {misspeltSurname} from './mentions.js';
import {isSpaceCode} from '../entities/context-words.js';
import {isLetterAt, speechVerbThen} from './verb-at.js';

/** One place a shape found a lone word: the match's start and end, and the word. */
export interface LoneMatch {
  index: number;
  end: number;
  word: string;
}

// The shapes' small patterns; the speech verb between their parts is read by speechVerbThen, in the order and with
// the ends the alternation of the verbs in one pattern had (tests/extract/lone-speakers-verbs.test.ts keeps those
// patterns and compares).
/** A quotation closing on a comma, and the white space after it: where two shapes start. */
const AFTER_QUOTE = /(?:,\s*[”"]|[”"]\s*,)\s*/g;
/** One capitalised word of at least three letters. */
const CAPITALISED = /\p{Lu}\p{Ll}{2,}/uy;
/** After a comma or a lower-case word (not "14th"), one capitalised word between white space. */
const INSIDE_SENTENCE = /(?:,|(?<![\p{L}\p{N}])\p{Ll}+)\s+(\p{Lu}\p{Ll}{2,})\s+/gu;
/** At most two lower-case words after the verb, a comma or colon, and an opening quotation mark. */
const TO_QUOTE = /(?:\s+\p{Ll}+){0,2}\s*[,:]?\s*[“"]/uy;

/** Where the white space from `at` ends, or -1 when there is none. */
function spacesEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return end > at ? end : -1;
}

/** The capitalised word at `at`, or undefined. */
function capitalisedAt(text: string, at: number): string | undefined {
  CAPITALISED.lastIndex = at;
  return CAPITALISED.exec(text)?.[0];
}

/**
 * A shape's matches in `text`: at each match of the global pattern `re` (the shape's opening, which reaches the
 * place where it goes on one way only), `from` gives the whole match or undefined; the search goes on from its end,
 * or from the next character after a start that found nothing: what the shape as one global pattern matches.
 */
function shapeMatches(
  re: RegExp,
  text: string,
  from: (m: RegExpExecArray) => LoneMatch | undefined,
): LoneMatch[] {
  const out: LoneMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const found = from(m);
    if (found !== undefined) out.push(found);
    re.lastIndex = found?.end ?? m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

/** The shapes that make a lone word a speaker, as data: --explain prints the id of the one that found it. */
export const LONE_SPEAKER_RULES: readonly (RuleInfo & {matches: (para: string) => LoneMatch[]})[] = [
  {
    id: 'lone-word-after-quote',
    description:
      'a quotation closing on a comma, then one unknown capitalised word and a speech verb: a person',
    example: '“The river is rising faster than we expected,” Varnok said.',
    // `(?:,\s*[”"]|[”"]\s*,)\s*(\p{Lu}\p{Ll}{2,})\s+(?:${VERB_ALT})(?![\p{L}])`
    matches: (para) =>
      shapeMatches(AFTER_QUOTE, para, (m) => {
        const at = m.index + m[0].length;
        const word = capitalisedAt(para, at);
        const verb = word === undefined ? -1 : spacesEnd(para, at + word.length);
        const end = verb < 0 ? -1 : speechVerbThen(para, verb, (e) => (isLetterAt(para, e) ? -1 : e));
        return word !== undefined && end >= 0 ? {index: m.index, end, word} : undefined;
      }),
  },
  {
    id: 'lone-word-verb-after-quote',
    description:
      'a quotation closing on a comma, then a speech verb and one unknown capitalised word: a person',
    example: '“We will open on Friday,” said Grivik.',
    // `(?:,\s*[”"]|[”"]\s*,)\s*(?:${VERB_ALT})\s+(\p{Lu}\p{Ll}{2,})(?=\s*[.,;])`
    matches: (para) =>
      shapeMatches(AFTER_QUOTE, para, (m) => {
        let word: string | undefined;
        const end = speechVerbThen(para, m.index + m[0].length, (e) => {
          const at = spacesEnd(para, e);
          word = at < 0 ? undefined : capitalisedAt(para, at);
          if (word === undefined) return -1;
          const stop = spacesEnd(para, at + word.length);
          return ',.;'.includes(para[stop < 0 ? at + word.length : stop] ?? ' ') ? at + word.length : -1;
        });
        return word !== undefined && end >= 0 ? {index: m.index, end, word} : undefined;
      }),
  },
  {
    id: 'lone-word-before-quote',
    description:
      'inside a sentence (after a comma or a lower-case word, not "14th"), one unknown capitalised word, a speech verb and a quotation: a person',
    example: 'On Tuesday, Varnok told reporters: “We expected worse.”',
    // `(?:,|(?<![\p{L}\p{N}])\p{Ll}+)\s+(\p{Lu}\p{Ll}{2,})\s+(?:${VERB_ALT})(?:\s+\p{Ll}+){0,2}\s*[,:]?\s*[“"]`
    matches: (para) =>
      shapeMatches(INSIDE_SENTENCE, para, (m) => {
        const end = speechVerbThen(para, m.index + m[0].length, (e) => {
          TO_QUOTE.lastIndex = e;
          return TO_QUOTE.test(para) ? TO_QUOTE.lastIndex : -1;
        });
        return end >= 0 ? {index: m.index, end, word: m[1] as string} : undefined;
      }),
  },
];

const QUOTE_MARK = /[“”"]/u;

// The lexicon's tags that a given name or surname carries: such a word is still a name.
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun']);
const isKnownWord = (word: string) => lexiconTags(word).some((t) => !NAME_TAGS.has(t));

// "in Varnok", "the Varnok", "Varnok's office", "Varnok Street": the article reads the word as a place, a body, or
// part of a longer name.
function readAsOther(word: string, text: string): boolean {
  const other = new RegExp(
    `(?:(?<![\\p{L}])(?:in|at|from|to|near|of|the|The)\\s+${word}(?![\\p{L}]))|(?:(?<![\\p{L}])${word}\\s+\\p{Lu})`,
    'u',
  );
  return other.test(text);
}

/**
 * The lone capitalised words that speak in these paragraphs, as new person entries (with the rule that found each),
 * leaving out any word an entry, a place or a word of the lexicon already accounts for.
 */
export function loneSpeakers(
  paragraphs: readonly string[],
  known: readonly Entity[],
): {entity: Entity; rule: string}[] {
  // The words of the known names and the article's text, made when a shape first matches (most articles: never).
  let taken: Set<string> | undefined;
  let text: string | undefined;
  const found = new Map<string, string>();
  // Every shape holds a quotation mark: a paragraph without one (most of an article's) is not searched.
  // (Indexed loops, no destructuring: an array's iterator is an object per step in V8's interpreter.)
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as string;
    if (!QUOTE_MARK.test(para)) continue;
    for (let r = 0; r < LONE_SPEAKER_RULES.length; r++) {
      const rule = LONE_SPEAKER_RULES[r] as (typeof LONE_SPEAKER_RULES)[number];
      const matches = rule.matches(para);
      for (let k = 0; k < matches.length; k++) {
        const word = (matches[k] as LoneMatch).word;
        if (!word || found.has(word)) continue;
        taken ??= new Set(known.flatMap((e) => [e.name, ...e.aliases].flatMap((f) => f.split(/\s+/))));
        if (taken.has(word) || AGENCY_WORDS.has(word)) continue;
        text ??= paragraphs.join('\n');
        if (isKnownWord(word) || readAsOther(word, text) || misspeltSurname(word, known)) continue;
        found.set(word, rule.id);
      }
    }
  }
  if (found.size === 0) return [];
  const whole = text ?? paragraphs.join('\n');
  return [...found].map(([word, rule]) => ({
    entity: {name: word, aliases: [], mentions: whole.split(word).length - 1},
    rule,
  }));
}
