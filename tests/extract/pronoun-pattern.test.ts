import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {PRONOUN, pronounAfter} from '../../src/extract/entities/context-words.js';

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

// pronounAfter reads the pronouns of a sentence and the next one as two lists (the next sentence's kept for when
// its own names are read); it must answer as the scan of the two joined by a space did.
describe('pronounAfter', () => {
  const OTHER_SUBJECT =
    /(?:[,;:]|\b(?:reported|reports|said|says|announced|confirmed|stated|wrote)(?:\s+that)?)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:would|will|was|is|has|had|said|says|could|should|can|may|might|did|does)\b/u;
  const joinedScan = (sentence: string, next: string, end: number): string | undefined => {
    const text = `${sentence} ${next}`;
    for (const m of text.matchAll(PRONOUN)) {
      if (m.index < end) continue;
      if (m.index + m[0].length > end + 240) return undefined;
      return OTHER_SUBJECT.test(text.slice(end, m.index)) ? undefined : m[0].toLowerCase();
    }
    return undefined;
  };

  it('answers as one scan of the joined text, for names read sentence after sentence of the library', () => {
    const sentences = readdirSync('articles')
      .slice(0, 60)
      .flatMap((f) => readFileSync(`articles/${f}`, 'utf8').split(/(?<=[.!?”])\s+|\n+/u))
      .filter((s) => s !== '');
    let differ = '';
    for (let i = 0; i < sentences.length && differ === ''; i++) {
      const sentence = sentences[i] as string;
      // Every third sentence read without the one after it, as a paragraph's last is.
      const next = i % 3 === 2 ? '' : (sentences[i + 1] ?? '');
      for (let end = 0; end <= sentence.length; end += 7)
        if (pronounAfter(sentence, next, end) !== joinedScan(sentence, next, end))
          differ = JSON.stringify([sentence, next, end]);
    }
    expect(differ).toBe('');
  });
});
