import {matchesOf} from '../matches.js';
import {partition} from './lookup.js';
import {isSpeechVerb} from './speech-verb.js';

/** A span of text between quotation marks (double, or single in a text that quotes with them) within one paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the paragraph ends with the quote still open. */
  close: number;
  /** False when the paragraph ended before a closing mark (news style: the next paragraph continues the quote). */
  closed: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /[“„”"]/g;

// A straight " is ambiguous; what sits on either side says whether it opens or closes.
function straightOpens(text: string, i: number): boolean {
  const prev = i > 0 ? (text[i - 1] ?? ' ') : ' ';
  const next = text[i + 1] ?? ' ';
  return !LETTER_OR_DIGIT.test(prev) && !/[.,;:!?)\]]/.test(prev) && !/\s/.test(next);
}

/**
 * Which marks a text quotes with: double (“…”, "…"), the common style, where single marks are nested quotes (‘peace’)
 * or apostrophes; or single (‘…’, '…'), as British papers write, where double marks are the nested ones.
 */
export type QuoteConvention = 'double' | 'single';

/**
 * Finds the quoted spans of a paragraph: by default double-quoted ones, curly “…” and straight "…", and a sentence
 * a colon introduces in single marks (introducedSingles); with the `single` convention the single-quoted ones
 * (findSingleSpans), leaving double marks alone.
 */
export function findQuoteSpans(text: string, convention: QuoteConvention = 'double'): QuoteSpan[] {
  if (convention === 'single') return findSingleSpans(text);
  const double = findDoubleSpans(text);
  if (!COLON_SINGLE.test(text)) return double;
  const extra = introducedSingles(text, double);
  return extra.length === 0 ? double : [...double, ...extra].sort((a, b) => a.open - b.open);
}

// Spans come in order and never overlap: only the last double span opening before `s` closes, or the first after.
function overlaps(spans: readonly QuoteSpan[], s: QuoteSpan): boolean {
  const i = partition(spans, (x) => x.open < s.open);
  const before = spans[i - 1];
  const after = spans[i];
  return (!!before && before.close > s.open) || (!!after && after.open < s.close);
}

// A colon or a comma, then a single mark opening a capitalised word.
const COLON_SINGLE = /[:,]\s*[‘']\p{Lu}/u;
// "told me, '", "said, '": a speech verb, at most a pronoun or "reporters" after it, and a comma.
const VERB_COMMA = /(?<![\p{L}])(\p{Ll}+)(?:\s+(?:me|him|her|us|them|you|reporters))?,\s*$/u;
const INTRODUCED_WORDS = 3;

/**
 * In a text quoting in double marks, the whole sentences in single marks that a colon introduces ("had once said to
 * him: 'The berths go to friends. Are you a friend?'"), outside any double-quoted span: speech, as a British court
 * report writes it. A scare quote (‘hero’) or a title after a colon is no sentence ending inside its marks.
 */
function introducedSingles(text: string, double: readonly QuoteSpan[]): QuoteSpan[] {
  return findSingleSpans(text).filter((s) => {
    const inner = text.slice(s.open + 1, s.close).trim();
    return (
      s.closed &&
      (/:\s*$/u.test(text.slice(Math.max(0, s.open - 3), s.open)) || verbComma(text, s.open)) &&
      /^\p{Lu}/u.test(inner) &&
      /[.!?…]$/u.test(inner) &&
      inner.split(/\s+/u).length >= INTRODUCED_WORDS &&
      !overlaps(double, s)
    );
  });
}

// ("Dona Cida told me, 'Mayor, I want to die in my own kitchen.'": a comma after a speech verb introduces one too.)
function verbComma(text: string, open: number): boolean {
  const verb = VERB_COMMA.exec(text.slice(Math.max(0, open - 30), open))?.[1];
  return verb !== undefined && isSpeechVerb(verb);
}

/** Double-quoted spans, curly “…” and straight "…". */
export function findDoubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // From mark to mark, found by the regular expression engine, rather than a step of V8's interpreter for every
  // character of every paragraph (most have no mark at all).
  // (An indexed loop: an array's iterator is an object per step in V8's interpreter.)
  const marks = matchesOf(MARK, text);
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k] as RegExpExecArray;
    const i = m.index;
    const c = m[0];
    if (c === '“' || c === '„') {
      if (open < 0) open = i;
    } else if (c === '”') {
      if (open >= 0) {
        spans.push({open, close: i, closed: true});
        open = -1;
      }
    } else if (c === '"') {
      if (open >= 0) {
        spans.push({open, close: i, closed: true});
        open = -1;
      } else if (straightOpens(text, i)) {
        open = i;
      }
    }
  }
  if (open >= 0) spans.push({open, close: text.length, closed: false});
  return spans;
}

