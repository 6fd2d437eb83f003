import {describe, expect, it} from 'vitest';
import {wordsFirstForTest} from '../../src/extract/entities/term-acronyms.js';
import {randomText, randomTexts, seededRandom, shippedParagraphs} from '../helpers/made-up-texts.js';

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
    expect(differs(randomTexts(alphabet, {seed: 7, count: 20_000, min: 1, spread: 40}))).toBeUndefined();
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
    const random = seededRandom(11);
    const texts: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const letters = i % 2 === 0 ? alphabet : [...alphabet, ...more];
      const s = randomText(random, letters, 20, 100);
      texts.push(s, `${s} word (AB) and ${s}`);
    }
    expect(differs(texts)).toBeUndefined();
  });

  it('as matchesOf finds them, in every paragraph of the shipped library', () => {
    expect(differs(shippedParagraphs())).toBeUndefined();
  });
});
