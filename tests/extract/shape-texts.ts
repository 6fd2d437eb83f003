import {shippedArticles} from '../helpers/made-up-texts.js';

// Texts for the word-by-word readings' tests (unnamed-shapes, role-shapes): each must answer as the pattern it was.

/** Every place a quote's attribution or a sentence can start in the library: after each quote mark, comma and space. */
export const libraryTexts = (): string[] => {
  const texts: string[] = [];
  for (const article of shippedArticles()) {
    for (let i = 0; i < article.length; i++)
      if (/[”"’,\s]/u.test(article[i] ?? '')) texts.push(article.slice(i + 1, i + 160).trimStart());
  }
  return texts;
};

// Made-up attributions from words that try every branch: articles, capitals, ages, modifiers, two-word verbs,
// odd white space, stops, letters past Latin-1 and past the BMP.
// prettier-ignore
export const PIECES = [
  'the', 'a', 'an', 'one', 'another', 'The', 'Scot', 'Rovers', 'Portuguese', 'boss', 'forward', 'mayor', 'skipper',
  '24-year-old', '7-year-old', 'said', 'says', 'Said', 'saidx', 'also', 'had', 'previously', 'has', 'pointed', 'out',
  'OUT', 'told', 'of', 'holding', 'that', 'went', 'on', 'state', 'officials', 'police', 'witness', 'woman', 'who',
  'é', 'élan', 'Ñu', 'ŁÓDŹ', 'łódź', 'ǅ', '𝐚', '𝐀', 'a-b', '-', '--', 'x_y', '2', ',', '.', '“', '”', '"', '’', 'ſaid',
  'former', 'teacher', 'Prime', 'Minister', 'quickly', 'ly', 'council', 'chairwoman', 'producers', 'governor,',
  'Wooster', 'professor', 'x,', 'mayor’s', 'eA', 'Ab',
];
export const SPACES = [' ', ' ', ' ', '  ', '   ', '\u00a0', '\n', '\u2009', ''];
/** `count` made-up texts, the same each run, opening with `openings`. */
export function* madeUp(count: number, openings: readonly string[]): Generator<string> {
  let seed = 58;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  for (let k = 0; k < count; k++) {
    const words = 1 + next(8);
    let text = openings[next(openings.length)] ?? '';
    for (let w = 0; w < words; w++) {
      // (Words from the first twenty pieces or a speech verb more often, so that the shapes are often found.)
      const piece =
        w % 2 === 1
          ? next(3) === 0
            ? 'said'
            : PIECES[next(20)]
          : PIECES[next(next(2) ? 20 : PIECES.length)];
      text += (SPACES[next(SPACES.length)] ?? ' ') + (piece ?? '');
    }
    yield text;
  }
}
