import {SENTENCE_ABBREVIATIONS} from './abbreviations.js';
import type {Sentence} from './pipeline.js';
import {quoteConvention} from './quotes/convention.js';
import {findQuoteSpans} from './quotes/marks.js';

// Words after which a period never ends a sentence (titles, months, corporate suffixes…).
const ABBREVIATIONS = SENTENCE_ABBREVIATIONS;

// Dotted acronyms and clock abbreviations ("U.S.", "a.m.") end a sentence only when a typical sentence opener follows.
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'in',
  'on',
  'at',
  'but',
  'and',
  'as',
  'after',
  'before',
  'when',
  'while',
  'his',
  'her',
  'their',
  'its',
  'our',
  'some',
  'many',
  'most',
  'no',
  'if',
  'for',
  'by',
  'with',
  'officials',
  'police',
  'authorities',
]);

/**
 * Longest sentence handed to the later stages, in characters. The longest real one in the shipped library and
 * the corpus is 1,241 (192 words); a longer run without a sentence end (a hostile or broken file) is cut at a
 * space before this, so that no stage's per-sentence work grows with the size of the file.
 */
export const MAX_SENTENCE_CHARS = 2000;

type Span = ReturnType<typeof findQuoteSpans>[number];

/**
 * True when a split between `at` and `tail` would cut a quotation that closes later in the paragraph. The spans
 * come in order and never overlap, so only the last one opening before `at` can enclose it: `from` is where the
 * caller's previous look ended (its splits only move forward), which keeps a paragraph's checks linear.
 */
function isQuoted(spans: readonly Span[], cursor: {from: number}, at: number, tail: number): boolean {
  while (cursor.from + 1 < spans.length && (spans[cursor.from + 1] as Span).open < at) cursor.from += 1;
  const s = spans[cursor.from];
  // Only quotes that close inside the paragraph hold sentences together; an unclosed one would swallow the rest.
  return !!s && s.closed && s.open < at && tail <= s.close;
}

const WORD_CHAR = /[\p{L}.]/u;

// A news agency in brackets, then a dash: the end of a wire dateline ("(AP) — ", "(Reuters) - ").
const AGENCY_DASH = /^\([\p{L}\s.&-]{2,30}\)\s+(?:—|–|--?)\s/u;

/**
 * The run of letters and periods that ends at `end` (exclusive) without reaching back before `from`: what
 * `/([\p{L}.]+)$/u` would find, scanned backwards so the cost is the word's length, not the paragraph's.
 */
function trailingWord(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i - 2 >= from ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(i - pair, i))) break;
    i -= pair;
  }
  return text.slice(i, end);
}

/** True when the period ending `word.` belongs to an abbreviation rather than ending the sentence. */
function endsWithAbbreviation(word: string, nextWord: string): boolean {
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Vladimir V. Putin"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !OPENERS.has(nextWord.toLowerCase()); // U.S., E.U., a.m.
  return false;
}

// The last paragraphs split and their sentences' texts (copies: a caller may change its arrays): the entity rows
// (store/entity-index.ts) ask for the sentences of the paragraphs an extraction has just split.
let last: {paragraphs: readonly string[]; texts: readonly string[]} | undefined;

/**
 * Splits paragraphs into sentences. A split needs end punctuation, optional closing marks, space and a capital,
 * digit or opening mark; abbreviations, initials and text inside a closed quotation never split.
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = splitAll(paragraphs);
  last = {paragraphs: [...paragraphs], texts: out.map((s) => s.text)};
  return out;
}

/** The texts of `splitSentences(paragraphs)`, without splitting again when they are the last paragraphs split. */
export function sentenceTexts(paragraphs: readonly string[]): readonly string[] {
  if (last !== undefined && last.paragraphs.length === paragraphs.length) {
    let same = true;
    for (let i = 0; i < paragraphs.length && same; i++) same = paragraphs[i] === last.paragraphs[i];
    if (same) return last.texts;
  }
  return splitSentences(paragraphs).map((s) => s.text);
}

function splitAll(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  // A text quoting in single marks (‘…,’ said X) holds its sentences together inside those.
  const convention = quoteConvention(paragraphs);
  paragraphs.forEach((para, p) => {
    const spans = findQuoteSpans(para, convention);
    const cursor = {from: -1};
    let start = 0;
    // The next sentence may open with marks and an editor's ellipsis: “[...] Rather…
    // A split starts where a run of end marks starts (the look-behind): tried inside a long run of periods, the
    // pattern would rescan the rest of the run from every one of them.
    const re =
      /(?<![.!?…])[.!?…]+["”’')\]]*\s+(?=["“‘'([]{0,2}(?:\.\.\.|…)?\]?\s*([\p{Lu}\d][\p{L}\p{N}]*))/gu;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      const end = m.index + m[0].trimEnd().length;
      if (isQuoted(spans, cursor, m.index, end)) continue;
      // "VARNBY, Calif. (AP) — A storm …": an agency in brackets and a dash after a wire dateline's region opens no
      // sentence (the region's abbreviation, "Calif.", "Ore.", is no sentence's end).
      const next = m.index + m[0].length;
      if (para.charCodeAt(next) === 0x28 && AGENCY_DASH.test(para.slice(next, next + 40))) continue;
      if (para[m.index] === '.') {
        const word = trailingWord(para, start, m.index + 1);
        if (word.length > 1 && endsWithAbbreviation(word.slice(0, -1), m[1] ?? '')) continue;
      }
      push(out, para.slice(start, end), p, start);
      start = m.index + m[0].length;
    }
    push(out, para.slice(start), p, start);
  });
  return out;
}

function push(out: Sentence[], raw: string, paragraph: number, start: number): void {
  let rest = raw;
  let at = start;
  while (rest.trim().length > MAX_SENTENCE_CHARS) {
    const lead = rest.length - rest.trimStart().length;
    const cut = cutAt(rest, lead + MAX_SENTENCE_CHARS);
    pushOne(out, rest.slice(0, cut), paragraph, at);
    rest = rest.slice(cut);
    at += cut;
  }
  pushOne(out, rest, paragraph, at);
}

// Where to cut a run that is too long: after the last space before `limit`, else at `limit` itself (never inside
// a surrogate pair).
function cutAt(text: string, limit: number): number {
  const space = text.slice(0, limit).search(/\s\S*$/u);
  if (space > 0) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function pushOne(out: Sentence[], raw: string, paragraph: number, start: number): void {
  const text = raw.trim();
  if (text !== '')
    out.push({text, paragraph, start: start + (raw.length - raw.trimStart().length), index: out.length});
}
