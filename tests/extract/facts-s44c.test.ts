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

describe('headcounts: "a population of about 180,000" counts people, as "180,000 people" would', () => {
  // Beside five stronger facts a detail is left out (detail-among-many); a headcount is no detail.
  const box = [
    'Rebels said they had killed 300 soldiers and destroyed 14 tanks near Dravik on Wednesday.',
    'The army said 11 of its soldiers had been killed and 37 wounded.',
    'Air defences shot down 46 drones overnight over the region.',
    'The army advanced up to 6 kilometres along the main road.',
    'Aid agencies estimate that 40,000 civilians remain in the city.',
    'Officials said 23 trucks of food had been turned back at the border.',
  ];
  it.each([
    ['Dravik, which had a pre-war population of about 180,000, has been encircled since August.', '180,000'],
    ['The governor spoke to a crowd of more than 2,000 in the main square.', '2,000'],
  ])('%s', (text, figure) => {
    expect(shown([...box, text])).toContain(figure);
  });
  // Look-alike: a bare number after "of" with no headcount noun before it stays a detail beside a full box.
  it('"a score of 3" after six stronger facts stays out', () => {
    expect(shown([...box, 'The town later gave the plan a score of 3 in its review.'])).not.toContain(
      'score of 3',
    );
  });
});

describe('no text opens on a wire dateline', () => {
  it.each([
    [
      'FENWICK — The Town Council voted 6-3 late Monday to approve a $40 million budget, ending a four-hour meeting that drew more than 120 speakers.',
      'ending a four-hour meeting that drew more than 120 speakers',
    ],
    [
      'DUNMORE - Harlan Tools agreed on Monday to buy Brekke Steel for $1.2 billion.',
      'Harlan Tools agreed on Monday to buy Brekke Steel for $1.2 billion',
    ],
  ])('%s', (text, fact) => {
    const facts = shown([text]);
    expect(facts).toContain(fact);
    expect(facts).not.toMatch(/FENWICK|DUNMORE/);
  });
  // Look-alike: a capitalised acronym opening a sentence without a dash is its subject and stays.
  it('"UNICEF said it had delivered 105,000 doses" keeps its subject', () => {
    expect(shown(['UNICEF said it had delivered 105,000 doses of vaccine to the islands.'])).toContain(
      'UNICEF said it had delivered 105,000 doses',
    );
  });
});

describe('phone-digits: a telephone number is no quantity', () => {
  const values = (lines: readonly string[]) =>
    explainFacts(sentences(lines), '').facts.flatMap((f) => f.values.map((v) => v.value));
  it.each([
    'Norvale has set up a helpline, 0800 414 2260, which will be staffed 24 hours a day.',
    'Anyone with information should call the incident room on 01632 960 118 before 12 June.',
  ])('%s', (text) => {
    expect(values([LEDE, text]).filter((v) => [800, 414, 2260, 1632, 960, 118].includes(v))).toEqual([]);
  });
  // Look-alikes: a year before a count, and a count after a comma, are two numbers, not a telephone number.
  it('"By 2025 300 families had left" keeps its 300 families', () => {
    expect(shown([LEDE, 'By 2025 300 families had left the valley for the coast.'])).toContain(
      '300 families',
    );
  });
});
