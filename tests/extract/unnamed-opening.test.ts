import {seededInts, shippedSlices, VARIED_SPACES} from '../helpers/made-up-texts.js';
import {describe, expect, it} from 'vitest';
import {unnamedOpening} from '../../src/extract/quotes/unnamed-opening.js';

// unnamed-opening.ts reads roles.ts' unnamed person opening a sentence word by word (s59b): it must answer as the
// pattern it was, kept here as written.
const UNNAMED_OPENING =
  /^(?:[^,.;:“”"]{1,50},\s+)?(?:(?:[Oo]ne|[Aa]nother|[Ss]ome)\s+of\s+the\s+(?:\p{Ll}+\s+)??(\p{Ll}+)(?=\s)|(?:[Aa]n?|[Aa]nother)\s+(?:\p{Ll}+\s+)?(?!(?:who|whose|that)\s)(\p{Ll}+)(?=\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|decided|was|is|had|has|\p{Ll}+ed)\b|,?\s+who\s)|[Oo]ne\s+(?:\p{Ll}+\s+)?(?!(?:who|whose|that)\s)(\p{Ll}+)(?=\s+(?:said|says|told)\b|,?\s+who\s))/u;

const written = (text: string) => {
  const m = UNNAMED_OPENING.exec(text);
  return m?.[1] ?? m?.[2] ?? m?.[3];
};
const differing = (texts: Iterable<string>) =>
  [...texts].filter((t) => unnamedOpening(t) !== written(t)).map((t) => JSON.stringify(t));

// prettier-ignore
const PIECES = [
  'One', 'one', 'Another', 'another', 'Some', 'some', 'One of the', 'some of  the', 'A', 'a', 'An', 'an', 'of',
  'the', 'who', 'whose', 'that',
  'witness', 'resident', 'victims', 'woman', 'said', 'says', 'told', 'decided', 'was', 'is', 'had', 'has', 'walked',
  'quickly', 'ly', 'xly', 'ed', 'xed', 'xedé', 'xedA', 'xed_', 'saidé', 'saidx', 'said2', 'é', '𝐚', '𝐚ed', 'ǅ', 'Ñu',
  'who,', 'x,', ',', '.', 'Outside the depot,', `${'y'.repeat(49)},`, `${'y'.repeat(50)},`, `${'𝐚'.repeat(50)},`,
  '“', 'OF', 'The',
];
function* madeUp(count: number): Generator<string> {
  const next = seededInts(59);
  for (let k = 0; k < count; k++) {
    let text = PIECES[next(next(2) ? 12 : PIECES.length)] ?? '';
    for (let w = next(7); w >= 0; w--)
      text +=
        (VARIED_SPACES[next(VARIED_SPACES.length)] ?? ' ') +
        (PIECES[next(next(2) ? 30 : PIECES.length)] ?? '');
    yield text;
  }
}

describe('an unnamed person opening a sentence, read word by word', () => {
  it.each([
    ['One of the victims decided to stay', 'victims'],
    ['A witness said the van', 'witness'],
    ['A local resident quickly decided', 'resident'],
    ['Outside the depot, a woman who declined', 'woman'],
    ['One person was killed', undefined],
    ['One resident, who asked', 'resident'],
    ['An officer who spoke', 'officer'],
    ['A man walkedé home', 'man'],
    ['A man walkedA home', undefined],
  ])('unnamedOpening(%j) = %j', (text, word) => {
    expect(unnamedOpening(text)).toBe(word);
    expect(written(text)).toBe(word);
  });

  it('answers as the pattern on made-up texts', () => {
    const texts = [...madeUp(60000)];
    expect(differing(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => written(t) !== undefined).length).toBeGreaterThan(3000);
    for (const group of [1, 2, 3])
      expect(texts.filter((t) => UNNAMED_OPENING.exec(t)?.[group]).length).toBeGreaterThan(200);
  });

  it('answers as the pattern for code units in and around its words', () => {
    const found: string[] = [];
    // (Every code unit to U+03FF and of General Punctuation, one in 7 past them.)
    for (let c = 0; c <= 0xffff && found.length < 5; c += c < 0x400 || (c >= 0x2000 && c < 0x2070) ? 1 : 7) {
      const ch = String.fromCharCode(c);
      const texts: string[] = [];
      for (const shape of ['At dusk, one of the crew said', 'A local xly walked', 'One man, who said'])
        for (let i = 0; i < shape.length; i++) texts.push(shape.slice(0, i) + ch + shape.slice(i + 1));
      found.push(...differing(texts));
    }
    expect(found.slice(0, 5)).toEqual([]);
  }, 120_000);

  it('answers as the pattern at every sentence-like start of the library', () => {
    const texts = shippedSlices(/[\s”"’,]/u, 1, 159).map((t) => t.trimStart());
    expect(differing(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => written(t) !== undefined).length).toBeGreaterThan(100);
  }, 120_000);
});
