import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {tokenize} from '../../src/extract/numbers.js';
import {splitSentences} from '../../src/extract/sentences.js';

// The numbers' tokeniser takes its tokens from one match of the whole text and their offsets by indexOf; this is
// the pattern's own reading (a match array per token), to compare with on any text.
const TOKEN_RE = /(\p{L}[\p{L}\p{M}'’]*)|(\d+(?:,\d{3})*(?:\.\d+)?)|(\S)/gu;
function reference(text: string) {
  let prevEnd = 0;
  return [...text.matchAll(TOKEN_RE)].map((m) => {
    const start = m.index;
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : 'sym';
    const token = {
      text: m[0],
      lower: m[0].toLowerCase(),
      start,
      end: start + m[0].length,
      kind,
      gap: start > prevEnd || start === 0,
    };
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
  // A capital sigma lower-cases by what follows it (final ς before no letter, σ before "·Α"); İ to two characters; a
  // Roman numeral and a circled letter are symbols with a lower case.
  'Σ',
  'ΟΔΟΣ',
  '\u00b7',
  'İ',
  'Ⅳ',
  'Ⓐ',
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

  it('gives each token its own lower case, cut from the text lower-cased once where that is the same', () => {
    const lowers = (text: string) => tokenize(text).map((t) => t.lower);
    expect(lowers('At least 598 Drones, and 31 MISSILES.')).toEqual([
      'at',
      'least',
      '598',
      'drones',
      ',',
      'and',
      '31',
      'missiles',
      '.',
    ]);
    // Lower-cased whole, "ΟΔΟΣ·Α" keeps a medial σ; the token alone ends in ς. "İ" lower-cases to two characters.
    expect(lowers('ΟΔΟΣ·Α 12')).toEqual(['οδος', '·', 'α', '12']);
    expect(lowers('İzmir’s “Port” 4')).toEqual(['i̇zmir’s', '“', 'port', '”', '4']);
  });

  it('gives every token of the library’s paragraphs and sentences its text’s own lower case', () => {
    const dir = `${import.meta.dirname}/../../articles`;
    const paragraphs = readdirSync(dir).flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/));
    const texts = [...paragraphs, ...splitSentences(paragraphs).map((s) => s.text)];
    let tokens = 0;
    for (const text of texts)
      for (const t of tokenize(text)) {
        tokens++;
        if (t.lower !== t.text.toLowerCase())
          expect([text, t.text, t.lower]).toEqual([text, t.text, t.text.toLowerCase()]);
      }
    expect(tokens).toBeGreaterThan(100_000);
  });
});
