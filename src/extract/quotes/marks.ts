import {matchesOf} from '../matches.js';

/** A span of text between double quotation marks within one paragraph. */
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
 * Finds double-quoted spans in a paragraph: curly “…” and straight "…". Single quotes are left alone: inside a
 * double quote they are nested quotes (‘peace’), elsewhere they are almost always apostrophes.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // From mark to mark, found by the regular expression engine, rather than a step of V8's interpreter for every
  // character of every paragraph (most have no mark at all).
  for (const m of matchesOf(MARK, text)) {
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
