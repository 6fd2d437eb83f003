import {describe, expect, it} from 'vitest';
import {lazyPattern} from '../../src/extract/memo.js';
import {extract} from '../../src/extract/index.js';

describe('a pattern made on first use (lazyPattern)', () => {
  it('is made once, when first asked for, and is the same object after', () => {
    let made = 0;
    const words = lazyPattern(() => {
      made += 1;
      return /\p{Lu}\p{Ll}+/gu;
    });
    expect(made).toBe(0);
    const first = words();
    expect(words()).toBe(first);
    expect(made).toBe(1);
  });
  it('matches as the literal does, its lastIndex kept between uses as a module constant’s is', () => {
    const literal = /\p{Lu}\p{Ll}+/gu;
    const lazy = lazyPattern(() => /\p{Lu}\p{Ll}+/gu);
    const text = 'Ana Ruiz met Théo Marchand in Zürich.';
    for (let i = 0; i < 5; i++) {
      expect(lazy().exec(text)?.[0]).toBe(literal.exec(text)?.[0]);
      expect(lazy().lastIndex).toBe(literal.lastIndex);
    }
  });
  it('leaves the rare paths that now make theirs on first use as they were (a nationality epithet)', () => {
    const a = extract({
      title: 'Arboleda wins the stage',
      paragraphs: [
        "Colombia's Julián Arboleda won the ninth stage on Sunday, 44 seconds ahead of Oskar Lindqvist.",
        '"It was the hardest day of my life," the Colombian said.',
      ],
    });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Julián Arboleda']);
  });
});