const SINGLE_MARK = /[‘’']/g;
// Words an apostrophe opens, not a quote: rock 'n' roll, 'em, 'til, 'tis, 'twas, 'cause, and decades ('90s).
const ELISION =
  /^(?:n['’](?![\p{L}\p{N}])|(?:em|til|tis|twas|cause|bout|round)(?![\p{L}\p{N}])|\d0s(?![\p{L}\p{N}]))/iu;
// What may stand after a closing mark that ends a quote for sure: punctuation, a dash, or the paragraph's end.
const AFTER_CLOSE = /^\s*(?:[,.;:!?)\]—–…]|-\s|$)/u;

/** An opening single mark at `i`: ‘ or ' at a word's start (no letter before, a word after), not an elision. */
function singleOpens(text: string, i: number): boolean {
  if (text[i] === '’') return false;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  if (LETTER_OR_DIGIT.test(prev) || /[\s’']/u.test(next) || /[.,;:!?]/u.test(prev)) return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

/**
 * A closing single mark at `i`: ’ or ' after a word and before no letter ("don’t", "O’Brien" are no marks). 'sure'
 * when punctuation or a paragraph's end follows it, or ends the quote inside it (‘We are devastated,’), else 'maybe':
 * "the Smiths’ house" is a possessive, "called it ‘a disgrace’ and left" a quote's end.
 */
function singleCloses(text: string, i: number): 'sure' | 'maybe' | undefined {
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  if (text[i] === '‘' || /\s/u.test(prev) || LETTER_OR_DIGIT.test(next)) return undefined;
  if (/[,.!?…]/u.test(prev) || AFTER_CLOSE.test(text.slice(i + 1, i + 4))) return 'sure';
  return 'maybe';
}

/**
 * Single-quoted spans, curly ‘…’ and straight '…', for a text that quotes with them. An apostrophe inside a word is
 * no mark; an open quote ends at the first closing mark followed by punctuation, or, when another quote opens first,
 * at the last closing mark before that one (the marks between are possessives: ‘We met the Smiths’ son,’).
 */
export function findSingleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let maybe = -1;
  for (const m of matchesOf(SINGLE_MARK, text)) {
    const i = m.index;
    if (open >= 0) {
      const closes = singleCloses(text, i);
      if (closes === 'sure') {
        spans.push({open, close: i, closed: true});
        open = -1;
        maybe = -1;
      } else if (closes === 'maybe') {
        maybe = i;
      } else if (maybe >= 0 && singleOpens(text, i)) {
        spans.push({open, close: maybe, closed: true});
        open = i;
        maybe = -1;
      }
    } else if (singleOpens(text, i)) {
      open = i;
    }
  }
  if (open >= 0)
    spans.push(maybe >= 0 ? {open, close: maybe, closed: true} : {open, close: text.length, closed: false});
  return spans;
}

/**
 * The paragraph with its spans' marks written as curly double marks (one character each, so offsets hold): for the
 * patterns written for double marks (quotes/lone-speakers.ts) in a text that quotes in single ones.
 */
export function withDoubleMarks(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const s of spans) {
    chars[s.open] = '“';
    if (s.closed) chars[s.close] = '”';
  }
  return chars.join('');
}
