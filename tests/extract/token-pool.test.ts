import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {findSpans} from '../../src/extract/entities/spans.js';
import {tokenize, type Token} from '../../src/extract/entities/tokens.js';
import {splitSentences} from '../../src/extract/sentences.js';

// findSpans's tokens from a pool one article's collectForms makes (s53b): the same tokens and the same spans as
// tokens made new for each sentence, one pool reused over many sentences.
const librarySentences = (): string[] => {
  const dir = `${import.meta.dirname}/../../articles`;
  return readdirSync(dir).flatMap((f) =>
    splitSentences(readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/)).map((s) => s.text),
  );
};

const made = [
  'President Ardo Pell of Varnia met Anna Holm in Varnby on Tuesday.',
  "The Kurdistan Workers' Party and St. John's Episcopal Church said so.",
  'Luxembourg-based Velnet, then-President Ardo Pell and al-Assad spoke.',
  'Don BlankenshipImage: Jane Doe',
  'Scientist Rebecca Falconer told US$473 to Highway 49.',
  '',
  '— , .',
  // Longer than the pool: its further words get tokens of their own.
  Array.from({length: 300}, (_, i) => (i % 3 === 0 ? `Name${i}` : `word${i}`)).join(' '),
];

describe('a pool of tokens', () => {
  it('gives the tokens tokenize makes new, sentence after sentence', () => {
    const pool: Token[] = [];
    for (const text of [...made, ...made.slice().reverse()]) {
      // (Copied before the next call writes over the pool's tokens.)
      const pooled = tokenize(text, pool).map((t) => ({...t}));
      expect(pooled, text).toEqual(tokenize(text));
    }
    expect(pool.length).toBe(256);
  });

  it("gives findSpans's spans over made-up text and every sentence of the library", () => {
    const pool: Token[] = [];
    const sentences = [...made, ...librarySentences()];
    let differ = '';
    for (let i = 0; i < sentences.length && differ === ''; i++) {
      const text = sentences[i] as string;
      if (JSON.stringify(findSpans(text, i, pool)) !== JSON.stringify(findSpans(text, i))) differ = text;
    }
    expect(differ).toBe('');
  });
});
