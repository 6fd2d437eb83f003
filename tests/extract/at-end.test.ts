import {describe, expect, it} from 'vitest';
import {shippedBlocks} from '../helpers/made-up-texts.js';
// (The extractor's modules make their patterns when loaded: every one atEnd made is then in madeAtEnd.)
import '../../src/extract/index.js';
import {atEnd, endsWithMatch, madeAtEnd} from '../../src/extract/matches.js';

// matches.ts atEnd: a `$`-ended pattern tried once at the text's end, as a lookbehind, must answer as the pattern
// tried at every position did (s56b).
// The texts the entities read before a name: the last 64 characters before each capitalised word, from a space on
// (context-words.ts tail), and the capitalised runs themselves; and each paragraph whole.
function texts(paragraph: string): string[] {
  const out = [paragraph];
  for (const m of paragraph.matchAll(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu)) {
    const before = paragraph.slice(Math.max(0, m.index - 120), m.index);
    const space = before.length > 64 ? before.indexOf(' ', before.length - 64) : 0;
    out.push(space < 0 ? '' : before.slice(space), m[0]);
  }
  return out;
}

const MADE_UP = [
  '',
  'the police of nearby ',
  'He was seen in the ',
  'residents of ',
  'Asked about it, Ardo Pell said the ',
  'after the death of ',
  'under the pseudonym ',
  'a 22-year-old ',
  'the seaman was identified as ',
  'according to the ',
  'in an interview with ',
  'led by the ruling ',
  'a station in the provincial capital, the ',
  'a cross from ',
  'he had told the ',
  'Varnco Holdings',
  'Kelmora Ltd.',
  'Ogun Local Government Area',
  'Highway 49',
  'U.S. Route 2A',
  'It was over.”',
  'She left (for good).',
  'Nothing ends here',
  'in  the\u00a0',
];

describe('atEnd', () => {
  it('made the extractor its patterns', () => {
    expect(madeAtEnd.length).toBeGreaterThanOrEqual(10);
  });

  it('answers as each pattern on made-up text and on the texts before every name of the library', () => {
    const all = [...MADE_UP, ...shippedBlocks().flatMap(texts)];
    const differ: string[] = [];
    let matched = 0;
    for (const [re, end] of madeAtEnd)
      for (const t of all) {
        const want = re.test(t);
        if (want) matched++;
        if (endsWithMatch(end, t) !== want) differ.push(`${re.source.slice(0, 40)}: ${JSON.stringify(t)}`);
      }
    expect(differ.slice(0, 5)).toEqual([]);
    // (Texts that match, or the check above proves little.)
    expect(matched).toBeGreaterThan(1000);
  });

  it('answers as each pattern beside every BMP character', () => {
    let differ = '';
    for (let c = 0; c < 0x10000 && differ === ''; c++) {
      const ch = String.fromCharCode(c);
      for (const [re, end] of madeAtEnd)
        for (const t of [
          `${ch}in the `,
          `said${ch}in `,
          `death of${ch}`,
          `x${ch}told `,
          `Varnco${ch}Ltd`,
          `end.${ch}`,
        ])
          if (endsWithMatch(end, t) !== re.test(t))
            differ = `${re.source.slice(0, 40)}: ${JSON.stringify(t)}`;
    }
    expect(differ).toBe('');
  });

  it('refuses a pattern it would change', () => {
    // ("a|b$" is "a" anywhere or "b" at the end: as a lookbehind at the end it would be either at the end.)
    expect(() => atEnd(/in|of$/u)).toThrow();
    expect(() => atEnd(/\bof\s+/u)).toThrow();
    expect(() => atEnd(/\$/u)).toThrow();
    expect(() => atEnd(/of$/gu)).toThrow();
    expect(atEnd(/(?:in|of)\s+$/u).sticky).toBe(true);
    expect(atEnd(/[|]$/u).source).toBe('(?<=[|])');
  });
});
