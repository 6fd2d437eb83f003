// Which quotation marks a story quotes with. Most news (Wikinews, American papers) writes direct speech in double
// marks; British and some regional papers write it in single marks (‘We are devastated,’ said Ms Rourke.), with
// double marks for a quote inside a quote. A text is read in its own convention.
import {partition} from './lookup.js';
import {findDoubleSpans, findSingleSpans, type QuoteConvention, type QuoteSpan} from './marks.js';

// A single mark opening a word: no text without one quotes in single marks (most of any library).
const SINGLE_OPENING = /(?:^|[^\p{L}\p{N}])[‘'][\p{L}\p{N}]/u;
// Speech ends inside its marks in either style (‘We are devastated,’ / ‘Leave now!’); a scare quote (‘hero’) or a
// title does not.
const SPEECH_END = /[,.!?…]$/u;
const MIN_SPEECH_WORDS = 2;

const known = new WeakMap<readonly string[], QuoteConvention>();

// Spans come in order and never overlap: only the last one opening before `s` can hold it.
function within(spans: readonly QuoteSpan[], s: QuoteSpan): boolean {
  const o = spans[partition(spans, (x) => x.open < s.open) - 1];
  return !!o && s.close <= o.close;
}

/** A single-quoted span that reads as speech: two words or more, ending in punctuation inside its marks. */
function speechLike(text: string, s: QuoteSpan): boolean {
  const inner = text.slice(s.open + 1, s.close).trim();
  return s.closed && SPEECH_END.test(inner) && inner.split(/\s+/u).length >= MIN_SPEECH_WORDS;
}

/**
 * The convention of a text (its paragraphs): single when it holds more single-quoted spans that read as speech than
 * double-quoted spans, neither counted inside the other (a Wikinews story's nested ‘…’ are inside its “…”, a British
 * story's nested “…” inside its ‘…’); else double.
 */
export function quoteConvention(paragraphs: readonly string[]): QuoteConvention {
  const seen = known.get(paragraphs);
  if (seen) return seen;
  // (The pattern only where one of its marks is: it tests a class at every character, slowly on two-byte text.)
  if (!paragraphs.some((p) => (p.includes("'") || p.includes('‘')) && SINGLE_OPENING.test(p)))
    return 'double';
  let singles = 0;
  let doubles = 0;
  for (const p of paragraphs) {
    const double = findDoubleSpans(p);
    const single = findSingleSpans(p);
    singles += single.filter((s) => speechLike(p, s) && !within(double, s)).length;
    doubles += double.filter((s) => !within(single, s)).length;
  }
  const convention: QuoteConvention = singles > doubles ? 'single' : 'double';
  known.set(paragraphs, convention);
  return convention;
}
