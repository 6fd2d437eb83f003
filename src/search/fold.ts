/** Folds text for matching: lower case, accents dropped, anything but letters and digits turned into one space. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´.]/g, '')
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
