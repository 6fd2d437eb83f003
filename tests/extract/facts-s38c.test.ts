// Round s38c: key numbers the facts stage dropped as having "no subject" or as part of a name, in shapes read in
// articles outside the label splits (made-up text). Each row states the fact text kept; each look-alike a number
// that must stay out.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const texts = (text: string): string[] => explainFacts(sentences([text]), '').facts.map((f) => f.text);

describe('a possessive or a contraction before a number is no name the number belongs to', () => {
  it.each([
    [
      "Gallo won Vermont's 20 electoral college votes on Tuesday.",
      "Gallo won Vermont's 20 electoral college votes on Tuesday",
    ],
    [
      'She was named one of Time’s 25 most influential people.',
      'She was named one of Time’s 25 most influential people',
    ],
    ["It's 2.4 times the size of the old harbour.", "It's 2.4 times the size of the old harbour"],
  ])('%s', (text, shown) => {
    expect(texts(text)).toContain(shown);
  });
  // Look-alike: a capitalised name right before the number is still a name ("Boeing 737").
  it('the Boeing 737 stays a name', () => {
    expect(texts('The Boeing 737 was grounded by regulators.')).toEqual([]);
  });
});

describe('a sentence opening on its subject in a shape the clause rules missed', () => {
  it.each([
    // An adverb opening the sentence before the number's phrase.
    [
      'Reportedly over 400 firefighters worked through the night.',
      'Reportedly over 400 firefighters worked through the night',
    ],
    // "That" and "Both" as pronouns opening the sentence.
    ['That showed a 93% increase from 88 deaths in May.', 'That showed a 93% increase from 88 deaths in May'],
    ['Both earned 9 delegates in the northern county.', 'Both earned 9 delegates in the northern county'],
    // A pronoun subject after a fronted phrase.
    [
      'In 2019 he survived a bomb attack that left six soldiers dead.',
      'In 2019 he survived a bomb attack that left six soldiers dead',
    ],
  ])('%s', (text, shown) => {
    expect(texts(text)).toContain(shown);
  });
  // Look-alikes: "That" after a verb is a conjunction; a modifier adverb is still the number's own.
  it.each([
    ['Roughly one million people marched in the city.', 'Roughly one million people marched in the city'],
    [
      'Unlike the senators, who serve six-year terms, members of the lower house are elected for two-year terms.',
      'Unlike the senators, who serve six-year terms, members of the lower house are elected for two-year terms',
    ],
  ])('unchanged: %s', (text, shown) => {
    expect(texts(text)).toContain(shown);
  });
  it('a relative "that" after a verb is still no subject', () => {
    expect(texts('The clerk said that earned 9 delegates.').join(' | ')).not.toMatch(/^that earned/);
  });
});
