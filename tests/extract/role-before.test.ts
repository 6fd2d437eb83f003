import {describe, expect, it} from 'vitest';
import {roleBefore, roleOpens} from '../../src/extract/quotes/role-before.js';
import type {RoleMatch} from '../../src/extract/quotes/role-shapes.js';
import {MODIFIER, ROLE_WORD} from '../../src/extract/quotes/vocabulary.js';
import {seededInts, shippedArticles, VARIED_SPACES} from '../helpers/made-up-texts.js';

// role-before.ts reads attribution.ts' ROLE_BEFORE word by word (s60a): it must answer as the pattern, kept here.
const ROLE_BEFORE = new RegExp(
  `(?:^|\\s)[Tt]he\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${ROLE_WORD}))\\s+(?:\\p{Ll}+ly\\s+)?${MODIFIER}$`,
  'u',
);

// ROLE_OPENS and QUALIFIED_ROLE_OPENS, read by roleOpens(text, 1) and roleOpens(text, 2): group 1 is what they give.
const OPENS = [
  /^\s*(?:[^,]{0,60},\s*)?[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]+)\s+[^,]*,?\s*$/u,
  /^\s*(?:[^,]{0,60},\s*)?[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Ll}[\p{Ll}-]+\s+(\p{Ll}[\p{Ll}-]+)\s+[^,]*,?\s*$/u,
] as const;
const openingsDiffering = (texts: readonly string[]): string[] =>
  texts.filter((t) => OPENS[0].exec(t)?.[1] !== roleOpens(t, 1) || OPENS[1].exec(t)?.[1] !== roleOpens(t, 2));

const pattern = (text: string): RoleMatch | undefined => {
  const m = ROLE_BEFORE.exec(text);
  return m ? [m[0], m[1] ?? ''] : undefined;
};
const differing = (texts: readonly string[]): string[] =>
  texts.filter((t) => JSON.stringify(pattern(t)) !== JSON.stringify(roleBefore(t)));

// Words that reach each part of the pattern and its near misses: "the" and words like it, capitalised words, lower-case
// words, roles and ages, "-ly" adverbs, the modifiers (two-word ones too), odd letters, marks and digits.
// prettier-ignore
const PIECES = [
  'the', 'The', 'THE', 'thé', 'other', 'the', 'The', 'Wooster', 'Prime', 'Minister', 'Al-Nassr', 'ŁÓDŹ', 'ǅ', '𝐀',
  'commissioner', 'former', 'state', 'full-back', 'premier', 'łódź', '𝐚', 'é', 'eA', 'Ab', 'a-b', '-', '24-year-old',
  '7-year-old', '-year-old', 'quickly', 'only', 'ly', 'Ly', 'publicly', 'also', 'then', 'had', 'previously', 'has',
  'would', 'later', 'yesterday', 'x', 'commissioner’s', 'said,', '.', ',', '2', 'x_y', 'ſaid', 'hasty',
];

describe('a role before a speech verb, read word by word', () => {
  it('reads the role word and the modifiers as they were written when this reading was made', () => {
    expect(ROLE_WORD).toBe('\\p{L}\\p{Ll}[\\p{Ll}-]*|\\d+-year-old');
    expect(MODIFIER).toContain('had\\s+previously|');
  });

  it.each([
    ['The commissioner ', ['The commissioner ', 'commissioner']],
    ['Asked again, the Wooster professor also ', [' the Wooster professor also ', 'professor']],
    // (The most capitalised words first: "had" is read as the role, as the pattern read it.)
    ['the Prime Minister had previously ', ['the Prime Minister had previously ', 'had']],
    ['the Prime Minister ', ['the Prime Minister ', 'Minister']],
    [
      'Later the state former premier quickly has ',
      [' the state former premier quickly has ', 'state former premier'],
    ],
    ['the 24-year-old ', ['the 24-year-old ', '24-year-old']],
    ['the commissioner’s office ', undefined],
    ['the commissioner', undefined],
    ['the commissioner hasty, ', undefined],
  ])('roleBefore(%j)', (text, want) => {
    expect(roleBefore(text)).toEqual(want);
    expect(pattern(text)).toEqual(want);
  });

  it('answers as the pattern on made-up texts', () => {
    const next = seededInts(60);
    const texts: string[] = [];
    for (let k = 0; k < 60000; k++) {
      let text = next(4) === 0 ? '' : 'Asked,';
      for (let w = 1 + next(9); w > 0; w--)
        text += (VARIED_SPACES[next(VARIED_SPACES.length)] ?? ' ') + (PIECES[next(PIECES.length)] ?? '');
      // (Most heads end in white space, where the pattern can match.)
      texts.push(next(5) === 0 ? text : `${text}${VARIED_SPACES[next(4)] ?? ' '}`);
    }
    expect(differing(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => roleBefore(t)).length).toBeGreaterThan(1000);
  });

  it('answers as the pattern on the library up to every white space', () => {
    const texts: string[] = [];
    for (const article of shippedArticles())
      for (let i = 0; i < article.length; i++)
        if (/\s/u.test(article[i] ?? '')) texts.push(article.slice(Math.max(0, i - 90), i + 1));
    expect(differing(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => roleBefore(t)).length).toBeGreaterThan(100);
  });

  it.each([
    ['The governor tweeted her reasoning ', 'governor', 'tweeted'],
    ['  The transport minister has defended it, ', 'transport', 'minister'],
    ['After a meeting in Lyon, the Wooster professor went on ', 'professor', 'went'],
    ['After the vote,the mayor left ', 'mayor', 'left'],
    ['The mayor, who left, ', undefined, undefined],
    ['The mayor left,  ', 'mayor', undefined],
    ['The a left ', undefined, undefined],
    [`${'x'.repeat(61)}, the mayor left `, undefined, undefined],
    [`${'x'.repeat(60)}, the mayor left `, 'mayor', 'left'],
    ['The Prime Minister Ada left ', undefined, undefined],
  ])('roleOpens(%j)', (text, one, two) => {
    expect([roleOpens(text, 1), roleOpens(text, 2)]).toEqual([one, two]);
    expect([OPENS[0].exec(text)?.[1], OPENS[1].exec(text)?.[1]]).toEqual([one, two]);
  });

  it('reads openings as the patterns on made-up texts', () => {
    const next = seededInts(61);
    const texts: string[] = [];
    for (let k = 0; k < 60000; k++) {
      let text = [' ', '', 'After it,', 'x'.repeat(55 + next(10)) + ','][next(4)] ?? '';
      for (let w = 1 + next(9); w > 0; w--)
        text += (VARIED_SPACES[next(VARIED_SPACES.length)] ?? ' ') + (PIECES[next(PIECES.length)] ?? '');
      texts.push(next(5) === 0 ? text : `${text}${VARIED_SPACES[next(4)] ?? ' '}`);
    }
    expect(openingsDiffering(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => roleOpens(t, 1)).length).toBeGreaterThan(500);
    expect(texts.filter((t) => roleOpens(t, 2)).length).toBeGreaterThan(500);
  });

  it('reads openings as the patterns on the library from each sentence or clause to every white space', () => {
    const texts: string[] = [];
    for (const article of shippedArticles())
      for (let i = 0; i < article.length; i++)
        if (i === 0 || /[.\n“”"]/u.test(article[i - 1] ?? ''))
          for (let e = i; e < Math.min(article.length, i + 110); e++)
            if (/\s/u.test(article[e] ?? '')) texts.push(article.slice(i, e + 1));
    expect(openingsDiffering(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => roleOpens(t, 1)).length).toBeGreaterThan(100);
  });
});
