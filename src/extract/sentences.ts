import {SENTENCE_ABBREVIATIONS} from './abbreviations.js';
import type {Sentence} from './pipeline.js';
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

/** True when a split between `at` and `tail` would cut a quotation that closes later in the paragraph. */
function isQuoted(spans: ReturnType<typeof findQuoteSpans>, at: number, tail: number): boolean {
  // Only quotes that close inside the paragraph hold sentences together; an unclosed one would swallow the rest.
  return spans.some((s) => s.closed && s.open < at && tail <= s.close);
}

/** True when the period ending `before` belongs to an abbreviation rather than ending the sentence. */
function endsWithAbbreviation(before: string, nextWord: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Vladimir V. Putin"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !OPENERS.has(nextWord.toLowerCase()); // U.S., E.U., a.m.
  return false;
}

/**
 * Splits paragraphs into sentences. A split needs end punctuation, optional closing marks, space and a capital,
 * digit or opening mark; abbreviations, initials and text inside a closed quotation never split.
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    const spans = findQuoteSpans(para);
    let start = 0;
    // The next sentence may open with marks and an editor's ellipsis: “[...] Rather…
    const re = /[.!?…]+["”’')\]]*\s+(?=["“‘'([]{0,2}(?:\.\.\.|…)?\]?\s*([\p{Lu}\d][\p{L}\p{N}]*))/gu;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      const end = m.index + m[0].trimEnd().length;
      if (isQuoted(spans, m.index, end)) continue;
      const before = para.slice(start, m.index + 1);
      if (para[m.index] === '.' && endsWithAbbreviation(before, m[1] ?? '')) continue;
      push(out, para.slice(start, end), p, start);
      start = m.index + m[0].length;
    }
    push(out, para.slice(start), p, start);
  });
  return out;
}

function push(out: Sentence[], raw: string, paragraph: number, start: number): void {
  const text = raw.trim();
  if (text !== '')
    out.push({text, paragraph, start: start + (raw.length - raw.trimStart().length), index: out.length});
}
