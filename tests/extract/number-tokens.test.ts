import {describe, expect, it} from 'vitest';
import {tokenize} from '../../src/extract/numbers.js';

// The numbers' tokeniser takes its tokens from one match of the whole text and their offsets by indexOf; this is
// the pattern's own reading (a match array per token), to compare with on any text.
const TOKEN_RE = /(\p{L}[\p{L}\p{M}'’]*)|(\d+(?:,\d{3})*(?:\.\d+)?)|(\S)/gu;
function reference(text: string) {
  let prevEnd = 0;
  return [...text.matchAll(TOKEN_RE)].map((m) => {
    const start = m.index;
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : 'sym';
    const token = {text: m[0], start, end: start + m[0].length, kind, gap: start > prevEnd || start === 0};
    prevEnd = token.end;
    return token;
  });
}

// Letters (Latin, accented, Greek, a combining mark, an astral letter), digits, separators, quotes, dashes, spaces.
const PIECES = [
  'a',
  'Z',
  'é',
  'Ω',
  '\u0301',
  '𝐀',
  '𐐀',
  '7',
  '0',
  ',',
  '.',
  "'",
  '’',
  '-',
  '–',
  '%',
  '$',
  '😀',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  'one',
  '1,500',
  '3.25',
  '24-hour',
];

describe('the numbers’ tokeniser', () => {
  it('reads "598 drones and 31 missiles" as numbers and words with their offsets', () => {
    const tokens = tokenize('At least 598 drones, and 31 missiles.');
    expect(tokens.map((t) => [t.text, t.kind, t.start])).toEqual([
      ['At', 'word', 0],
      ['least', 'word', 3],
      ['598', 'num', 9],
      ['drones', 'word', 13],
      [',', 'sym', 19],
      ['and', 'word', 21],
      ['31', 'num', 25],
      ['missiles', 'word', 28],
      ['.', 'sym', 36],
    ]);
  });

  it('gives the pattern’s own tokens, offsets, kinds and gaps on random text', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const length = next(12);
      for (let j = 0; j < length; j++) text += PIECES[next(PIECES.length)];
      expect(tokenize(text)).toEqual(reference(text));
    }
  });
});
