// The shapes of an unnamed speaker's attribution ("the mayor said", "a witness said", "state officials said", "the
// Portuguese forward said"), read word by word (word-scan.ts) with the same answers, in the same order of tries, as
// the patterns they were: each held the ~230 speech verbs' alternation, which every worker compiled five times over
// for each string width (~30 M instructions) to ask it ~100 times.
import {spacedVerbEnd, speechVerbEnds} from './verb-at.js';
import {
  AFTER_VERB_ARTICLES,
  EPITHET_ARTICLES,
  PHRASE_STOPS,
  SPOKES_ARTICLES,
  UNNAMED_ARTICLES,
} from './vocabulary.js';
import {
  ageWord,
  capitalWord,
  codeSize,
  isSpaceAt,
  letterAt,
  LOWER,
  lowerLetters,
  lowerOrHyphens,
  lowerWord,
  spaceEnd,
  stepOver,
  stopCodes,
  wordEnd,
} from './word-scan.js';

/** A shape found at a text's start: where its verb ends, and its groups. */
export interface Shape {
  end: number;
  groups: (string | undefined)[];
}

// Where the article of `articles` opening `text` and the white space after it end (`^(?:a|an|…)\s+`), or -1.
function afterArticle(text: string, articles: readonly string[]): number {
  const end = wordEnd(text, 0);
  if (!articles.includes(text.slice(0, end))) return -1;
  const from = spaceEnd(text, end);
  return from > end ? from : -1;
}

/** `^the\s+(\p{Ll}[\p{Ll}-]*|\d+-year-old)\s+${ADVERB}(?:${VERB_ALT})${WORD_END}` ("the skipper said"). */
export function bareEpithetFirst(text: string): Shape | undefined {
  const from = afterArticle(text, EPITHET_ARTICLES);
  if (from < 0) return undefined;
  let to = lowerWord(text, from);
  if (to < 0) to = ageWord(text, from);
  const end = to < 0 ? -1 : spacedVerbEnd(text, to);
  return end < 0 ? undefined : {end, groups: [text.slice(from, to)]};
}

// `\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?${ADVERB}(?:${VERB_ALT})${WORD_END}` from `i`: the noun tried first.
function nounAndVerb(text: string, i: number): Shape | undefined {
  const from = spaceEnd(text, i);
  if (from === i) return undefined;
  const noun = lowerWord(text, from);
  const afterNoun = noun < 0 ? -1 : spacedVerbEnd(text, noun);
  if (afterNoun >= 0) return {end: afterNoun, groups: [text.slice(from, noun)]};
  const end = spacedVerbEnd(text, i);
  return end < 0 ? undefined : {end, groups: [undefined]};
}

/**
 * `^the\s+((?:\p{Lu}[\p{L}-]*\s+){0,1}\p{Lu}[\p{L}-]*)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?${ADVERB}(?:${VERB_ALT})${WORD_END}`
 * ("the Portuguese forward said"): two capitalised words tried before one.
 */
export function epithetFirst(text: string): Shape | undefined {
  const from = afterArticle(text, EPITHET_ARTICLES);
  const first = from < 0 ? -1 : capitalWord(text, from);
  if (first < 0) return undefined;
  const next = spaceEnd(text, first);
  const second = next > first ? capitalWord(text, next) : -1;
  const two = second < 0 ? undefined : nounAndVerb(text, second);
  if (two) return {end: two.end, groups: [text.slice(from, second), ...two.groups]};
  const one = nounAndVerb(text, first);
  return one && {end: one.end, groups: [text.slice(from, first), ...one.groups]};
}

// The characters `[^,.;:!?“”"]` leaves out.
const STOPS = stopCodes(PHRASE_STOPS);

// `[^,.;:!?“”"]{min,max}?\s+${ADVERB}(?:${VERB_ALT})${WORD_END}` from `i`: the verb's end, or -1.
function lazyPhraseVerb(text: string, i: number, min: number, max: number): number {
  let at = i;
  for (let n = 0; n <= max; n++) {
    if (n >= min && isSpaceAt(text, at)) {
      const end = spacedVerbEnd(text, at);
      if (end >= 0) return end;
    }
    const size = n < max ? stepOver(text, at, STOPS) : 0;
    if (size === 0) break;
    at += size;
  }
  return -1;
}

/** `^(?:a|an|the|one|another)\s+\p{Ll}[^,.;:!?“”"]{0,60}?\s+${ADVERB}(?:${VERB_ALT})${WORD_END}` ("a witness said"). */
export function unnamedFirstShape(text: string): Shape | undefined {
  const from = afterArticle(text, UNNAMED_ARTICLES);
  if (from < 0 || (letterAt(text, from) & LOWER) === 0) return undefined;
  const end = lazyPhraseVerb(text, from + codeSize(text, from), 0, 60);
  return end < 0 ? undefined : {end, groups: []};
}

/** `^(?:a|an|the|one)\s+[^,.;:!?“”"]{1,80}?\s+${ADVERB}(?:${VERB_ALT})${WORD_END}` ("an Interpol spokesperson said"). */
export function spokesPhraseFirst(text: string): Shape | undefined {
  const from = afterArticle(text, SPOKES_ARTICLES);
  if (from < 0) return undefined;
  const end = lazyPhraseVerb(text, from, 1, 80);
  if (end >= 0) return {end, groups: []};
  // The pattern then gives white space back from the article's: with three or more spaces there, the phrase can be
  // one of them and the verb can follow the rest ("the   said").
  const spaces = from - wordEnd(text, 0);
  const verb = spaces >= 3 ? spacedVerbEnd(text, from - 1) : -1;
  return verb < 0 ? undefined : {end: verb, groups: []};
}

/** `^(?:\p{Ll}+\s+)?(\p{Ll}+)\s+${ADVERB}(?:${VERB_ALT})${WORD_END}` ("state officials said", "police said"). */
export function barePluralFirst(text: string): Shape | undefined {
  const first = lowerLetters(text, 0);
  if (first < 0) return undefined;
  const next = spaceEnd(text, first);
  const second = next > first ? lowerLetters(text, next) : -1;
  const two = second < 0 ? -1 : spacedVerbEnd(text, second);
  if (two >= 0) return {end: two, groups: [text.slice(next, second)]};
  const one = spacedVerbEnd(text, first);
  return one < 0 ? undefined : {end: one, groups: [text.slice(0, first)]};
}

// The marks closing a quote that a speaker after it follows.
const CLOSING = /[”"’]/gu;

/**
 * `[”"’]\s*(?:${VERB_ALT})\s+(?:an?|another|one)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)` ("“…,” said a woman who
 * declined …"): the words after the article (group 1), of the first place it fits.
 */
export function unnamedAfterWords(text: string): string | undefined {
  for (const mark of text.matchAll(CLOSING)) {
    const from = spaceEnd(text, mark.index + 1);
    for (const verb of speechVerbEnds(text, from)) {
      const article = spaceEnd(text, verb);
      const articleEnd = article > verb ? wordEnd(text, article) : -1;
      if (articleEnd < 0 || !AFTER_VERB_ARTICLES.includes(text.slice(article, articleEnd))) continue;
      const start = spaceEnd(text, articleEnd);
      let end = start > articleEnd ? lowerOrHyphens(text, start) : -1;
      if (end < 0) continue;
      for (let n = 0; n < 2; n++) {
        const next = spaceEnd(text, end);
        const more = next > end ? lowerOrHyphens(text, next) : -1;
        if (more < 0) break;
        end = more;
      }
      return text.slice(start, end);
    }
  }
  return undefined;
}
