// Round s39c: key numbers the facts stage misread, in shapes read in articles outside the label splits (made-up
// text). Each row states the value kept; each look-alike a number that must stay a year.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const values = (text: string): number[] =>
  explainFacts(sentences([text]), '').facts.flatMap((f) => f.values.map((v) => v.value));

describe('a four-digit count before a plural auxiliary is no year', () => {
  it.each([
    ['In all, 1846 patients were admitted to hospital and 1720 had already been discharged.', 1720],
    ['Of the boats, 1250 were lost in the storm and 1130 have not been found.', 1130],
  ])('%s', (text, value) => {
    expect(values(text)).toContain(value);
  });
  // Look-alikes: a year as subject with "had" opening its sentence, or after a year it is paired with.
  it.each([
    'The harbour reopened in May. 2019 had been a hard year for the 40 boats of the town.',
    'The harbour lost boats in 2018 and 2019 had been no better for the 40 boats of the town.',
  ])('%s', (text) => {
    expect(values(text)).not.toContain(2019);
  });
});
