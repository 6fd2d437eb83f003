import {describe, expect, it} from 'vitest';
import {isSpaceCode, lastWord} from '../../src/extract/entities/context-words.js';

describe('isSpaceCode', () => {
  it('is true for exactly the UTF-16 code units \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('lastWord', () => {
  it.each([
    ['the retailer ', 'retailer'],
    ['the retailer\u00a0', 'retailer'],
    ['its co-founder\u2009', 'co-founder'],
    ['said\u3000', 'said'],
    ['met Varnby ', ''],
    ['the retailer', ''],
  ])('reads %j as %j', (before, word) => {
    expect(lastWord(before)).toBe(word);
  });
});
