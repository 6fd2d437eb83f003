// How long a text is, in words, for the checks that tell an article from a teaser or a page of links. Counting
// what spaces separate made every page in Japanese, Chinese or Thai a handful of "words" (a paragraph is one), so
// no such page could be added. The scripts written without spaces count by their characters instead, at about the
// characters a word of them takes.

/** A script written without spaces between words, and about how many of its characters make a word. */
interface UnspacedScript {
  id: string;
  characters: RegExp;
  perWord: number;
}

const UNSPACED: readonly UnspacedScript[] = [
  // Japanese words run two to three characters, Chinese one to two.
  {id: 'han-kana', characters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, perWord: 2},
  {
    id: 'southeast-asian',
    characters: /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu,
    perWord: 5,
  },
];

// No character of those scripts: the text's words are what spaces separate (most texts, at once).
const ANY_UNSPACED =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD8BF]/;

const spaced = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The words of a text: what spaces separate, and for scripts written without spaces, their characters' worth. */
export function wordCount(text: string): number {
  if (!ANY_UNSPACED.test(text)) return spaced(text);
  let rest = text;
  let words = 0;
  for (const script of UNSPACED) {
    let characters = 0;
    rest = rest.replace(script.characters, () => {
      characters += 1;
      return ' ';
    });
    words += Math.ceil(characters / script.perWord);
  }
  // What is left between them (Latin words, figures) counts as spaces separate it; punctuation alone is no word.
  return words + rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
