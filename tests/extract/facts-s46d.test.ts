// Round s46d: key facts whose number the article states without its noun, or in shapes the facts stage did not read
// (made-up text). Each class with look-alikes where the facts must stay as they were.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

// One sentence per string; `paragraphs` gives each sentence's paragraph (default: one paragraph each).
const sentences = (texts: readonly string[], paragraphs?: readonly number[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: paragraphs?.[index] ?? index, start: 0, index}));
const facts = (lines: readonly string[], title = '', paragraphs?: readonly number[]) =>
  explainFacts(sentences(lines, paragraphs), title).facts;
const shown = (lines: readonly string[], title = '', paragraphs?: readonly number[]): string =>
  facts(lines, title, paragraphs)
    .map((f) => f.text)
    .join(' | ');
const units = (lines: readonly string[], paragraphs?: readonly number[]): string[] =>
  facts(lines, '', paragraphs).flatMap((f) => f.values.map((v) => `${v.value} ${v.unit}`));

// Five strong facts before the sentences under test: a bare number is a detail beside them (detail-among-many).
const BOX = [
  'Voters in Tarnow County chose a new council on Tuesday, with 1,204 candidates standing for 96 seats.',
  'Turnout reached 61% of the 820,000 registered voters, officials said.',
  'The count took 14 hours and cost the county $2.3 million.',
  'Police arrested 12 people for damaging ballot boxes.',
  'A storm cut power to 40,000 homes on polling day.',
];

describe('elided units: a number whose noun its sentence or the one before already named counts that noun', () => {
  it('"had the most pledged delegates, with 60" / "Lindqvist had 54" count delegates', () => {
    const lines = [
      ...BOX,
      'Heading into the convention, Amara Okafor had the most pledged delegates, with 60.',
      'In second place, former mayor Marta Lindqvist had 54.',
    ];
    const paragraphs = [0, 1, 2, 3, 4, 5, 5];
    expect(units(lines, paragraphs)).toEqual(expect.arrayContaining(['60 delegates', '54 delegates']));
    expect(shown(lines, '', paragraphs)).toContain('Lindqvist had 54');
  });

  it('"a further 430 are at immediate risk" counts the hospitals of the sentence before', () => {
    const lines = [
      ...BOX,
      'About 1,800 hospitals in the country are in rural areas, and more than 140 have closed since 2010.',
      'The institute estimates that a further 430 are at immediate risk.',
    ];
    const paragraphs = [0, 1, 2, 3, 4, 5, 5];
    expect(units(lines, paragraphs)).toEqual(expect.arrayContaining(['140 hospitals', '430 hospitals']));
  });

  it('"reduced the number of polling stations from 180 to 5" counts polling stations', () => {
    const lines = [...BOX, 'The city of Velmar reduced the number of polling stations from 180 to 5.'];
    expect(units(lines)).toEqual(expect.arrayContaining(['180 polling stations', '5 polling stations']));
  });

  it('"The notebooks, 38 of them so far" and "the greatest number of women, 102," count their noun', () => {
    expect(units([...BOX, 'The notebooks, 38 of them so far, fill two shelves of the lamp room.'])).toContain(
      '38 notebooks',
    );
    expect(
      units([...BOX, 'The new assembly has the greatest number of women, 102, and the youngest members.']),
    ).toContain('102 women');
  });

  // Look-alikes: the noun is not carried where the number is an age, a changed value, a name, or in another
  // paragraph.
  it.each([
    [['Brannagh Tool Works employs 300 workers.', 'Its founder, Ilse Brannagh, was 95.'], '95'],
    [['The county counted 300 ballots.', 'Her two children, 12 and 14, were at home.'], '12'],
    [['The firm sold 300 tractors last year.', 'Its shares fell 5 on Monday.'], '5'],
    [['The airline flew 300 passengers.', 'The 707 landed safely.'], '707'],
  ])('%j: %s stays a bare number', (lines, value) => {
    const bare = facts([...lines], '', [0, 0])
      .flatMap((f) => f.values)
      .filter((v) => String(v.value) === value);
    for (const v of bare) expect(v.unit).toBe('');
  });

  it('a number in the next paragraph does not count the noun of the one before', () => {
    const lines = ['Okafor won 60 delegates in the first round.', 'Lindqvist had 54.'];
    expect(units(lines, [0, 1])).not.toContain('54 delegates');
    expect(units(lines, [0, 0])).toContain('54 delegates');
  });
});

describe("an obituary's birth year given as a full date is a fact of the life; the day stays a date", () => {
  const OBITUARY = 'Singer Ada Moss dies aged 91';
  const life = [
    'Australian singer Ada Moss died on Sunday in Melbourne, her family said. She was 91.',
    'Born Ada Moss in Lorne, Victoria on June 2, 1931, she first sang on radio in 1948.',
    'She recorded 40 albums and sold more than 12 million records.',
  ];
  it('"Born … on June 2, 1931" gives 1931, shown from "Born"', () => {
    const born = facts(life, OBITUARY).find((f) => f.values.some((v) => v.value === 1931));
    expect(born?.text).toMatch(/^Born Ada Moss in Lorne, Victoria on June 2, 1931/);
    expect(facts(life, OBITUARY).flatMap((f) => f.values.map((v) => v.value))).not.toContain(2);
  });
  // Look-alikes: outside an obituary a birth date is an attribute; a death's full date in an obituary stays a date.
  it('a birth date outside an obituary, and the date of a death, stay dates', () => {
    const values = (lines: string[], title: string) =>
      facts(lines, title).flatMap((f) => f.values.map((v) => v.value));
    expect(values(life, 'Singer Ada Moss releases a new album')).not.toContain(1931);
    expect(
      values(['The singer died on March 4, 2019, in Melbourne.', ...life.slice(2)], OBITUARY),
    ).not.toContain(2019);
  });
});

describe('a spelled range of hundreds: "two to three hundred vehicles" is 200 to 300', () => {
  it('the first end takes the hundreds of the second', () => {
    const values = facts([
      'An estimated two to three hundred vehicles were damaged in the car park fire.',
    ]).flatMap((f) => f.values.map((v) => v.value));
    expect(values).toEqual([200, 300]);
  });
  // Look-alike: digits are read as written.
  it('"2 to 300 meters" keeps its first end', () => {
    const values = facts(['Engineers replaced 2 to 300 meters of cable on the line.']).flatMap((f) =>
      f.values.map((v) => v.value),
    );
    expect(values).toContain(2);
  });
});

describe('an age at death set off after the name of who died ("Gutierrez of Marbel, 79, died") is the news', () => {
  const values = (lines: string[], title: string) =>
    facts(lines, title).flatMap((f) => f.values.map((v) => v.value));
  it('"Bishop Anselm Korr of Vella, 79, died early on Sunday" gives 79', () => {
    expect(
      values(
        ['Bishop Emeritus Anselm Korr of Vella, 79, died early on Sunday in a city hospital.'],
        'Bishop Emeritus Anselm Korr dies',
      ),
    ).toContain(79);
  });
  // Look-alikes: an age in apposition without a death after it, or outside a death story, stays an attribute.
  it('"his driver, Ben Ault, 45, was unhurt" and a festival story stay out', () => {
    const lines = [
      'Bishop Emeritus Anselm Korr died on Sunday in a city hospital.',
      'His driver, Ben Ault, 45, was unhurt.',
    ];
    expect(values(lines, 'Bishop Emeritus Anselm Korr dies')).not.toContain(45);
    expect(
      values(['Bishop Anselm Korr of Vella, 79, opened the festival.'], 'Vella festival opens'),
    ).not.toContain(79);
  });
});
