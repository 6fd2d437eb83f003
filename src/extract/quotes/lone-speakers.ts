// A single capitalised word that speaks ("“The river is rising,” Varnok said"), which the entities stage lists as
// nothing: no known word, no place, no body. Its place beside a speech verb and a quotation, away from the start of
// a sentence, is the evidence that it is someone's name; the quote stage lists it as a person so the quote has a
// speaker. Anything else in the article saying it is a place or a body ("in Varnok", "the Varnok") keeps it out.
import {AGENCY_WORDS} from '../entities/cues.js';
import {lexiconTags} from '../nlp.js';
import type {Entity} from '../types.js';
import type {RuleInfo} from '../rules.js';
import {misspeltSurname} from './mentions.js';
import {VERB_ALT} from './vocabulary.js';
import {matchesOf} from '../matches.js';

/** The shapes that make a lone word a speaker, as data: --explain prints the id of the one that found it. */
export const LONE_SPEAKER_RULES: readonly (RuleInfo & {shape: RegExp})[] = [
  {
    id: 'lone-word-after-quote',
    description:
      'a quotation closing on a comma, then one unknown capitalised word and a speech verb: a person',
    example: '“The river is rising faster than we expected,” Varnok said.',
    shape: new RegExp(`(?:,\\s*[”"]|[”"]\\s*,)\\s*(\\p{Lu}\\p{Ll}{2,})\\s+(?:${VERB_ALT})(?![\\p{L}])`, 'gu'),
  },
  {
    id: 'lone-word-verb-after-quote',
    description:
      'a quotation closing on a comma, then a speech verb and one unknown capitalised word: a person',
    example: '“We will open on Friday,” said Grivik.',
    shape: new RegExp(
      `(?:,\\s*[”"]|[”"]\\s*,)\\s*(?:${VERB_ALT})\\s+(\\p{Lu}\\p{Ll}{2,})(?=\\s*[.,;])`,
      'gu',
    ),
  },
  {
    id: 'lone-word-before-quote',
    description:
      'inside a sentence (after a comma or a lower-case word, not "14th"), one unknown capitalised word, a speech verb and a quotation: a person',
    example: 'On Tuesday, Varnok told reporters: “We expected worse.”',
    shape: new RegExp(
      `(?:,|(?<![\\p{L}\\p{N}])\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}{2,})\\s+(?:${VERB_ALT})(?:\\s+\\p{Ll}+){0,2}\\s*[,:]?\\s*[“"]`,
      'gu',
    ),
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
      const matches = matchesOf(rule.shape, para);
      for (let k = 0; k < matches.length; k++) {
        const word = (matches[k] as RegExpExecArray)[1];
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
