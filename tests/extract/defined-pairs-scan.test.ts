import {describe, expect, it} from 'vitest';
import {pairsForTest} from '../../src/extract/entities/defined.js';
import {randomTexts, shippedParagraphs} from '../helpers/made-up-texts.js';

// defined.ts finds a name before its bracketed acronym by starting each search at the tenth word before the next
// bracket; it must find what the pattern tried at every position of the sentence (matchesOf) finds.
const shown = (ms: RegExpExecArray[]): string => ms.map((m) => `${m.index}|${m[1]}|${m[2]}`).join('\n');
const differs = (texts: readonly string[]): string | undefined =>
  texts.find((t) => shown(pairsForTest.written(t)) !== shown(pairsForTest.found(t)));

describe('the names before a bracketed acronym', () => {
  it('as matchesOf finds them, in made-up sentences', () => {
    expect(
      differs([
        'The United Nations Educational, Scientific and Cultural Organization (UNESCO) met the World Health Organization (WHO).',
        'Zero One Two Three Four Five Six Seven Eight Nine Ten (OTTFFSSENT) and then Alpha Beta (AB) (CD)',
        'proof of the Varna Port Authority (VPA), the U.S. Army Corps of Engineers (USACE) and (X) Ab Cd (AC',
        'Velna\u00a0Dall Group (VDG), Kelm\u2009Union (KU); «Ardo Pell Fund» (APF) — Élan Vital (ÉV)',
      ]),
    ).toBeUndefined();
  });

  it('as matchesOf finds them, in random strings of capitalised words, small words, spaces and brackets', () => {
    const pieces = [
      'Ab',
      'Cd',
      'E.',
      'of',
      'the',
      'and',
      'x',
      'É',
      ' ',
      ' ',
      ', ',
      '\u00a0',
      '(',
      ')',
      '(AB)',
      '(CD)',
      '-',
      "'",
      '1',
    ];
    expect(differs(randomTexts(pieces, {seed: 13, count: 10_000, min: 5, spread: 60}))).toBeUndefined();
  });

  it('as matchesOf finds them, in every paragraph of the shipped library', () => {
    expect(differs(shippedParagraphs())).toBeUndefined();
  });
});
