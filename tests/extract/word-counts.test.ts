import {describe, expect, it} from 'vitest';
import {isTitleCase, wordCount} from '../../src/extract/quotes/filters.js';
import {randomTexts, shippedParagraphs} from '../helpers/made-up-texts.js';

// The quotes' wordCount counts the runs of non-space with a letter or digit by one match of the text (s52d); the
// answers must be the split-and-filter ones it replaced, on any text.
const bySplit = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const alphabet = [
  'a',
  'B',
  '7',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\n',
  '\t',
  '\ufeff',
  '-',
  '—',
  '“',
  '”',
  "'",
  '.',
  ',',
  'é',
  '\u0301',
  '𝐀',
  '\ud835',
  '\u2160',
];

describe('word counts', () => {
  it('wordCount answers as split and filter on random texts', () => {
    for (const text of randomTexts(alphabet, {seed: 52, count: 5_000, min: 0, spread: 12}))
      expect([text, wordCount(text)]).toEqual([text, bySplit(text)]);
  });

  it('wordCount answers as split and filter on every paragraph of the library', () => {
    for (const text of shippedParagraphs()) expect([text, wordCount(text)]).toEqual([text, bySplit(text)]);
  });

  it('isTitleCase still reads a title and not speech', () => {
    expect(isTitleCase('Make the World Great Again')).toBe(true);
    expect(isTitleCase('Person of the Year')).toBe(true);
    expect(isTitleCase('We Will Open On Friday.')).toBe(false);
    expect(isTitleCase('the river is rising')).toBe(false);
  });
});
