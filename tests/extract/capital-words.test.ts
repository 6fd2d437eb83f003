import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {capitalWords} from '../../src/extract/capital-words.js';
import {matchesOf} from '../../src/extract/matches.js';

// capital-words.ts walks a text's code points instead of running the pattern; it must find what the pattern finds.
const PATTERN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
const shown = (ms: readonly {0: string; index: number}[]): string =>
  ms.map((m) => `${m.index}:${m[0]}`).join(',');
const differs = (texts: readonly string[]): string | undefined =>
  texts.find((t) => shown(capitalWords(t)) !== shown(matchesOf(PATTERN, t)));

describe('capitalWords', () => {
  it('finds what the pattern finds beside every BMP character', () => {
    const texts: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      texts.push(`${ch}Ab ${ch}`, `a${ch}Bc`, `A${ch}b${ch}`, `${ch}${ch}9Z`);
    }
    expect(differs(texts)).toBeUndefined();
  });

  it('reads pairs as one code point, and lone surrogates as neither letter nor digit', () => {
    const astral = ['\u{1D400}', '\u{1D41A}', '\u{1D7CE}', '\u{1F600}', '\u{10400}', '\u{10428}'];
    const lone = ['\uD835', '\uDC00'];
    const texts: string[] = [];
    for (const a of [...astral, ...lone])
      for (const b of [...astral, ...lone, 'A', 'b', ' ', '1'])
        texts.push(`${a}${b}`, `${b}${a}`, `x ${a}Ab${b}C`, `${a}A${b}`, `A${a}${b}z`);
    expect(differs(texts)).toBeUndefined();
  });

  it('finds what the pattern finds in every paragraph of the shipped library', () => {
    const paragraphs = readdirSync('articles').flatMap((f) =>
      readFileSync(`articles/${f}`, 'utf8').split(/\n+/),
    );
    expect(differs(paragraphs)).toBeUndefined();
  });
});
