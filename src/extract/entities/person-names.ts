// The keys under which a person's forms meet: the surname ("Downey" of "Robert Downey Jr.", "Sisi" of "Abdel
// Fattah el-Sisi") and the endings of a long name ("López Obrador" of "Andrés Manuel López Obrador").
import {ARABIC_ARTICLES} from './cues.js';
import {nameKey} from './gazetteer.js';

// Generational suffixes follow the surname: "Robert Downey Jr." is Downey.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// "el-Sisi", "Al-Assad": an article, a hyphen, then the capitalised name.
const ARTICLE_PREFIX = /^(\p{L}{2,3})[-‐‑](?=\p{Lu})/u;

/** A family name without the Arabic article joined to it: "el-Sisi" and "al-Sisi" are "Sisi". */
export function withoutArticle(word: string): string {
  const m = ARTICLE_PREFIX.exec(word);
  return m?.[1] && ARABIC_ARTICLES.has(m[1].toLowerCase()) ? word.slice(m[0].length) : word;
}

/** The key of a name's surname: its last word, past a generational suffix and without an Arabic article. */
export function surnameKey(words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  const surname = words.length > 2 && SUFFIXES.has(nameKey(last)) ? (words.at(-2) ?? '') : last;
  return nameKey(withoutArticle(surname));
}

/**
 * The keys of a name's endings of two words or more that leave off at least its first word: "Manuel López
 * Obrador" and "López Obrador" of "Andrés Manuel López Obrador" (a compound surname said without the given names).
 */
export function longTails(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i <= words.length - 2; i++) out.push(nameKey(words.slice(i).join(' ')));
  return out;
}
