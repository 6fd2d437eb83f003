import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

/** A seeded generator of numbers in [0, 1] (a linear congruential one), so a test's made-up texts repeat run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/**
 * A seeded draw of whole numbers: `next(n)` is in [0, n), from the high bits of the same linear congruential state,
 * so a word-by-word reader's made-up texts repeat run to run.
 */
export function seededInts(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % n;
  };
}

/** The white space made-up texts put between words: plain, doubled, no-break, a line break, thin, none. */
export const VARIED_SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\n', '\u2009', ''];

/** One made-up text: `min` to `min + spread - 1` pieces drawn from `pieces`, its length drawn first. */
export function randomText(
  random: () => number,
  pieces: readonly string[],
  min: number,
  spread: number,
): string {
  let text = '';
  for (let j = min + Math.floor(random() * spread); j > 0; j--)
    text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

/** `count` made-up texts from one seed (see randomText). */
export function randomTexts(
  pieces: readonly string[],
  options: {seed: number; count: number; min: number; spread: number},
): string[] {
  const random = seededRandom(options.seed);
  return Array.from({length: options.count}, () => randomText(random, pieces, options.min, options.spread));
}

/** The text of each file of the shipped articles/ folder. */
export function shippedArticles(): string[] {
  const dir = join(import.meta.dirname, '../../articles');
  return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Every paragraph (run of lines between blank lines or line breaks) of the shipped articles/ folder. */
export const shippedParagraphs = (): string[] => shippedArticles().flatMap((a) => a.split(/\n+/));

/** Every block (run of lines between blank lines) of the shipped articles/ folder: front matter, paragraphs. */
export const shippedBlocks = (): string[] => shippedArticles().flatMap((a) => a.split(/\n\s*\n/));

/**
 * Every slice of the shipped articles that starts `from` code units after a character `at` accepts and runs `length`
 * code units on: the places a rule may be asked about, e.g. after each white space or comma.
 */
export function shippedSlices(at: RegExp, from: number, length: number): string[] {
  const texts: string[] = [];
  for (const article of shippedArticles())
    for (let i = 0; i < article.length; i++)
      if (at.test(article[i] ?? '')) texts.push(article.slice(i + from, i + from + length));
  return texts;
}
