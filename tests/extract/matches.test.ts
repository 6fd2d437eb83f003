import {describe, expect, it} from 'vitest';
import {matchesOf} from '../../src/extract/matches.js';

const same = (re: RegExp, text: string): void => {
  const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  expect(matchesOf(re, text).map((m) => [m.index, ...m])).toEqual(want);
};

describe('matchesOf', () => {
  it('gives the matches matchAll gives, groups and offsets included', () => {
    same(
      /(\p{Lu}\p{Ll}+)\s+(said|says)/gu,
      'Mayor Tom Virk said the bridge opens; Anna Holm says it will not.',
    );
    same(/\p{L}+/gu, 'Kyiv-based reporters in Varnby');
    same(/x/g, 'no such letter here');
  });

  it('moves past empty matches by a code point, as matchAll does', () => {
    same(/a*/gu, 'ba😀ab');
    same(/(?:)/g, 'Tom');
  });

  it('starts from the pattern’s lastIndex and leaves it where it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    same(re, '12 345 6');
    expect(re.lastIndex).toBe(3);
    re.lastIndex = 0;
    matchesOf(re, '1 2 3');
    expect(re.lastIndex).toBe(0);
  });
});
