import {describe, expect, it} from 'vitest';
import {shippedBlocks} from '../helpers/made-up-texts.js';
import {mayHoldNumber} from '../../src/extract/numbers.js';
import {CAPITAL_WORD} from '../../src/extract/quotes/mentions.js';

// Two scans that read the character before a match only where one was found (s51d): they must answer as the
// patterns that opened with a lookbehind did.
const NUMBER_WORDS =
  'thousand|million|billion|trillion|dozen|hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine';
const NUMBER_AS_WRITTEN = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS})(?![\\p{L}\\p{M}'’])`, 'iu');
const mayHoldAsWritten = (t: string): boolean => /[0-9]/.test(t) || NUMBER_AS_WRITTEN.test(t);
const CAPITAL_AS_WRITTEN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
const found = (re: RegExp, text: string): string =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join(',');

describe('mayHoldNumber', () => {
  it('answers as the lookbehind pattern beside every BMP character', () => {
    let differ = '';
    for (let c = 0; c < 0x10000 && differ === ''; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [
        `${ch}one`,
        `one${ch}`,
        `x${ch}Seven${ch}`,
        `${ch}ſix`,
        `some${ch}one two`,
        `\u{1D400}${ch}ten`,
      ])
        if (mayHoldNumber(text) !== mayHoldAsWritten(text)) differ = JSON.stringify(text);
    }
    expect(differ).toBe('');
  });

  it('answers as the lookbehind pattern on made-up text and on every paragraph of the library', () => {
    const made = [
      'Someone often said nothing.',
      'Everyone knew none of them, but one did.',
      'The \u{1D400}one and \u{1D400} one',
      'listen, written, tone: ELEVEN',
      'a dozen',
      'No numbers here at all',
    ];
    for (const t of [...made, ...shippedBlocks()]) expect(mayHoldNumber(t), t).toBe(mayHoldAsWritten(t));
  });
});

describe('CAPITAL_WORD', () => {
  it('matches as the lookbehind pattern beside every BMP character', () => {
    let differ = '';
    for (let c = 0; c < 0x10000 && differ === ''; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch}Ab`, `a${ch}Bc`, `${ch}${ch}C`, `1${ch}D2 e`, `\u{1D400}${ch}Ef`])
        if (found(CAPITAL_WORD, text) !== found(CAPITAL_AS_WRITTEN, text)) differ = JSON.stringify(text);
    }
    expect(differ).toBe('');
  });

  it('matches as the lookbehind pattern on every paragraph of the library', () => {
    for (const p of shippedBlocks()) expect(found(CAPITAL_WORD, p)).toBe(found(CAPITAL_AS_WRITTEN, p));
  });
});
