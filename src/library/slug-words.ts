// Apart from feeds/article-file.ts (which loads the YAML writer) so that `brief show`'s did-you-mean, on the
// argument parser's path, can spell typed words as file names do without it.

/**
 * The words of `text` as an article's file name spells them: accents off Latin letters, lower case, split at each
 * run of characters that are no letter, mark or digit (other scripts keep their marks: バ is not ハ, й not и).
 */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}
