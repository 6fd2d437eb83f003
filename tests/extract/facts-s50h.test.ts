// Round s50h: which numbers matter — relatives counted outside an obituary, a quoted count of what the story never
// names, a link to another story (made-up text). Each row failed before the round unless it is a look-alike.
import {describe, expect, it} from 'vitest';
import {explainFacts, factsStage} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const kept = (texts: readonly string[], title = ''): string[] =>
  explainFacts(sentences(texts), title).facts.flatMap((f) => f.values.map((v) => `${v.value} ${v.unit}`));

// Five strong facts: a box full enough that details are left out.
const busy = [
  'The storm killed 12 people on Monday, officials said.',
  'Firefighters said 30 people were injured and 200 residents were evacuated.',
  'The city council will spend $4 million on repairs.',
  'Police arrested 15 people over the weekend.',
  'The river rose 4 metres overnight.',
  'Rescuers pulled 9 survivors from the rubble.',
];

describe('score-kin: relatives counted describe a person, outside an obituary', () => {
  it.each([
    ['Varna, a drama about two sisters who run a salt works, won the top prize on Saturday.', '2 sisters'],
    ['Mr Olsen lives in Tarby with his wife and three sons.', '3 sons'],
    ['She left with her two children before the water reached the house.', '2 children'],
  ])('%s', (text, value) => {
    expect(kept([text, ...busy])).not.toContain(value);
  });
  it.each([
    // Look-alikes: relatives harmed, a headcount of children, an obituary's family.
    [['Two brothers died when the roof fell in on Monday.', ...busy], '', '2 brothers'],
    [['The clinic vaccinated 500 children on Monday.', ...busy], '', '500 children'],
    [['Anna Berg raised four daughters in Tarby.', ...busy], 'Singer Anna Berg dies at 80', '4 daughters'],
  ])('%s', (texts, title, value) => {
    expect(kept(texts, title)).toContain(value);
  });
});

describe('score-quote-off-story: a quoted count of what the story never names is the speaker’s image', () => {
  it('"four flags" with no flag outside the quotation marks is left out of a full box', () => {
    expect(kept([...busy, '“Every ship will be seen by four flags, not one,” she said.'])).not.toContain(
      '4 flags',
    );
  });
  it.each([
    // Look-alikes: the story names what the quote counts; a span of time is no topic.
    [['Flags flew over the port.', '“Every ship will be seen by four flags,” she said.', ...busy], '4 flags'],
    [['“We searched the hills for three days,” she said.', ...busy], '3 days'],
  ])('%s', (texts, value) => {
    expect(kept(texts)).toContain(value);
  });
});

describe('link paragraphs: a "Related:" line is another story', () => {
  it('its numbers are no facts of this one', () => {
    const doc = {
      sentences: sentences([
        'Hackers stole the records of 9,000 patients, the hospital said.',
        'Related: Hospital cyberattacks rose 40% in Asia last year, report finds',
      ]),
      input: {title: 'Hackers hit hospital'},
      trace: {on: false, add: () => undefined},
    } as unknown as Parameters<typeof factsStage.run>[0];
    factsStage.run(doc);
    expect(doc.facts?.map((f) => f.values[0]?.value)).toEqual([9000]);
  });
});

describe('score-person-background: a span or a year in a relative clause on someone is background', () => {
  it.each([
    [
      'Joaquim Ribeiro, who has grown beans on the next plot for four decades, said the stream ran dry.',
      '4 decades',
    ],
    ['Bruschi, who won the race in 2023, said the heat had broken the group.', '2023 '],
  ])('%s', (text, value) => {
    expect(kept([...busy, text]).join('|')).not.toContain(value);
  });
  it.each([
    // Look-alikes: a restrictive clause, a main clause, an obituary's life, a result.
    [['The man who fled for three days was found on Friday.', ...busy], '', '3 days'],
    [['Ribeiro has grown beans on the next plot for four decades.', ...busy], '', '4 decades'],
    [
      ['Berg, who sang with the band for 30 years, retired in Tarby.', ...busy],
      'Singer Anna Berg dies at 80',
      '30 years',
    ],
    // A race's result in seconds is news, not a span of a life.
    [['The silver went to Rai Okoro, who finished the race in 47.66 seconds.', ...busy], '', '47.66 seconds'],
  ])('%s', (texts, title, value) => {
    expect(kept(texts, title)).toContain(value);
  });
});
