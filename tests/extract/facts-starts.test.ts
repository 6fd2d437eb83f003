import {describe, expect, it} from 'vitest';
import {findFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

// One sentence per string, so these tables do not depend on the sentence splitter. All sentences are made up.
const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const textsOf = (sentence: string): string[] => findFacts(sentences([sentence]), '').map((f) => f.text);

describe('key facts: where a fact starts', () => {
  it.each([
    // A casualty clause led by a participle is the main event's toll, with no subject of its own.
    [
      'A mudslide set off by a week of heavy rain swept through the hillside village of Orlo, in the Tessa valley, on Friday, killing at least 21 people and injuring 60, officials said.',
      'killing at least 21 people and injuring 60',
    ],
    [
      'A rockfall buried most of the hamlet of Tarn, in the canton of Oster, on Monday, killing three people, officials said.',
      // Short enough to show with its subject, without the reporting aside after it.
      'A rockfall buried most of the hamlet of Tarn, in the canton of Oster, on Monday, killing three people',
    ],
    // Not the object of a verb or a preposition: the clause's subject.
    [
      'Interior Minister Anna Berg flew to the coast on Tuesday and announced a relief fund of 12 million euros.',
      'Interior Minister Anna Berg flew to the coast on Tuesday and announced a relief fund of 12 million euros',
    ],
    // Not the name in an apposition: the noun it names, too.
    [
      'The harbour master, Piet Olsen, told reporters that divers had recovered 8 bodies from the wreck.',
      'The harbour master, Piet Olsen, told reporters that divers had recovered 8 bodies from the wreck',
    ],
    // Not the aside between a subject and its verb.
    [
      'The bridge, near the village of Rosk, would cost an estimated 300 million euros.',
      'The bridge, near the village of Rosk, would cost an estimated 300 million euros',
    ],
    // A reporting frame whose subject is a pronoun goes.
    ['He said the strike had closed 40 schools.', 'the strike had closed 40 schools'],
  ])('%s', (sentence, expected) => {
    expect(textsOf(sentence)[0]).toBe(expected);
  });

  it('keeps a reporting frame with a name, and one whose clause opens on a pronoun', () => {
    expect(textsOf('The mayor said the strike had closed 40 schools.')[0]).toBe(
      'The mayor said the strike had closed 40 schools',
    );
    expect(textsOf('He said they had closed 40 schools.')[0]).toBe('He said they had closed 40 schools');
  });
});

describe('key facts: where a fact cut to fit ends', () => {
  it.each([
    [
      'A storm fed by four days of heavy snow cut off much of the upland district of Varn, in the far north of Estoria, on Sunday, killing two people.',
      /\bmuch$/,
    ],
    [
      'Norvian Foreign Minister Lars Eide and his Danish counterpart, Mette Holm, spoke for nearly three hours at the Palais des Nations.',
      /\b(?:des|Palais)$/,
    ],
  ])('%s', (sentence, cut) => {
    const texts = textsOf(sentence);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(cut);
  });
});

describe('key facts: a first-person quote is a quote, not a fact, beside enough reported facts', () => {
  const reported = [
    'A fire in a five-story building killed 12 people on Monday, officials said.',
    'Firefighters said 30 people were injured and 200 residents were evacuated.',
    'The city council will spend $4 million on repairs.',
    'Investigators said the fire spread for 45 minutes before crews arrived.',
    'Police arrested 15 people over the weekend.',
    'Rescuers pulled 9 survivors from the rubble of the building.',
    'The blaze destroyed 40 homes in the old town.',
    'The city will pay $2 million to the families of the dead.',
  ];
  const quote = '“We have moved 900 families out of the valley,” the mayor said.';
  const listed = (texts: string[]): boolean =>
    findFacts(sentences(texts), '').some((f) => f.values.some((v) => v.value === 900));
  it('leaves it out of a full box', () => expect(listed([...reported, quote])).toBe(false));
  it('keeps it when the article has few other facts', () =>
    expect(listed([reported[0] ?? '', quote])).toBe(true));
});
