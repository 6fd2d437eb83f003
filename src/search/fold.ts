import {foldName} from '../extract/names.js';

/** Folds text for matching: the folded name (extract/names.ts) with apostrophes dropped and anything but letters
 * and digits turned into one space. */
export function fold(text: string): string {
  return foldName(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Trigrams of each word, the first padded with a leading space so word starts weigh in ("zel" → " ze", "zel"). */
export function trigrams(folded: string): string[] {
  const out: string[] = [];
  for (const word of folded.split(' ')) {
    const padded = ` ${word}`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}
