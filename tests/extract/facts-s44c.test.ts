// Round s44c: key facts in styles brief met in tests/gold/styles3 (made-up text). Each class with look-alikes where
// the fact must stay as it was.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const shown = (lines: readonly string[], title = '') =>
  explainFacts(sentences(lines), title)
    .facts.map((f) => f.text)
    .join(' | ');

const LEDE = 'The council opened a new bridge over the Sable River on Monday.';

describe('named-before-verb: a capitalised word ending in -ly before a verb is its subject, not an adverb', () => {
  it.each([
    ['Tully said the budget relied on $61 million in one-time money from the reserve fund.', '$61 million'],
    ['Italy recorded 500 new cases of the virus on Sunday.', '500 new cases'],
    ['Kelly told the inquiry that 14 trains had been cancelled.', '14 trains'],
  ])('%s', (text, figure) => {
    expect(shown([LEDE, text])).toContain(figure);
  });
  // Look-alikes: an adverb opening the sentence is still no subject of its own: the number's phrase is.
  it.each([
    ['Reportedly over 400 firefighters worked through the night.', 'over 400 firefighters worked'],
    ['Finally, the council approved 12 new homes on the site.', 'the council approved 12 new homes'],
  ])('%s', (text, fact) => {
    expect(shown([LEDE, text])).toContain(fact);
  });
});

describe('irregular past tenses: "withdrew", "fled", "sought" … are the verbs that make a fronted phrase a clause', () => {
  it.each([
    ['In 2024 the company withdrew 40,000 tins of a toddler milk over a labelling error.', '40,000 tins'],
    ['On Tuesday the rebels overran 14 villages in the north.', '14 villages'],
    ['In March the firm sought $12 million from its shareholders.', '$12 million'],
  ])('%s', (text, figure) => {
    expect(shown([LEDE, text])).toContain(figure);
  });
  // Look-alike: a fronted phrase with no verb after its noun still makes no clause of its own.
  it('"In the past 15 years of budget cuts and closures." stays out', () => {
    expect(shown([LEDE, 'In the past 15 years of budget cuts and closures.'])).not.toContain('15 years');
  });
});
