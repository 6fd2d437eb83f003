// Round s47g: key facts in regional styles (made-up text): currencies written as letters before the amount. Each
// class with look-alikes where the number must stay as it was.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import {numbersIn} from '../../src/extract/numbers.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const units = (lines: readonly string[]): string[] =>
  explainFacts(sentences(lines), '').facts.flatMap((f) => f.values.map((v) => `${v.value} ${v.unit}`));
const money = (text: string): string[] => numbersIn(text).map((m) => `${m.value} ${m.currency ?? '-'}`);

describe('currency-prefix: letters before an amount name its currency', () => {
  it.each([
    ['over the award of a Sh1.2 billion tender', ['1200000000 shillings']],
    ['the county owed it Sh 96 million', ['96000000 shillings']],
    ['a monthly levy of KSh 500', ['500 shillings']],
    ['The regency set aside Rp 14 billion for aid.', ['14000000000 rupiah']],
    ['a grant of Rs. 20,000', ['20000 rupees']],
    ['Petrobrás will invest R$ 5 billion', ['5000000000 reais']],
    ['a R5 billion upgrade of the port', ['5000000000 rand']],
    ['the P2.4bn flood wall', ['2400000000 pesos']],
    ['a RM2.5 billion rail link', ['2500000000 ringgit']],
    ['₦3 billion for roads and ₫7,000 a kilo', ['3000000000 naira', '7000 đồng']],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });
  // Look-alikes: a single capital glued to digits with no scale after is a code; letters glued to a word are too;
  // "sh" or "rm" written in lower case are no currency.
  it.each([
    ['N95 masks ran short', ['95 -']],
    ['traffic on the M25 and the R2', ['25 -', '2 -']],
    ['Flight MH17 and the K2 summit', ['17 -', '2 -']],
    ['the ASh5 grade', ['5 -']],
    ['rm 12 and sh 40', ['12 -', '40 -']],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it('a glued "Sh" amount is a key fact, not a code', () => {
    const lines = [
      'Members of the Tarno County Assembly voted on Tuesday to remove the governor over a Sh1.2 billion tender.',
      'An audit found that Sh340 million was paid to a supplier for machines that were never delivered.',
    ];
    expect(units(lines)).toEqual(expect.arrayContaining(['1200000000 shillings', '340000000 shillings']));
  });
});

const shown = (lines: readonly string[]): string =>
  explainFacts(sentences(lines), '')
    .facts.map((f) => f.text)
    .join(' | ');

describe('reported-clause: a figure in what someone said, the sentence too long from the speaker on', () => {
  it('"Canon X, who leads …, said buses would be laid on …, at a cost of about £180,000 a year"', () => {
    const text =
      'Canon Martin Feeny, who leads the diocese’s property committee, said buses would be laid on for Sunday services where needed, at a cost of about £180,000 a year.';
    expect(shown([text])).toContain('buses would be laid on for Sunday services where needed, at a cost');
  });
  it('"The agency reported the ferry company is expected to …, but only carried 39 of its 40 …"', () => {
    const text =
      'In the autumn timetable, the Halden News Agency reported the ferry company is expected to keep the route, but only carried 39 of the 40 cars it was built for.';
    expect(shown([text])).toContain('the ferry company is expected to keep the route');
  });
  // Look-alikes: "told" names its hearer first ("told Wikinews only 10% …" does not open on "Wikinews"); a pronoun
  // is no subject to open on; a sentence short enough is shown from its speaker.
  it.each([
    [
      'Regional rail manager Ada Brill of the Tarno Division told the Courier only 10% of the employees in the division were women, which is about 650 workers.',
      'the Courier only',
    ],
    [
      'Canon Martin Feeny, who leads the diocese’s property committee, said they would lay on buses for Sunday services where needed, at a cost of about £180,000 a year.',
      'they would lay on',
    ],
  ])('%s', (text, opening) => {
    expect(shown([text]).split(' | ')).not.toContainEqual(expect.stringMatching(new RegExp(`^${opening}`)));
  });
  it('a sentence that fits is shown from its speaker', () => {
    expect(shown(['Feeny said buses would run on Sundays, at a cost of £180,000 a year.'])).toContain(
      'Feeny said buses would run',
    );
  });
});
