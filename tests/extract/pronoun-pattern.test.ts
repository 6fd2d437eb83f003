import {describe, expect, it} from 'vitest';
import {PRONOUN} from '../../src/extract/entities/context-words.js';

// context-words.ts spells the pronoun pattern without the `i` flag; it must find what the `iu` spelling finds.
const AS_WRITTEN = /\b(he|his|him|himself|she|her|herself|it|its|itself)\b/giu;
const found = (re: RegExp, text: string): string =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join(',');

describe('PRONOUN', () => {
  it('matches as /\\b(he|…|itself)\\b/giu beside every BMP character', () => {
    const words = ['he', 'hIs', 'Herself', 'ITS', 'ſhe', 'itſelf', 'hImself', 'her'];
    let differ = '';
    for (let c = 0; c < 0x10000 && differ === ''; c++) {
      const ch = String.fromCharCode(c);
      for (const w of words)
        for (const text of [ch + w, w + ch, `${ch}${w}${ch}`, `x ${w}${ch}he`])
          if (found(AS_WRITTEN, text) !== found(PRONOUN, text)) differ = JSON.stringify(text);
    }
    expect(differ).toBe('');
  });

  it('matches as written in running text, every casing of every pronoun', () => {
    const text =
      'He said his son told him himself; SHE and her sister Herself… It, its, ITSELF. Hehe, this, Shell, kit, Itsy, ' +
      'hisself, Him_, 3he, ſhe, hiſ, ÉHe, heé, he\u212A, \u212Ahe, “her”, (it).';
    expect(found(PRONOUN, text)).toBe(found(AS_WRITTEN, text));
  });
});
