// A role right before a speech verb ("The commissioner said", "The Wooster professor also said"), read word by word
// (word-scan.ts, role-shapes.ts) with the same answer, in the same order of tries, as the pattern it was (kept in
// tests/extract/role-before.test.ts): its letter classes cost every worker ~8 M instructions to compile for the ~130
// heads a library asks about (s59h's census, scripts/bench/README.md).
import {VERB_MODIFIERS} from './vocabulary.js';
import {capitalsEnds, lowerWordsEnd, roleWordEnd, type RoleMatch} from './role-shapes.js';
import {codeSize, isSpaceAt, lowerLetters, lowerWord, spaceEnd} from './word-scan.js';

const MODIFIER_WORDS: readonly (readonly string[])[] = VERB_MODIFIERS.map((m) => m.split(' '));

// `(?:${VERB_MODIFIERS})\s+$` from `i`: one modifier's words, each followed by white space, and the text's end.
function modifierEnds(text: string, i: number): boolean {
  return MODIFIER_WORDS.some((words) => {
    let at = i;
    for (const word of words) {
      if (!text.startsWith(word, at)) return false;
      const next = spaceEnd(text, at + word.length);
      if (next === at + word.length) return false;
      at = next;
    }
    return at === text.length;
  });
}

// `(?:\p{Ll}+ly\s+)?${MODIFIER}$` from `i` (after white space): an "-ly" adverb, a modifier, both or none to the end.
function tailEnds(text: string, i: number): boolean {
  if (i === text.length) return true;
  const word = lowerLetters(text, i);
  if (word - i >= 3 && text.startsWith('ly', word - 2) && isSpaceAt(text, word)) {
    const next = spaceEnd(text, word);
    if (next === text.length || modifierEnds(text, next)) return true;
  }
  return modifierEnds(text, i);
}

/**
 * `(?:^|\s)[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:${ROLE_WORD}))\s+(?:\p{Ll}+ly\s+)?${MODIFIER}$`
 * ("The commissioner ", "the Wooster professor also "): the match and the role (group 1). The leftmost "the" that
 * reads; after it the most capitalised words first, then the fewest lower-case words before the role.
 */
export function roleBefore(text: string): RoleMatch | undefined {
  for (let at = text.indexOf('he', 1); at >= 0; at = text.indexOf('he', at + 1)) {
    const the = at - 1;
    const t = text.charCodeAt(the);
    if ((t !== 0x74 && t !== 0x54) || (the > 0 && !isSpaceAt(text, the - 1))) continue;
    const from = spaceEnd(text, at + 2);
    if (from === at + 2) continue;
    for (const capitals of capitalsEnds(text, from))
      for (let k = 0; k <= 2; k++) {
        const lower = lowerWordsEnd(text, capitals, k);
        if (lower < 0) break;
        const end = roleWordEnd(text, lower);
        if (end >= 0 && tailEnds(text, spaceEnd(text, end)))
          return [text.slice(the === 0 ? 0 : the - 1), text.slice(capitals, end)];
      }
  }
  return undefined;
}

// `\s+[^,]*,?\s*$` from `i`: white space, then no comma but perhaps one followed by nothing but white space.
function restEnds(text: string, i: number): boolean {
  if (!isSpaceAt(text, i)) return false;
  const comma = text.indexOf(',', i);
  return comma < 0 || spaceEnd(text, comma + 1) === text.length;
}

// `\p{Ll}[\p{Ll}-]+` from `i` (two characters at least): where it ends, or -1.
function longLowerWord(text: string, i: number): number {
  const end = lowerWord(text, i);
  return end < 0 || end === i + codeSize(text, i) ? -1 : end;
}

// `[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}` then `nouns` lower-case words (each `\p{Ll}[\p{Ll}-]+`, white space
// between) and restEnds, from `i`: the last noun, or undefined.
function theNounsAt(text: string, i: number, nouns: number): string | undefined {
  const t = text.charCodeAt(i);
  if ((t !== 0x74 && t !== 0x54) || !text.startsWith('he', i + 1)) return undefined;
  const from = spaceEnd(text, i + 3);
  if (from === i + 3) return undefined;
  for (const capitals of capitalsEnds(text, from)) {
    let start = capitals;
    let end = longLowerWord(text, start);
    for (let n = 1; n < nouns && end >= 0; n++) {
      start = spaceEnd(text, end);
      end = start > end ? longLowerWord(text, start) : -1;
    }
    if (end >= 0 && restEnds(text, end)) return text.slice(start, end);
  }
  return undefined;
}

/**
 * Group 1 of `^\s*(?:[^,]{0,60},\s*)?[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]+)\s+[^,]*,?\s*$` (`nouns`
 * 1, "The governor tweeted her reasoning ") or with `\p{Ll}[\p{Ll}-]+\s+` before the group (`nouns` 2, "The transport
 * minister has defended it, "): the noun after "the" after the first comma (within 60 characters of the first that
 * is not white space) tried first, then after "the" opening the text.
 */
export function roleOpens(text: string, nouns: 1 | 2): string | undefined {
  const first = spaceEnd(text, 0);
  const comma = text.indexOf(',');
  const led =
    comma >= 0 && comma - first <= 60 ? theNounsAt(text, spaceEnd(text, comma + 1), nouns) : undefined;
  return led ?? theNounsAt(text, first, nouns);
}
