import {describe, expect, it} from 'vitest';
import {
  ageWord,
  capitalWord,
  codeSize,
  folded,
  isLetterAt,
  isSpaceAt,
  isWordCode,
  LETTER,
  letterAt,
  letterOrHyphenBefore,
  LOWER,
  lowerLetters,
  lowerOrHyphens,
  lowerWord,
  lowerWordStart,
  spaceEnd,
  spaceStart,
  stepOver,
  stopCodes,
  UPPER,
  wordEnd,
} from '../../src/extract/quotes/word-scan.js';
import {LEAD_STOPS, PHRASE_STOPS} from '../../src/extract/quotes/vocabulary.js';
import {randomTexts} from '../helpers/made-up-texts.js';

// word-scan.ts reads what a pattern would, character by character, for the quote rules that read their shapes by
// code (s58a, s58b; one module since s59a): each reader must answer as its pattern on any text.

// Each reader from a place: where what the sticky pattern matches there ends, or -1.
const FROM: [string, (text: string, i: number) => number, RegExp][] = [
  ['capitalWord', capitalWord, /\p{Lu}[\p{L}-]*/uy],
  ['lowerWord', lowerWord, /\p{Ll}[\p{Ll}-]*/uy],
  ['lowerLetters', lowerLetters, /\p{Ll}+/uy],
  ['lowerOrHyphens', lowerOrHyphens, /[\p{Ll}-]+/uy],
  ['ageWord', ageWord, /\d+-year-old/uy],
  ['spaceEnd', (t, i) => (spaceEnd(t, i) > i ? spaceEnd(t, i) : -1), /\s+/uy],
  ['wordEnd', (t, i) => (wordEnd(t, i) > i ? wordEnd(t, i) : -1), /\w+/uy],
];
// Each reader back from a place: where what the pattern matches right before it starts.
const BEFORE: [string, (text: string, end: number) => number, RegExp][] = [
  ['spaceStart', spaceStart, /\s*$/u],
  ['lowerWordStart', lowerWordStart, /[a-z]*$/u],
];

// prettier-ignore
const PIECES = [
  'a', 'Bé', 'ß', 'Ñ', 'ǅ', '𝐚', '𝐀', '😀', '\ud835', '\udc1a', '-', '_', '7', '24-year-old', '-year-old', ' ', '  ',
  '\u00a0', '\n', '\u2009', '’', '—', ',', '.', '!', '“', '”', '"', 'ſ', 'K', '×', 'ª',
];
const TEXTS = randomTexts(PIECES, {seed: 59, count: 4_000, min: 0, spread: 9});

// The code point starting at `at` (a surrogate pair whole), as the patterns it replaced read it.
const letterAsWritten = (text: string, at: number): boolean => /^\p{L}/u.test(text.slice(at, at + 2));

describe('word-scan: letters, white space and words read by code', () => {
  it('classes letters as \\p{Ll}, \\p{Lu} and \\p{L} do over the BMP and past it', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const want =
        (/\p{Ll}/u.test(s) ? LOWER : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0) | (/\p{L}/u.test(s) ? LETTER : 0);
      if (letterAt(s, 0) !== want || isLetterAt(s, 0) !== letterAsWritten(s, 0)) differing.push(c);
    }
    expect(differing).toEqual([]);
    expect([letterAt('𝐚', 0), codeSize('𝐚', 0)]).toEqual([LOWER | LETTER, 2]);
    expect([letterAt('𝐀', 0), codeSize('𝐀', 0)]).toEqual([UPPER | LETTER, 2]);
    expect([isLetterAt('x😀', 1), isLetterAt('a', 1), isLetterAt('a', -1)]).toEqual([false, false, false]);
  });

  it('reads each run from every place of made-up texts as its pattern does (at code point starts)', () => {
    const differing: string[] = [];
    for (const text of TEXTS)
      for (let i = 0; i <= text.length; i++) {
        // (A `u` pattern made sticky inside a surrogate pair steps back to its start: the readers start at code points.)
        const inPair = i > 0 && codeSize(text, i - 1) === 2;
        for (const [name, read, pattern] of inPair ? [] : FROM) {
          pattern.lastIndex = i;
          const m = pattern.exec(text);
          if (read(text, i) !== (m ? i + m[0].length : -1)) differing.push(`${name} ${i}: ${text}`);
        }
        for (const [name, read, pattern] of BEFORE) {
          const m = pattern.exec(text.slice(0, i));
          if (read(text, i) !== i - (m?.[0].length ?? 0)) differing.push(`${name} ${i}: ${text}`);
        }
      }
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('finds a letter or "-" before a place as (?<![\\p{L}-]) refuses it, and letters at code point starts', () => {
    const refused = /(?<![\p{L}-])/uy;
    const differing: string[] = [];
    for (const text of TEXTS)
      for (let i = 0; i <= text.length; i += codeSize(text, i)) {
        refused.lastIndex = i;
        if (letterOrHyphenBefore(text, i) === refused.test(text)) differing.push(`before ${i}: ${text}`);
        if (isLetterAt(text, i) !== letterAsWritten(text, i)) differing.push(`at ${i}: ${text}`);
      }
    expect(differing.slice(0, 5)).toEqual([]);
    expect(TEXTS.filter((t) => letterOrHyphenBefore(t, t.length)).length).toBeGreaterThan(1000);
  });

  it.each([
    ['PHRASE_STOPS', PHRASE_STOPS, /[^,.;:!?“”"]*/uy],
    ['LEAD_STOPS', LEAD_STOPS, /[^,.;:“”"]*/uy],
  ])('steps over all but %s as its class does', (_name, chars, pattern) => {
    const stops = stopCodes(chars);
    for (const text of TEXTS) {
      let end = 0;
      for (let size = stepOver(text, 0, stops); size > 0; size = stepOver(text, end, stops)) end += size;
      pattern.lastIndex = 0;
      expect([text, end]).toEqual([text, pattern.exec(text)?.[0].length]);
    }
  });

  it('folds a character to a lower-case ASCII letter as the iu flags match one, and reads \\w under iu so', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'].map(
      (l) => [l.charCodeAt(0), new RegExp(l, 'iu')] as const,
    );
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const [l, pattern] of letters) if ((folded(c) === l) !== pattern.test(ch)) differing.push(c);
      // listed-verb.ts' `(?![\w\u017F\u212A])`.
      if (isWordCode(folded(c)) !== /[\w\u017F\u212A]/iu.test(ch)) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it('takes white space as \\s does', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceAt(String.fromCharCode(c), 0) !== /\s/u.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
