import {describe, expect, it} from 'vitest';
import {findFacts} from '../../src/extract/facts.js';

// Made-up sentences whose numbers are the subject of the verb after them: cut for length, a fact's text used to
// end on the subject ("… of which four"), leaving out what it says of the numbers.
const textsOf = (sentence: string): string[] =>
  findFacts([{text: sentence, paragraph: 0, start: 0, index: 0}], '').map((f) => f.text);

describe('key facts keep the verb their numbers are the subject of', () => {
  const cases: {sentence: string; ends: string}[] = [
    {
      sentence:
        'According to the rules, the mayor of Eastport had only reached 3 percent support in two early polls, of which four are needed.',
      ends: 'of which four are needed',
    },
    {
      sentence:
        'The harbour board and the city council of Eastport said on Monday that more than thirty stray boats were removed.',
      ends: 'more than thirty stray boats were removed',
    },
    {
      sentence:
        'Officials of the regional water company said yesterday an estimated two to three hundred wells had been tested for lead.',
      ends: 'two to three hundred wells had been tested',
    },
    {
      sentence:
        'Most of the lakes of the northern district have frozen over in the past weeks, but eleven small ponds have.',
      ends: 'eleven small ponds have',
    },
  ];
  it.each(cases)('$ends', ({sentence, ends}) => {
    expect(textsOf(sentence).some((t) => t.endsWith(ends))).toBe(true);
  });

  // What is not such a verb: a participle describing the numbers, a copula before an aside, a verb whose subject
  // stands before the numbers.
  const notCases: {sentence: string; not: RegExp}[] = [
    {
      sentence:
        'Six of the cases were, according to officials of the regional health board of Eastport, "serious".',
      not: /were$/,
    },
    {
      sentence:
        'The last time the old party of farmers in Eastport appeared on at least four state ballots was in 1984.',
      not: /ballots was$/,
    },
  ];
  it.each(notCases)('not: $sentence', ({sentence, not}) => {
    for (const t of textsOf(sentence)) expect(t).not.toMatch(not);
  });
});

describe('key facts widened to their subject do not end inside a name', () => {
  it.each([
    'At its March 9 congress with around 30 online delegates, the party nominated Green League national chairman Ana De La Vega for mayor and Tom Ray for deputy.',
  ])('%s', (sentence) => {
    const texts = textsOf(sentence);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/ De La$/);
  });
});
