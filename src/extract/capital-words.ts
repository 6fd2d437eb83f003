// Words of a text found by one walk over its code points, as two patterns find them: the capitalised words
// (/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu) and the letter runs (/\p{L}[\p{L}'’-]*/gu). The patterns tested their
// property classes at every position of every paragraph (on two-byte text, a call out of the compiled pattern per
// class and character): about 1 % of a worker's steady-state time for the first, half that for the second.

/** A word and where it starts: what a match of a pattern gives (`m[0]`, `m.index`). */
export interface WordAt {
  readonly 0: string;
  readonly index: number;
}

const LETTER = 1;
const NUMBER = 2;
const CAPITAL = 4;
const FILED = 8;

const IS_CAPITAL = /^\p{Lu}$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

// What each BMP character is (LETTER, NUMBER, CAPITAL), read from the patterns on first sight (0: not read yet);
// surrogates are not filed.
const kinds = new Uint8Array(0x10000);

function kindOfPoint(point: string): number {
  return (
    (IS_LETTER.test(point) ? LETTER : 0) |
    (IS_NUMBER.test(point) ? NUMBER : 0) |
    (IS_CAPITAL.test(point) ? CAPITAL : 0)
  );
}

/** The kind of the code point at `i` (0 for a lone surrogate: neither letter nor digit); widthAt gives its length. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return LETTER;
    if (c >= 0x41 && c <= 0x5a) return LETTER | CAPITAL;
    return c >= 0x30 && c <= 0x39 ? NUMBER : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) return widthAt(text, i) === 2 ? kindOfPoint(text.slice(i, i + 2)) : 0;
  let kind = kinds[c] as number;
  if (kind === 0) kinds[c] = kind = kindOfPoint(String.fromCharCode(c)) | FILED;
  return kind;
}

/** 2 for a surrogate pair at `i` (one code point, as the patterns read it), else 1. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The capitalised words of `text` (a capital letter no letter or digit precedes, and the letters and digits after it). */
export function capitalWords(text: string): WordAt[] {
  const out: WordAt[] = [];
  const n = text.length;
  let afterWord = false;
  let start = -1;
  for (let i = 0; i < n;) {
    const kind = kindAt(text, i);
    if ((kind & (LETTER | NUMBER)) === 0) {
      if (start >= 0) out.push({0: text.slice(start, i), index: start});
      start = -1;
      afterWord = false;
    } else {
      if ((kind & CAPITAL) !== 0 && !afterWord) start = i;
      afterWord = true;
    }
    i += widthAt(text, i);
  }
  if (start >= 0) out.push({0: text.slice(start), index: start});
  return out;
}

/** The runs of letters in `text`, each with the apostrophes and hyphens inside or after it ("o’clock", "well-"). */
export function letterRuns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    if ((kindAt(text, i) & LETTER) === 0) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x27 || c === 0x2019 || c === 0x2d) i++;
      else if ((kindAt(text, i) & LETTER) !== 0) i += widthAt(text, i);
      else break;
    }
    out.push(text.slice(start, i));
  }
  return out;
}
