import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {caselessAlternation} from '../../src/extract/quotes/speech-verb.js';
import {
  CLAUSE_OPENERS,
  isPlain,
  OBJECT_SPEECH_VERBS,
  SPEECH_VERBS,
  SPOKES_NOUNS,
  SUBJECT_PRONOUNS,
  VERB_MODIFIERS,
  WORD_END,
  wordTrie,
  WRITINGS,
} from '../../src/extract/quotes/vocabulary.js';

// The words with their openings shared, each letter as it is.
const alternation = (words: readonly string[]): string => wordTrie(words, {});
// The alternation as `alternation` writes it: the reference.
const flat = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

// Texts from the shipped library, from every word of every line of the first 40 articles, lower-cased and as they are.
const dir = join(import.meta.dirname, '../../articles');
const texts: string[] = [];
for (const name of readdirSync(dir).sort().slice(0, 40))
  for (const line of readFileSync(join(dir, name), 'utf8').split('\n'))
    for (const m of line.matchAll(/(?<![\p{L}])\p{L}/gu)) {
      const rest = line.slice(m.index, m.index + 40);
      texts.push(rest, rest.toLowerCase());
    }
// What follows a list in the quotes' patterns, so that a match is tried again at each shorter word when the rest
// fails: every place a word may end is reached in the same order.
const AFTERS = [
  '',
  '$',
  '\\b',
  '\\s',
  '\\s+\\p{Ll}+\\s+(?:the|a)\\b',
  '(?:\\s+\\p{L}+)?\\s*[,.]',
  '\\s+of\\b',
];

const CASE_BLIND_AFTERS = new Set(['', '$', '\\s']);

const LISTS = {
  SPEECH_VERBS,
  OBJECT_SPEECH_VERBS,
  VERB_MODIFIERS,
  WRITINGS,
  CLAUSE_OPENERS,
  SPOKES_NOUNS,
  SUBJECT_PRONOUNS,
};

describe('wordTrie: shared openings', () => {
  it('the lists are plain words, and the speech verbs share their openings', () => {
    for (const words of Object.values(LISTS)) expect(isPlain(words)).toBe(true);
    expect(isPlain(['organi[sz]ation', 'group'])).toBe(false);
    expect(alternation(['say', 'says', 'saying', 'said', 'went on'])).toBe(
      '(?:sa(?:y(?:s|ing)?|id)|went\\s+on)',
    );
  });

  it.each(Object.entries(LISTS))(
    '%s matches as the flat alternation, with and without `i`',
    (_, words) => {
      let differ = 0;
      for (const after of AFTERS)
        for (const flags of ['u', 'iu']) {
          const old = new RegExp(`^(?:${flat(words)})${after}`, flags);
          const now = new RegExp(`^(?:${alternation(words)})${after}`, flags);
          const caseless = new RegExp(`^(?:${caselessAlternation(words)})${after}`, flags.replace('i', ''));
          for (const text of texts) {
            const a = old.exec(text)?.[0];
            if (now.exec(text)?.[0] !== a) differ++;
            // (Without `i` but in the words: what follows them keeps no case-blind letters.)
            if (flags === 'iu' && CASE_BLIND_AFTERS.has(after) && caseless.exec(text)?.[0] !== a) differ++;
          }
        }
      expect(differ).toBe(0);
    },
    120_000,
  );
});

describe('WORD_END', () => {
  // Every code unit after each list's words: `(?!\w)` after a word's last letter is `\b`, with `u` and with `iu`.
  it.each(Object.entries(LISTS))(
    'is \\b after %s',
    (_, words) => {
      let differ = 0;
      for (const flags of ['u', 'iu']) {
        const old = new RegExp(`^(?:${alternation(words)})\\b`, flags);
        const now = new RegExp(`^(?:${alternation(words)})${WORD_END}`, flags);
        for (let c = 0; c <= 0xffff; c += c < 0x300 ? 1 : 7) {
          const ch = String.fromCharCode(c);
          for (const word of words.slice(0, 40)) {
            const text = word + ch;
            if (old.exec(text)?.[0] !== now.exec(text)?.[0]) differ++;
          }
        }
        for (const ch of ['\u017F', '\u212A', '\u0345', 'K', '_', '9'])
          for (const word of words) if (old.exec(word + ch)?.[0] !== now.exec(word + ch)?.[0]) differ++;
      }
      expect(differ).toBe(0);
    },
    120_000,
  );
});
