import {describe, expect, it} from 'vitest';
import {libraryTexts, madeUp} from './shape-texts.js';
import {COMPILE_ONCE} from '../../src/extract/matches.js';
import {
  barePluralFirst,
  bareEpithetFirst,
  epithetFirst,
  type Shape,
  spokesPhraseFirst,
  unnamedAfterWords,
  unnamedFirstShape,
} from '../../src/extract/quotes/unnamed-shapes.js';
import {MODIFIER, VERB_ALT, WORD_END} from '../../src/extract/quotes/vocabulary.js';

// unnamed-shapes.ts reads the unnamed speaker's shapes word by word (s58b): each must answer as the pattern it was.
const ADVERB = MODIFIER;
const VERB = `${ADVERB}${COMPILE_ONCE}(?:${VERB_ALT})${WORD_END}`;
const PATTERNS: [string, RegExp, (text: string) => Shape | undefined][] = [
  [
    'epithetFirst',
    new RegExp(
      `^the\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,1}\\p{Lu}[\\p{L}-]*)\\s+(?:(\\p{Ll}[\\p{Ll}-]*)\\s+)?${VERB}`,
      'u',
    ),
    epithetFirst,
  ],
  [
    'bareEpithetFirst',
    new RegExp(`^the\\s+(\\p{Ll}[\\p{Ll}-]*|\\d+-year-old)\\s+${VERB}`, 'u'),
    bareEpithetFirst,
  ],
  [
    'unnamedFirstShape',
    new RegExp(`^(?:a|an|the|one|another)\\s+\\p{Ll}[^,.;:!?“”"]{0,60}?\\s+${VERB}`, 'u'),
    unnamedFirstShape,
  ],
  [
    'spokesPhraseFirst',
    new RegExp(`^(?:a|an|the|one)\\s+[^,.;:!?“”"]{1,80}?\\s+${VERB}`, 'u'),
    spokesPhraseFirst,
  ],
  ['barePluralFirst', new RegExp(`^(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+${VERB}`, 'u'), barePluralFirst],
];
const UNNAMED_AFTER = new RegExp(
  `[”"’]\\s*${COMPILE_ONCE}(?:${VERB_ALT})\\s+(?:an?|another|one)\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`,
  'u',
);

// What a pattern found, in a shape's terms.
const asShape = (m: RegExpExecArray | null): Shape | undefined =>
  m ? {end: m[0].length, groups: m.slice(1)} : undefined;

describe('unnamed speaker shapes read word by word', () => {
  it.each([
    ['the Portuguese forward said on Sunday', 'epithetFirst', 27, ['Portuguese', 'forward']],
    ['the Rovers Boss told reporters', 'epithetFirst', 20, ['Rovers Boss', undefined]],
    ['the Scot also said', 'epithetFirst', 18, ['Scot', 'also']],
    ['the skipper had previously said', 'bareEpithetFirst', 31, ['skipper']],
    ['the 24-year-old pointed  out', 'bareEpithetFirst', 28, ['24-year-old']],
    ['a woman who lives nearby said', 'unnamedFirstShape', 29, []],
    ['a woman, who lives nearby, said', 'unnamedFirstShape', undefined, []],
    ['an Interpol spokesperson stated', 'spokesPhraseFirst', 31, []],
    ['the   said', 'spokesPhraseFirst', 10, []],
    ['state officials said', 'barePluralFirst', 20, ['officials']],
    ['police said that', 'barePluralFirst', 11, ['police']],
  ])('%s: %s', (text, name, end, groups) => {
    const [, pattern, shape] = PATTERNS.find(([n]) => n === name) ?? [];
    expect(shape?.(text)).toEqual(end === undefined ? undefined : {end, groups});
    expect(asShape(pattern?.exec(text) ?? null)).toEqual(shape?.(text));
  });

  it('answers as each pattern on made-up attributions', () => {
    const texts = [
      ...madeUp(40000, ['the', 'the', 'a', 'an', 'one', 'another', '”', '"', 'state', 'police']),
    ];
    for (const [name, pattern, shape] of PATTERNS) {
      const differing = texts.filter(
        (t) => JSON.stringify(asShape(pattern.exec(t))) !== JSON.stringify(shape(t)),
      );
      expect([name, differing.slice(0, 5)]).toEqual([name, []]);
      expect([name, texts.filter((t) => shape(t)).length > 100]).toEqual([name, true]);
    }
    const after = texts.filter((t) => UNNAMED_AFTER.exec(t)?.[1] !== unnamedAfterWords(t));
    expect(after.slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => unnamedAfterWords(t)).length).toBeGreaterThan(30);
  });

  it('answers as each pattern after every quote mark, comma and space of the library', () => {
    const texts = libraryTexts();
    for (const [name, pattern, shape] of PATTERNS) {
      const differing = texts.filter(
        (t) => JSON.stringify(asShape(pattern.exec(t))) !== JSON.stringify(shape(t)),
      );
      expect([name, differing.slice(0, 5)]).toEqual([name, []]);
    }
    const after = texts.filter((t) => UNNAMED_AFTER.exec(t)?.[1] !== unnamedAfterWords(t));
    expect(after.slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => unnamedAfterWords(t)).length).toBeGreaterThan(10);
  });
});
