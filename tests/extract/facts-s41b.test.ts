// Round s41b: the years of events an article recalls, outside obituaries (made-up text). Each row states the fact
// kept; each look-alike a year that must stay a date, or a cut text that must not be shown.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';
import {runStages} from '../../src/extract/pipeline.js';
import {STAGES} from '../../src/extract/index.js';
import {summaryStage} from '../../src/extract/summary.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const facts = (texts: readonly string[], title = 'Varn council votes to close harbour') =>
  explainFacts(sentences(texts), title).facts;
const texts = (lines: readonly string[], title?: string): string[] => facts(lines, title).map((f) => f.text);

describe('an event year after in/since/until is a fact in any article', () => {
  it.each([
    [
      'In 1998, the council closed the harbour to ferries.',
      'In 1998, the council closed the harbour to ferries',
    ],
    ['Ana Ruiz has been mayor of Varn since 2011.', 'Ana Ruiz has been mayor of Varn since 2011'],
    ['The old quay stayed open until 1974.', 'The old quay stayed open until 1974'],
  ])('%s', (text, shown) => {
    expect(texts([text])).toContain(shown);
  });
  // Look-alikes: told in the first person, inside a quote, or a year that names a thing.
  it.each([
    'My last visit to the harbour was in 2015.',
    '“We closed the harbour in 1998,” the mayor said.',
    'The 2012 report on the harbour was never read.',
  ])('%s', (text) => {
    expect(facts([text]).flatMap((f) => f.values.map((v) => v.value))).toEqual([]);
  });
});

describe('year-beside-figure: a year beside a figure only dates it', () => {
  it('the figure is the value, the year no value of its own', () => {
    const [fact] = facts(['The council spent $4 million on the harbour in 2018.']);
    expect(fact?.values.map((v) => v.value)).toEqual([4000000]);
  });
  // Look-alike: in an obituary a year beside a count stays a step of the life.
  it('an obituary keeps its year beside a count', () => {
    const all = facts(
      ['She recorded four albums, then in 1968 left the band.'],
      'Singer Ada Brill dies aged 90',
    );
    expect(all.flatMap((f) => f.values.map((v) => v.value))).toContain(1968);
  });
});

describe('a year whose cut text does not read as a statement', () => {
  it('a short sentence is shown whole (dated-whole-sentence)', () => {
    expect(
      texts([
        'Ana Ruiz became the first woman to serve as Mayor of Varn in 2007 and held the post until 2011.',
      ]),
    ).toEqual([
      'Ana Ruiz became the first woman to serve as Mayor of Varn in 2007 and held the post until 2011',
    ]);
  });
  it('a long one gives no fact rather than a cut phrase (dated-no-verb)', () => {
    const long =
      'She spoke about her brother, who was arrested in May, and promised to hold a referendum to cancel every change made to the harbour rules by the current mayor, Ana Ruiz, since 1995.';
    expect(texts([long]).join(' | ')).not.toMatch(/1995/);
  });
  // Look-alike: a cut text that opens on its subject stays as it is.
  it('a cut text with its subject and verb is kept as cut', () => {
    const text =
      'Following the long dispute over fishing rights along the northern coast, Ana Ruiz closed the harbour to ferries in 2016.';
    expect(texts([text])).toContain('Ana Ruiz closed the harbour to ferries in 2016');
  });
});

describe('summary: a sentence whose facts only date the past is no news', () => {
  const paragraphs = [
    'The Varn council voted on Monday to close the harbour to ferries from next spring.',
    'Ferry operators said the decision would cost them customers along the coast.',
    'Fishing crews welcomed the vote, saying the ferries had crowded the quay.',
    'In 1998, the council closed the old ferry terminal on the north side of the harbour.',
    'The council will hear the operators again at its next meeting.',
    'Some residents asked the council for a new bus line to the quay.',
  ];
  const background = paragraphs[3] as string;
  it('the background year is a fact, but does not lift its sentence into the summary', () => {
    const doc = runStages(STAGES, {title: 'Varn council votes to close harbour to ferries', paragraphs});
    expect(doc.facts.map((f) => f.sentence)).toContain(background);
    expect(doc.summary).not.toContain(background);
    // The same sentence, a key fact of the news, would be lifted.
    doc.factBackground = new Set();
    summaryStage.run(doc);
    expect(doc.summary).toContain(background);
  });
});

describe('kind-deadline: the day a deadline falls on or a rule starts is a fact', () => {
  it.each([
    ['The harbour is to stay closed until October 14.', 'The harbour is to stay closed until October 14'],
    [
      'Ferry operators must leave the quay by 31 October.',
      'Ferry operators must leave the quay by 31 October',
    ],
    ['From June 15, ferries will dock at the north quay.', '15'],
  ])('%s', (text, shown) => {
    const found = facts([text]);
    expect([
      ...found.map((f) => f.text),
      ...found.flatMap((f) => f.values.map((v) => String(v.value))),
    ]).toContain(shown);
  });
  // Look-alikes: the day something happened on, a deadline inside a quote or told in the first person.
  it.each([
    'The council voted on October 14 to close the harbour.',
    '“We will not leave the quay until October 14,” an operator said.',
    'We must leave the quay by 31 October.',
  ])('%s', (text) => {
    expect(facts([text]).flatMap((f) => f.values.map((v) => v.value))).toEqual([]);
  });
});

describe('age-with-death: an age at death stated alone names who died', () => {
  const obituary = 'Painter Ada Brill dies aged 90';
  it('the sentence before, in its paragraph, gives the name and the death verb', () => {
    const found = explainFacts(
      [
        {
          text: 'Ada Brill, the painter of the Varn harbour, has died at home.',
          paragraph: 0,
          start: 0,
          index: 0,
        },
        {text: 'She was 90.', paragraph: 0, start: 62, index: 1},
      ],
      obituary,
    ).facts;
    expect(found.map((f) => f.text)).toContain('Ada Brill has died. She was 90');
  });
  // Look-alikes: a death reported in another paragraph, or an age whose own sentence reports the death.
  it('a death in another paragraph names no one', () => {
    const found = explainFacts(
      [
        {
          text: 'Ada Brill, the painter of the Varn harbour, has died at home.',
          paragraph: 0,
          start: 0,
          index: 0,
        },
        {text: 'She was 90.', paragraph: 1, start: 0, index: 1},
      ],
      obituary,
    ).facts;
    expect(found.map((f) => f.text)).toContain('She was 90');
  });
  it('an age in a sentence that reports the death is left as it is', () => {
    const found = explainFacts(
      [
        {text: 'Ada Brill has died at home.', paragraph: 0, start: 0, index: 0},
        {text: 'She died at 90 in her studio.', paragraph: 0, start: 28, index: 1},
      ],
      obituary,
    ).facts;
    expect(found.map((f) => f.text).join(' | ')).not.toMatch(/has died\. She/);
  });
});

describe('a year whose subject is out of reach is shown with its whole short sentence', () => {
  it('the coordinated verb keeps its sentence', () => {
    const text =
      'Ada Brill co-founded the Varn painters union to oppose the harbour closure, but was arrested in 1963 and was held until 1974.';
    expect(texts([text], 'Painter Ada Brill dies aged 90')).toContain(text.slice(0, -1));
  });
  // Look-alike: a long sentence is not shown whole.
  it('a sentence of more than 30 words gives no fact', () => {
    const text =
      'Ada Brill co-founded the Varn painters union with her brother and two friends from the art school in the old harbour town to oppose the closure of the quay, but was arrested in 1963.';
    expect(texts([text], 'Painter Ada Brill dies aged 90').join(' | ')).not.toMatch(/1963/);
  });
});
