// The capitalised words of a text, as /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu finds them, by one walk over its code
// points: the pattern tested its look-behind's property classes at every position of every paragraph (on two-byte
// text, a call out of the compiled pattern per class and character), about 1 % of a worker's steady-state time.

/** A word and where it starts: what a match of a pattern gives (`m[0]`, `m.index`). */
export interface WordAt {
  readonly 0: string;
  readonly index: number;
}

const OTHER = 1;
const LETTER_OR_NUMBER = 2;
const CAPITAL = 3;

const IS_CAPITAL = /^\p{Lu}$/u;
const IS_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

// What each BMP character is, read from the patterns on first sight (0: not read yet); surrogates are not filed.
const kinds = new Uint8Array(0x10000);

function kindOfPoint(point: string): number {
  return IS_CAPITAL.test(point) ? CAPITAL : IS_LETTER_OR_NUMBER.test(point) ? LETTER_OR_NUMBER : OTHER;
}

function kindOfUnit(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return CAPITAL;
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? LETTER_OR_NUMBER : OTHER;
  }
  let kind = kinds[c] as number;
  if (kind === 0) kinds[c] = kind = kindOfPoint(String.fromCharCode(c));
  return kind;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The capitalised words of `text` (a capital letter no letter or digit precedes, and the letters and digits after it). */
export function capitalWords(text: string): WordAt[] {
  const out: WordAt[] = [];
  const n = text.length;
  let afterWord = false;
  let start = -1;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    let width = 1;
    let kind: number;
    if (c >= 0xd800 && c <= 0xdfff) {
      // A pair is one code point (the pattern reads code points); a lone surrogate is neither letter nor digit.
      if (isHigh(c) && i + 1 < n && isLow(text.charCodeAt(i + 1))) {
        width = 2;
        kind = kindOfPoint(text.slice(i, i + 2));
      } else kind = OTHER;
    } else kind = kindOfUnit(c);
    if (kind === OTHER) {
      if (start >= 0) out.push({0: text.slice(start, i), index: start});
      start = -1;
      afterWord = false;
    } else {
      if (kind === CAPITAL && !afterWord) start = i;
      afterWord = true;
    }
    i += width;
  }
  if (start >= 0) out.push({0: text.slice(start), index: start});
  return out;
}
