import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {parseBody, sameText} from '../../src/library/plain-text.js';
import {isJoiningLetter} from '../../src/library/sanitize.js';
import {readWikiMarkup} from '../../src/library/wiki-markup.js';

// The library reader's plain tests before its costliest patterns (s57c): each must answer as the pattern alone did.

const library = (): string[] => {
  const dir = `${import.meta.dirname}/../../articles`;
  return readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
};

describe('a joining letter', () => {
  const JOINING_LETTER = /[\p{L}\p{M}]/u;
  const NON_JOINING_SCRIPT =
    /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
  const asWritten = (ch: string): boolean => JOINING_LETTER.test(ch) && !NON_JOINING_SCRIPT.test(ch);

  it('is what the two patterns say of every character of the BMP, an astral one and none', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isJoiningLetter(ch) !== asWritten(ch)) differing.push(c);
    }
    expect(differing).toEqual([]);
    for (const ch of ['', '𐌰', '𝐀', '😀', 'ش', 'क', 'a', ' '])
      expect(isJoiningLetter(ch)).toBe(asWritten(ch));
  });
});

describe('sameText', () => {
  const asWritten = (a: string, b: string): boolean => {
    const fold = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    return fold(a) === fold(b);
  };

  it.each([
    ['Council Votes to Close Bridge', 'council votes: to close bridge!'],
    ['Council Votes to Close Bridge', 'Council votes to close the bridge'],
    ['Zürich’s mayor — re-elected', 'ZÜRICH S MAYOR RE ELECTED'],
    ['Zürich mayor', 'Zurich mayor'],
    ['İstanbul', 'i̇stanbul'],
    ['KELVIN', 'kelvin'],
    ['Kyiv 2024', 'Kyiv, 2024.'],
    ['', '...'],
    ['東京', '東京!'],
    ['東京', '大阪'],
  ])('“%s” and “%s” as fold says', (a, b) => {
    expect(sameText(a, b)).toBe(asWritten(a, b));
  });

  it('answers as fold for every paragraph of the library beside the next and itself changed', () => {
    for (const text of library()) {
      const paragraphs = text.split(/\n\s*\n/);
      paragraphs.forEach((p, i) => {
        const next = paragraphs[i + 1] ?? '';
        for (const other of [next, p.toUpperCase(), `${p.replace(/[,.]/g, ' ')}!`, p.slice(1)])
          expect(sameText(p, other)).toBe(asWritten(p, other));
      });
    }
  });
});

describe('a feed footer', () => {
  const FEED_FOOTER = /^The post (.+) appeared first on (.+?)\.?$/iu;

  it.each([
    'THE POST Council Votes APPEARED FIRST ON Daily Planet.',
    'The poſt Council Votes appeared firſt on Daily Planet',
    'The post Council Votes Appeared First On Daily Planet.',
  ])('“%s” is read in any case FEED_FOOTER reads', (footer) => {
    expect(FEED_FOOTER.test(footer)).toBe(true);
    const parts = parseBody(`First para.\n\nSecond para.\n\n${footer}`);
    expect(parts.title).toBe('Council Votes');
    expect(parts.source).toBe('Daily Planet');
    expect(parts.paragraphs).toEqual(['First para.', 'Second para.']);
  });
});

describe('credit lines', () => {
  it.each([
    ['Reporting by Ana Lima in Lisbon; Editing by Tom Berg', ['Ana Lima']],
    ['REPORTING BY ANA LIMA', ['ANA LIMA']],
    [
      'Harbour Press writers Tom Berg in Eastbrook and Ana Lima contributed to this report.',
      ['Tom Berg', 'Ana Lima'],
    ],
    ['Additional reporting by Ana Lima from Porto Verde and Tom Berg.', ['Ana Lima', 'Tom Berg']],
  ])('“%s”: contributors %j', (line, names) => {
    expect(parseBody(`First para.\n\nSecond para.\n\n${line}`).contributors).toEqual(names);
  });

  it('leaves a last line that names no credit word as text', () => {
    const parts = parseBody('First para.\n\nAna Lima in Lisbon and Tom Berg agreed.');
    expect(parts.contributors).toEqual([]);
    expect(parts.paragraphs).toEqual(['First para.', 'Ana Lima in Lisbon and Tom Berg agreed.']);
  });
});

describe('original-language notes', () => {
  it('are read after a speaker mark and left alone without a language code', () => {
    expect(readWikiMarkup('((WN)) Hello ((pl))Polish language: Dzień dobry.').analysed).toBe('((WN)) Hello');
    expect(readWikiMarkup('((Jane Roe)) I said ((maybe)) no.').analysed).toBe(
      '((Jane Roe)) I said ((maybe)) no.',
    );
    // A note read twice in one paragraph, then in the next: the pattern made once starts each search afresh.
    const twice = '((pl))Polish language: Zielona Unia and ((de))German language: Grüne Union';
    expect(readWikiMarkup(twice).shown).toBe(readWikiMarkup(twice).shown);
    expect(readWikiMarkup(twice).shown).toBe('(Polish: Zielona Unia) and (German: Grüne Union)');
  });
});
