// The lone-speaker rules of the quote stage, keyed by rule id: each rule's own example finds its word, and the
// look-alikes (a known word, a place the article names as one, a longer name, a misspelt surname) find none.
import {describe, expect, it} from 'vitest';
import {LONE_SPEAKER_RULES, loneSpeakers} from '../../src/extract/quotes/lone-speakers.js';

const found: Record<string, string> = {
  'lone-word-after-quote': 'Varnok',
  'lone-word-verb-after-quote': 'Grivik',
  'lone-word-before-quote': 'Varnok',
};

describe('lone speakers, one row per rule id', () => {
  it('every declared rule has a row, and every row a declared rule', () => {
    expect(Object.keys(found).sort()).toEqual(LONE_SPEAKER_RULES.map((r) => r.id).sort());
  });
  for (const rule of LONE_SPEAKER_RULES)
    it(`${rule.id}: its example`, () => {
      const got = loneSpeakers([rule.example], []);
      expect(got.map((g) => [g.entity.name, g.rule])).toEqual([[found[rule.id], rule.id]]);
    });
});

describe('lone speakers: look-alikes', () => {
  const none: [string, string[]][] = [
    ['a word of the lexicon', ['“We are ready,” Officials said.']],
    [
      'a place the article names as one',
      ['Crowds filled the square in Ostrava.', '“We are ready,” Ostrava said.'],
    ],
    ['a news agency', ['“The city has fallen,” Reuters said.']],
    ['part of a longer name', ['Varnok Harbour opened.', '“We are ready,” Varnok said.']],
    ['opening the sentence, after a number', ['The 12th Directive states: “no vessel shall enter.”']],
  ];
  for (const [what, paragraphs] of none)
    it(what, () => {
      expect(loneSpeakers(paragraphs, [])).toEqual([]);
    });
  it('a surname misspelt by one letter is that person, not a new one', () => {
    const known = [{name: 'Tomas Wellend', aliases: [], mentions: 1}];
    expect(loneSpeakers(['“We will strike,” Wellemd said.'], known)).toEqual([]);
  });
  it('a word an entry already holds', () => {
    const known = [{name: 'Ada Varnok', aliases: [], mentions: 1}];
    expect(loneSpeakers(['“We are ready,” Varnok said.'], known)).toEqual([]);
  });
});
