import {describe, expect, it} from 'vitest';
import {shippedBlocks} from '../helpers/made-up-texts.js';
import {ORG_NOUNS, PERSON_NOUNS} from '../../src/extract/entities/cues.js';
import {isSpaceCode} from '../../src/extract/entities/context-words.js';
import {ownTheBody} from '../../src/extract/entities/own-the.js';
import {withoutDateline} from '../../src/extract/summary/filters.js';

// own-the.ts reads a name's own "The" word by word with the noun sets (s57c): it must answer as the pattern as it was
// written did.
const OWN_THE_BODY = new RegExp(
  `(?:\\b(?:${[...ORG_NOUNS].join('|')})|\\b(?:${[...PERSON_NOUNS].join('|')})\\s+(?:for|of|at)|\\p{Lu}\\p{Ll}+\\s+(?:of|for))\\s+The\\s+$`,
  'u',
);

describe('a name’s own “The”', () => {
  it('reads nouns without white space or characters a pattern would read as syntax', () => {
    for (const noun of [...ORG_NOUNS, ...PERSON_NOUNS]) expect(noun).toMatch(/^[a-z][a-z-]*$/);
  });

  it('reads white space as \\s does', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });

  it.each([
    ['the magazine The ', true],
    ['a writer for The ', true],
    ['Mick Jagger of The ', true],
    ['Émile Zola of The ', true],
    ['Jagger at The ', false],
    ['a writer at The ', true],
    ['the newspaper\u00a0 The \t', true],
    ['the x-start-up The ', true],
    ['an upstart-up The ', false],
    ['the _magazine The ', false],
    ['the magazineThe ', false],
    ['the magazine TheThe ', false],
    ['the magazine the ', false],
    ['the McJagger of The ', true],
    ['JAGGER of The ', false],
    ['writer  for  The  ', true],
    ['writer for the The ', false],
    ['The ', false],
    ['of The ', false],
    ['', false],
  ])('“%s”: %s', (near, own) => {
    expect(OWN_THE_BODY.test(near)).toBe(own);
    expect(ownTheBody(near)).toBe(own);
  });

  it('answers as the pattern before every "The" of the library', () => {
    let asked = 0;
    const differing: string[] = [];
    for (const text of shippedBlocks()) {
      for (let at = text.indexOf('The'); at >= 0; at = text.indexOf('The', at + 1)) {
        for (const end of [at + 4, at + 5]) {
          const near = text.slice(Math.max(0, at - 80), end);
          asked++;
          if (ownTheBody(near) !== OWN_THE_BODY.test(near)) differing.push(near);
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
    expect(differing).toEqual([]);
  });
});

// withoutDateline tests a dash after white space before DATELINE (s57c).
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s+\([\p{L}\s.&-]{2,30}\))?\s+(?:—|–|--?)\s+(?=\p{Lu}|["“‘])/u;
const asWritten = (text: string): string => {
  const m = DATELINE.exec(text);
  return m ? text.slice(m[0].length) : text;
};

describe('a wire dateline', () => {
  it.each([
    'EASTBROOK, N.C. (AP) — A storm hit.',
    'PORTO VERDE, Portugal (Reuters) - The vote ended.',
    'WESTFIELD\u00a0— Officials said.',
    'WESTFIELD —A storm hit.',
    'US officials said on Monday — and again later.',
    'NATO leaders met.',
  ])('“%s” as DATELINE cuts it', (text) => {
    expect(withoutDateline(text)).toBe(asWritten(text));
  });

  it('is cut from every paragraph of the library as DATELINE cuts it', () => {
    for (const text of shippedBlocks()) expect(withoutDateline(text.trim())).toBe(asWritten(text.trim()));
  });
});
