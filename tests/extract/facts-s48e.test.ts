// Round s48e: a count opening its clause right after a weekday or "week"/"day", with no comma between (made-up
// text). Each row failed before the round unless it is a look-alike, where the number must stay skipped.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const kept = (line: string): string[] =>
  explainFacts(sentences([line]), '').facts.flatMap((f) => f.values.map((v) => `${v.value} ${v.unit}`));

describe('counted-clause: "On Sunday 14 people were killed" is a count, not a day of the month', () => {
  it.each([
    ['On Sunday 14 people were killed in the attack on the market.', ['14 people']],
    ['On Tuesday 230 workers walked out at the Kelby plant.', ['230 workers']],
    ['In the first week 300 homes were damaged by the floods.', ['300 homes']],
  ])('%s', (text, expected) => {
    expect(kept(text)).toEqual(expected);
  });
  // Look-alikes: a day of the month, a day's, a week's or a flight's number, a category's number before a plural noun.
  it.each([
    ['By day 10 more than 400 families had moved to the shelters.', ['400 families']],
    ['They met on Monday 5 June to sign the deal worth 40 million euros.', ['40000000 euros']],
    ['On Sunday 14th the talks resumed with 12 delegates.', ['12 delegates']],
    ['The league resumes in week 22 with 18 clubs still in contention.', ['18 clubs']],
    ['Flight 370 passengers were never found, and 239 people were lost.', ['239 people']],
    ['Category 1 hurricanes must sustain winds of at least 74 miles per hour.', ['74 miles per hour']],
  ])('%s', (text, expected) => {
    expect(kept(text)).toEqual(expected);
  });
});
