import {describe, expect, it} from 'vitest';
import {gapIsSpace, isInitialPosition} from '../../src/extract/entities/words.js';
import {beforeVerbForTest} from '../../src/extract/entities/context.js';
import type {Token} from '../../src/extract/entities/tokens.js';
import {randomTexts, shippedParagraphs} from '../helpers/made-up-texts.js';

// words.ts reads the gap between two tokens and the text before a token character by character instead of trying
// patterns on slices (s51b); the answers must be the patterns' on any text.
const token = (start: number, end = start): Token => ({
  text: '',
  start,
  end,
  cap: true,
  possessive: false,
  roleNoun: false,
});

const gapByPattern = (gap: string): boolean => /^[ \u00a0]*$/.test(gap) || /^[-–]$/.test(gap);
const DATELINE_BEFORE =
  /^\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+(?:,[A-Za-zÀ-ÿ .'’-]{2,30})?(?:\s*\([^()]{1,30}\))?\s*(?:—|–|--?)\s*$/;
const initialByPattern = (before: string): boolean =>
  /^[\s"“‘'([—–-]*$/.test(before) ||
  /[“"‘(]\s*$/.test(before) ||
  /[:;]\s*$/.test(before) ||
  DATELINE_BEFORE.test(before);

const alphabet = [
  'a',
  'B',
  ' ',
  ' ',
  '\u00a0',
  '\u2009',
  '\n',
  '\t',
  '\ufeff',
  '-',
  '–',
  '—',
  '"',
  '“',
  '‘',
  "'",
  '(',
  '[',
  ':',
  ';',
  ',',
  'KELBY',
  ' (AP) ',
];

describe('the word scans of words.ts', () => {
  it('gapIsSpace answers as its two patterns on every gap of random texts', () => {
    for (const text of randomTexts(alphabet, {seed: 11, count: 3_000, min: 0, spread: 8}))
      for (let a = 0; a <= text.length; a++)
        for (let b = a; b <= text.length; b++)
          expect([text, a, b, gapIsSpace(text, token(0, a), token(b))]).toEqual([
            text,
            a,
            b,
            gapByPattern(text.slice(a, b)),
          ]);
  });

  it('isInitialPosition answers as its four patterns before every offset of random texts', () => {
    const texts = [
      ...randomTexts(alphabet, {seed: 5, count: 5_000, min: 0, spread: 12}),
      'KELBY, Varnia (AP) — The',
      'He said: “The',
      'FAIRHAVEN — Police',
    ];
    for (const text of texts)
      for (let at = 0; at <= text.length; at++)
        expect([text, at, isInitialPosition(text, token(at))]).toEqual([
          text,
          at,
          initialByPattern(text.slice(0, at)),
        ]);
  });

  it('readContext skips the speech verb before a name only where the pattern cannot match', () => {
    const {pattern, mayEndInVerb} = beforeVerbForTest;
    const missed = (near: string): boolean => !mayEndInVerb(near) && pattern.test(near);
    const pieces = [
      'said',
      'says',
      ' according',
      ' to',
      'to',
      'told',
      ' ',
      ',',
      ', ',
      'a',
      'x',
      'é',
      '-',
      '\u00a0',
      '\n',
    ];
    expect(randomTexts(pieces, {seed: 3, count: 20_000, min: 0, spread: 8}).filter(missed)).toEqual([]);
    // Every text before a capitalised word of the shipped library, as readContext reads it (its last 64 characters).
    const befores = shippedParagraphs().flatMap((p) =>
      [...p.matchAll(/\p{Lu}/gu)].map((m) => p.slice(Math.max(0, (m.index ?? 0) - 64), m.index)),
    );
    expect(befores.filter(missed)).toEqual([]);
    expect(befores.filter((b) => pattern.test(b)).length).toBeGreaterThan(100);
  });
});
