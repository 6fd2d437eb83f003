import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {mayHoldNumber} from '../../src/extract/numbers.js';
import {CAPITAL_WORD, capitalWords} from '../../src/extract/quotes/capital-words.js';
import {matchesOf} from '../../src/extract/matches.js';

// Two scans that read the character before a match only where one was found (s51d): they must answer as the
// patterns that opened with a lookbehind did.
const NUMBER_WORDS =
  'thousand|million|billion|trillion|dozen|hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine';
const NUMBER_AS_WRITTEN = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS})(?![\\p{L}\\p{M}'’])`, 'iu');
const mayHoldAsWritten = (t: string): boolean => /[0-9]/.test(t) || NUMBER_AS_WRITTEN.test(t);
const CAPITAL_AS_WRITTEN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
const found = (re: RegExp, text: string): string =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join(',');

const library = (): string[] => {
  const dir = `${import.meta.dirname}/../../articles`;
  return readdirSync(dir).flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/));
};

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
    for (const t of [...made, ...library()]) expect(mayHoldNumber(t), t).toBe(mayHoldAsWritten(t));
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
    for (const p of library()) expect(found(CAPITAL_WORD, p)).toBe(found(CAPITAL_AS_WRITTEN, p));
  });
});

// capitalWords (s53b): CAPITAL_WORD's words from one match, each found again by indexOf; the same words at the same
// offsets as the pattern's own matches.
const placed = (text: string): string => {
  const {words, starts} = capitalWords(text);
  return words.map((w, k) => `${starts[k]}:${w}`).join(',');
};
const execd = (text: string): string =>
  matchesOf(CAPITAL_WORD, text)
    .map((m) => `${m.index}:${m[0]}`)
    .join(',');

describe('capitalWords', () => {
  it('finds the matches of CAPITAL_WORD at their offsets beside every BMP character', () => {
    let differ = '';
    for (let c = 0; c < 0x10000 && differ === ''; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [
        `${ch}Ab`,
        `a${ch}Bc`,
        `x${ch}Ab Ab${ch}`,
        `xAb${ch}Ab Ab`,
        `Ab${ch}xAb Ab`,
        `\u{1D400}${ch}Ef Ef`,
        `Ef\u{1D400}${ch}Ef`,
      ])
        if (placed(text) !== execd(text)) differ = JSON.stringify(text);
    }
    expect(differ).toBe('');
  });

  it('finds them on made-up text, random text and every paragraph of the library', () => {
    const made = [
      'McDonald Donald',
      'xDonald Donald said Donald',
      'Donaldson Donald, Donald2 Donald',
      'Ana\u{1D400}Ana Ana \u{10400}Ana Ana',
      '\u{1D400}Ab \u{1D400}',
      'NASA, ASA and SA',
    ];
    // Pieces whose words recur inside longer ones, after letters, before digits and astral letters.
    const pieces = ['Ab', 'ab', 'A', '1', ' ', ',', '\u{1D400}', '\u{10400}', 'é', 'É', '-', '\u0301'];
    let seed = 53;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const random: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let t = '';
      const n = next() % 12;
      for (let j = 0; j < n; j++) t += pieces[next() % pieces.length];
      random.push(t);
    }
    for (const t of [...made, ...random, ...library()]) expect(placed(t), JSON.stringify(t)).toBe(execd(t));
  });
});
