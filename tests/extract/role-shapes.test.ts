import {describe, expect, it} from 'vitest';
import {type RoleMatch, roleFirstShape, roleOpeningShape} from '../../src/extract/quotes/role-shapes.js';
import {ROLE_WORD} from '../../src/extract/quotes/vocabulary.js';
import {libraryTexts, madeUp} from './shape-texts.js';

// role-shapes.ts reads a role opening a text word by word for each count of lower-case words before it (s58b): each
// must answer as the three patterns it was, kept here.
const ROLE_FIRST = [0, 1, 2].map(
  (k) =>
    new RegExp(
      `^the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}((?:\\p{Ll}[\\p{Ll}-]*\\s+){${k}}(?:${ROLE_WORD}))(?=\\s)`,
      'u',
    ),
);
const ROLE_OPENINGS = [0, 1, 2].map(
  (k) =>
    new RegExp(
      `^(?:The|[^,.;:“”"]{1,50},\\s+the)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:\\p{Ll}[\\p{Ll}-]*\\s+){${k}}(\\p{Ll}[\\p{Ll}-]*)(?=,|\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+))`,
      'u',
    ),
);

// What a pattern found, as a shape gives it (the groups roles.ts reads).
const first = (m: RegExpExecArray | null): RoleMatch | undefined => (m ? [m[0], m[1] ?? ''] : undefined);
const opening = (m: RegExpExecArray | null): RoleMatch | undefined =>
  m ? [m[0], m[1] ?? '', m[2]] : undefined;
const same = (a: RoleMatch | undefined, b: RoleMatch | undefined) => JSON.stringify(a) === JSON.stringify(b);

function differing(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const t of texts)
    for (let k = 0; k <= 2; k++) {
      if (!same(first(ROLE_FIRST[k]?.exec(t) ?? null), roleFirstShape(t, k))) found.push(`first ${k}: ${t}`);
      if (!same(opening(ROLE_OPENINGS[k]?.exec(t) ?? null), roleOpeningShape(t, k)))
        found.push(`opening ${k}: ${t}`);
    }
  return found;
}

describe('a role opening a text, read word by word', () => {
  it('reads the role word as ROLE_WORD was written when these readings were made', () => {
    expect(ROLE_WORD).toBe('\\p{L}\\p{Ll}[\\p{Ll}-]*|\\d+-year-old');
  });

  it.each([
    ['the mayor said', 0, ['the mayor', 'mayor']],
    ['the Prime Minister said.', 0, ['the Prime Minister', 'Minister']],
    ['the Wooster former teacher added', 1, ['the Wooster former teacher', 'former teacher']],
    ['the 54-year-old said', 0, ['the 54-year-old', '54-year-old']],
    ['the mayor’s office said', 0, undefined],
  ])('roleFirstShape(%j, %d)', (text, k, want) => {
    expect(roleFirstShape(text, k)).toEqual(want);
    expect(first(ROLE_FIRST[k]?.exec(text) ?? null)).toEqual(want);
  });

  it.each([
    ['The governor, who spoke', 0, ['The governor', 'governor', undefined]],
    ['The council chairwoman, who spoke', 1, ['The council chairwoman', 'chairwoman', undefined]],
    ['The former teacher quickly told', 1, ['The former teacher', 'teacher', 'told']],
    ['After the meeting, the president told', 0, ['After the meeting, the president', 'president', 'told']],
    ['The Rovers boss', 0, undefined],
    ['The mayor ly said', 0, ['The mayor', 'mayor', 'ly']],
    ['The mayor only  said', 0, ['The mayor', 'mayor', 'said']],
  ])('roleOpeningShape(%j, %d)', (text, k, want) => {
    expect(roleOpeningShape(text, k)).toEqual(want);
    expect(opening(ROLE_OPENINGS[k]?.exec(text) ?? null)).toEqual(want);
  });

  it('answers as the patterns on made-up texts', () => {
    const texts = [
      ...madeUp(30000, ['the', 'The', 'After the meeting,', 'Outside the depot, the', 'the Prime']),
    ];
    expect(differing(texts).slice(0, 5)).toEqual([]);
    for (let k = 0; k <= 2; k++) {
      expect(texts.filter((t) => roleFirstShape(t, k)).length).toBeGreaterThan(100);
      expect(texts.filter((t) => roleOpeningShape(t, k)?.[2]).length).toBeGreaterThan(100);
    }
  });

  it('answers as the patterns after every quote mark, comma and space of the library', () => {
    const texts = libraryTexts();
    expect(differing(texts).slice(0, 5)).toEqual([]);
  });
});
