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

const values = (text: string): string[] =>
  explainFacts(sentences([text]), '').facts.flatMap((f) => f.values.map((v) => `${v.value} ${v.unit}`));

describe('reached-subject: a number after a verb of reaching counts the noun of its subject', () => {
  it.each([
    // The look-back is not stopped by a code's digits ("SARS-CoV-2"), nor taken by the noun qualifying the subject.
    [
      'On Wednesday, the total number of confirmed deaths linked to SARS-CoV-2 coronavirus infections surpassed 100,000 in the country.',
      '100000 deaths',
    ],
    // An aside between the subject and the verb.
    [
      'Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100.',
      '100 tolls',
    ],
  ])('%s', (text, value) => {
    expect(values(text)).toContain(value);
  });
  // Look-alikes: a noun after the number still says what it counts; a verb of another kind takes no subject's noun.
  it.each([
    ['The runner passed 30 others in the last mile.', '30 others'],
    ['The mill workers, tired after the long shift, counted 40 on the way home.', '40 '],
  ])('%s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('"a quarter million" and "a quarter of a million" are a quarter of the scale', () => {
  it.each([
    ['According to the police, the site hosted a quarter million video clips.', '250000 video clips'],
    ['The town exported a quarter of a million tonnes of grain last year.', '250000 tonnes'],
    ['About a half million people lost power in the storm.', '500000 people'],
  ])('%s', (text, value) => {
    expect(values(text)).toContain(value);
  });
  // Look-alike: a quarter of something that is no scale is no number.
  it('a quarter of the population', () => {
    expect(values('A quarter of the population lost power in the storm.')).toEqual([]);
  });
});

describe('kind-life-year: in an obituary the years of the life are facts', () => {
  const titled = (title: string, texts: readonly string[]): string[] =>
    explainFacts(sentences(texts), title).facts.map((f) => f.text);
  const obituary = 'Painter Ada Brill dies aged 90';
  it.each([
    ['Ada Brill was born in 1931 in Varn.', 'Ada Brill was born in 1931 in Varn'],
    ['She retired from teaching in 1996.', 'She retired from teaching in 1996'],
    ['Her studio stayed open until 2004.', 'Her studio stayed open until 2004'],
  ])('%s', (text, shown) => {
    expect(titled(obituary, [text])).toContain(shown);
  });
  // Look-alikes: a year told in the first person (round s41b: outside an obituary, an event's year after in, since
  // or until is a fact too, as the labels take them); a year inside a quote, or one not after in/since/until.
  it('a year told in the first person stays a date', () => {
    expect(titled('Four stabbed to death at depot', ['I had worked at the depot since 2003.'])).toEqual([]);
  });
  it('a year inside a quote, or in a name of a work, stays a date', () => {
    expect(titled(obituary, ['“I first painted the harbour in 1950,” she said.'])).toEqual([]);
    expect(titled(obituary, ['The 2012 documentary followed her for a year.']).join(' ')).not.toMatch(/2012/);
  });
  // The years fill only the seats the other facts leave; a detail keeps its seat beside them.
  it('an obituary’s years do not push its details out', () => {
    const texts = [
      'Ada Brill was born in 1931 in Varn.',
      'She married in 1955.',
      'She moved to the coast in 1960.',
      'She opened a gallery in 1971.',
      'She retired in 1996.',
      'She left a fully staffed 25-room home.',
    ];
    expect(titled(obituary, texts).join(' | ')).toMatch(/25-room home/);
  });
});

describe('participle-toll: a participle of getting or coming to a figure after the main clause', () => {
  it.each([
    [
      'The band’s 1978 debut album peaked at number 19 on the national charts and was certified Diamond by the industry association, having sold over 10 million copies.',
      'having sold over 10 million copies',
    ],
    [
      'The party has expanded upon its ballot access from 2016 when its first ticket of Ada Brill for president and Tomas Varela for vice president appeared on the ballot only in Colorado, receiving a total of 6,776 votes, largely from write-ins in other states.',
      'receiving a total of 6,776 votes',
    ],
  ])('%s', (text, shown) => {
    expect(texts(text)).toContain(shown);
  });
  // Look-alike: another participle names no figure the subject came to.
  it('a participle of another kind stays without a subject', () => {
    expect(
      texts(
        'Would you rather go to the beach or stay in your basement looking through old issues of the forum software, writing about some idea that has not been built in seven years?',
      ).join(' | '),
    ).not.toMatch(/seven years/);
  });
});

describe('numbers a skip rule took for something else', () => {
  it.each([
    // "one" after a casualty verb counts (not the pronoun "one of them").
    ['The sheriff said they arrested one person for trespassing.', '1 person'],
    // A unit of measure after a four-digit number: no year.
    ['The 1000 megawatt cable will link the three grids.', '1000 megawatt'],
    // "one" before a vote: a margin, however small.
    ['The motion to remove the mayor failed by one vote.', '1 vote'],
  ])('%s', (text, value) => {
    expect(values(text)).toContain(value);
  });
  it.each([
    ['They arrested one of the drivers for speeding.'],
    ['The bridge, built around 1000, was rebuilt twice.'],
    ['At least one seat was found lying beside the wreck.'],
  ])('look-alike: %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('what a number counts: codes in a list, adverbs of extent', () => {
  it('a bare number joined to a code is a code too, a function word after it', () => {
    expect(
      values('The fleet database says the carrier flies the A300 and 747 as well as older jets.'),
    ).toEqual([]);
  });
  it('look-alike: a number joined to a code that counts a noun is a count', () => {
    expect(values('The carrier flies the A300 and 40 smaller jets.')).toContain('40 smaller jets');
  });
  it('"worldwide" counts nothing: the subject of the verb of reaching does', () => {
    expect(
      values('On Thursday, the total number of cases of the coronavirus surpassed one million worldwide.'),
    ).toContain('1000000 cases');
  });
});
