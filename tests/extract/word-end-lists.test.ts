import {describe, expect, it} from 'vitest';
import {
  PERSON_NOUNS,
  PERSON_SPEECH_VERBS,
  PERSON_SPEECH_VERBS_AFTER,
} from '../../src/extract/entities/cues.js';

// entities/context-roles.ts' AFTER_ROLE and entities/context.ts' AFTER_VERB end these lists with `(?!\w)` instead
// of `\b` (V8 compiles it in about half the time after a long alternation): the same test only while every entry
// ends in a word character, after which `\b` means "no word character next".
describe('lists closed by (?!\\w) in the entities patterns', () => {
  it.each([
    ['PERSON_NOUNS', [...PERSON_NOUNS]],
    ['PERSON_SPEECH_VERBS', [...PERSON_SPEECH_VERBS]],
    ['PERSON_SPEECH_VERBS_AFTER', [...PERSON_SPEECH_VERBS_AFTER]],
  ])('every entry of %s ends in an ASCII letter', (_, words) => {
    expect(words.filter((w) => !/[A-Za-z]$/.test(w))).toEqual([]);
  });

  it('(?!\\w) and \\b agree after a person noun, whatever follows', () => {
    const alt = [...PERSON_NOUNS].join('|');
    const old = new RegExp(`^(?=(?:${alt})\\b)\\p{Ll}+`, 'u');
    const now = new RegExp(`^(?=(?:${alt})(?!\\w))\\p{Ll}+`, 'u');
    let differ = 0;
    for (const word of PERSON_NOUNS)
      for (const after of ['', ' ', 's', '-', '_', '9', 'é', '\u017F', '\u212A', ',', '’'])
        if (old.exec(word + after)?.[0] !== now.exec(word + after)?.[0]) differ++;
    expect(differ).toBe(0);
  });
});
