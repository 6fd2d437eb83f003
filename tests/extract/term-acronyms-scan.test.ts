import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {wordsFirstForTest} from '../../src/extract/entities/term-acronyms.js';

// term-acronyms.ts finds the words before a bracketed acronym by starting each search near the bracket; it must find
// what the pattern tried at every position of the sentence (matchesOf) finds.
const shown = (ms: RegExpExecArray[]): string => ms.map((m) => `${m.index}|${m[1]}|${m[2]}`).join('\n');
const differs = (texts: readonly string[]): string | undefined =>
  texts.find((t) => shown(wordsFirstForTest.written(t)) !== shown(wordsFirstForTest.found(t)));

describe('the words before a bracketed acronym', () => {
  it('as matchesOf finds them, in made-up sentences', () => {
    expect(
      differs([
        'Officials said severe acute respiratory syndrome (SARS) and the End of Life (EOL) plan (EP) differ.',
        'one two three four five six seven eight nine ten eleven (OTT), then 2019 (AB) and x-y (XY) [PR] z [Q1]',
        'The Ballot Interference Prevention Act (BIPA) — «Varna’s Own Union» (VOU); É école (ÉE), a\u00a0b (AB)',
        '(AB) (CD) ab (EF)(GH) ij  (KL)',
      ]),
    ).toBeUndefined();
  });

  it('as matchesOf finds them, in random strings of letters, spaces, brackets and marks', () => {
    const alphabet = [
      'A',
      'B',
      'C',
      'a',
      'b',
      ' ',
      ' ',
      '(',
      ')',
      '[',
      ']',
      '1',
      ',',
      "'",
      '’',
      '-',
      'é',
      'É',
    ];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const texts: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let j = 1 + Math.floor(random() * 40); j > 0; j--)
        s += alphabet[Math.floor(random() * alphabet.length)];
      texts.push(s);
    }
    expect(differs(texts)).toBeUndefined();
  });

  it('as matchesOf finds them, in long random runs of words before brackets (its start skips to the eighth word)', () => {
    const alphabet = [
      'A',
      'B',
      'a',
      'b',
      'c',
      'é',
      ' ',
      ' ',
      ' ',
      '\u00a0',
      '\u2009',
      '\n',
      '(',
      ')',
      '[',
      ']',
    ];
    const more = ['1', '-', "'", '’', '«', '—', ','];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const texts: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const letters = i % 2 === 0 ? alphabet : [...alphabet, ...more];
      let s = '';
      for (let j = 20 + Math.floor(random() * 100); j > 0; j--)
        s += letters[Math.floor(random() * letters.length)];
      texts.push(s, `${s} word (AB) and ${s}`);
    }
    expect(differs(texts)).toBeUndefined();
  });

  it('as matchesOf finds them, in every paragraph of the shipped library', () => {
    const paragraphs = readdirSync('articles').flatMap((f) =>
      readFileSync(`articles/${f}`, 'utf8').split(/\n+/),
    );
    expect(differs(paragraphs)).toBeUndefined();
  });
});
