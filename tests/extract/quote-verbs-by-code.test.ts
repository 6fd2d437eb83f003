import {describe, expect, it} from 'vitest';
import {shippedBlocks} from '../helpers/made-up-texts.js';
import {
  alternation,
  OBJECT_PREPOSITIONS,
  SPEECH_VERBS,
  TOPIC_PREPOSITIONS,
  VERB_ALT,
  WORD_END,
} from '../../src/extract/quotes/vocabulary.js';
import {firstPersonSpeaks} from '../../src/extract/quotes/sieves.js';
import {isObjectLead, opensWithParticiple} from '../../src/extract/quotes/subjects.js';

// Three quote rules read the speech verb by code (verb-at.ts) instead of holding the ~230 verbs in their own pattern
// (s58a): each must answer as its pattern as written did.
const WRITTEN = {
  firstPerson: new RegExp(
    `(?<![\\p{L}])I(?:['’]m)?\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${VERB_ALT}|like|thought|thinking)\\s*[,:]?\\s*$`,
    'u',
  ),
  objectLead: new RegExp(
    `(?<![\\p{L}-])(?:${VERB_ALT}|${alternation([...OBJECT_PREPOSITIONS, ...TOPIC_PREPOSITIONS])}|\\p{Ll}+ed)${WORD_END}`,
    'u',
  ),
  participle: new RegExp(
    `^\\s*(?:${VERB_ALT})(?:\\s+(?:it|this|that|them|him|her))?(?:\\s+(?:as|a|an|the))?\\s*$`,
    'iu',
  ),
};

// Texts to ask: each sentence of the library, each of its leads up to a quotation mark or a capital, and its
// openings of up to six words, as written and in capitals.
const asked = (): string[] => {
  const texts: string[] = [];
  for (const para of shippedBlocks())
    for (const sentence of para.split(/(?<=[.!?”])\s+/u)) {
      texts.push(sentence);
      for (const m of sentence.matchAll(/[“"\p{Lu}]/gu)) texts.push(sentence.slice(0, m.index));
      const words = sentence.split(/(?<=\s)/u);
      for (let n = 1; n <= 6 && n <= words.length; n++) {
        const opening = words.slice(0, n).join('');
        texts.push(opening, `${opening}, `, opening.toUpperCase());
      }
    }
  return texts;
};

const MADE_UP = [
  'and I said, ',
  "I'm like: ",
  'I was thinking, ',
  'I  then  quickly  said :  ',
  'I then quickly also said, ',
  'Then I said,, ',
  'AI said, ',
  'I pointed \n out',
  'I pointed outward',
  'I unsaid, ',
  'I Said, ',
  'I said it',
  'I’m telling',
  'ÉI said',
  'I held that:',
  'thanked Ada Brill:',
  'telling the Nevada Independent:',
  'the pre-said thing',
  'Asaid',
  'said_',
  'saidé',
  'according \t to',
  'according to_',
  'the x-according to',
  '𝑥said',
  '𝑥 said',
  'Saying it as',
  'SAYING THE',
  'ſaying them a ',
  'saying them them',
  'told of  ',
  'told ofs',
  ' pointed out it the ',
  'Calling it a ',
  'Calling its',
  'telling',
  'tellings',
  '',
  '   ',
];

describe('quote rules reading the speech verb by code', () => {
  it('reads verbs of lower-case ASCII words one space apart', () => {
    for (const verb of SPEECH_VERBS) expect(verb).toMatch(/^[a-z]+(?: [a-z]+)*$/);
  });

  it.each(MADE_UP)('“%s”', (text) => {
    expect(firstPersonSpeaks(text)).toBe(WRITTEN.firstPerson.test(text));
    expect(isObjectLead(text)).toBe(WRITTEN.objectLead.test(text));
    expect(opensWithParticiple(text)).toBe(WRITTEN.participle.test(text));
  });

  it('answers yes in made-up text where the patterns do', () => {
    expect(MADE_UP.filter((t) => firstPersonSpeaks(t)).length).toBeGreaterThan(4);
    expect(MADE_UP.filter((t) => isObjectLead(t)).length).toBeGreaterThan(10);
    expect(MADE_UP.filter((t) => opensWithParticiple(t)).length).toBeGreaterThan(4);
  });

  it('answers as the patterns over the library’s sentences, leads and openings', () => {
    const differing: string[] = [];
    const yes = {firstPerson: 0, objectLead: 0, participle: 0};
    for (const text of asked()) {
      const mine = {
        firstPerson: firstPersonSpeaks(text),
        objectLead: isObjectLead(text),
        participle: opensWithParticiple(text),
      };
      for (const rule of ['firstPerson', 'objectLead', 'participle'] as const) {
        if (mine[rule]) yes[rule]++;
        if (mine[rule] !== WRITTEN[rule].test(text)) differing.push(`${rule}: ${text.slice(0, 80)}`);
      }
    }
    expect(differing).toEqual([]);
    expect(yes.firstPerson).toBeGreaterThan(0);
    expect(yes.objectLead).toBeGreaterThan(1000);
    expect(yes.participle).toBeGreaterThan(10);
  });
});
