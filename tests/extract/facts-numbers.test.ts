import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {mayHoldNumber, numbersIn} from '../../src/extract/numbers.js';

describe('numbersIn', () => {
  const cases: {text: string; values: number[]; note?: string}[] = [
    {text: 'killed at least 15 people', values: [15]},
    {text: 'including four children', values: [4]},
    {text: 'Three of them were rescued', values: [3]},
    {text: 'about a dozen people', values: [12]},
    {text: 'two dozen eggs', values: [24]},
    {text: 'roughly one million people', values: [1_000_000]},
    {text: '1.5 million', values: [1_500_000]},
    {text: 'cost $2.3 billion', values: [2_300_000_000]},
    {text: 'a £300 fine and a US$5m deal', values: [300, 5_000_000]},
    {text: 'a €1.2bn loan', values: [1_200_000_000]},
    {text: 'USD 26.95 for a ticket', values: [26.95]},
    {
      text: 'raised $ 40,000 and then $ 12 million',
      values: [40_000, 12_000_000],
      note: 'tokenised texts space the sign',
    },
    {text: '20% of voters', values: [20]},
    {text: '43.5 percent and 12 per cent', values: [43.5, 12]},
    {text: 'twenty-five people', values: [25]},
    {text: 'two hundred and fifty thousand', values: [250_000]},
    {text: 'one and a half million', values: [1_500_000]},
    {text: 'a peak of over three-and-a-half million refugees', values: [3_500_000]},
    {text: 'two and a half years', values: [2.5]},
    {text: 'half a million refugees', values: [500_000]},
    {text: 'a hundred people', values: [100]},
    {text: '1,234.5 tonnes', values: [1234.5]},
    {text: 'a 24-hour search', values: [24]},
    {text: 'the six - member team', values: [6], note: 'tokenised texts space hyphens'},
    {text: 'dozens of people and hundreds of homes', values: [], note: 'vague quantities are not numbers'},
    {text: 'a man and a woman', values: []},
    {
      text: 'the constructor toString valueOf __proto__ hasOwnProperty 5constructor',
      values: [5],
      note: 'no prototype lookups',
    },
    {text: 'two three-bedroom flats', values: [2, 3], note: 'adjacent units are two numbers'},
  ];
  it.each(cases)('$text', ({text, values}) => {
    expect(numbersIn(text).map((m) => m.value)).toEqual(values);
  });

  it('records currency, percent, scale, suffix and compound', () => {
    const [money, pct, ord, comp] = numbersIn('$5m then 20% then 21st then 24-hour');
    expect(money).toMatchObject({value: 5_000_000, currency: 'dollars', scaled: true});
    expect(pct).toMatchObject({value: 20, percent: true});
    expect(ord).toMatchObject({value: 21, suffix: 'st'});
    expect(comp).toMatchObject({value: 24, compound: 'hour'});
  });

  it('spans cover the currency sign and the scale word', () => {
    const text = 'It cost US$2.3 billion.';
    const [m] = numbersIn(text);
    expect(m && text.slice(m.start, m.end)).toBe('US$2.3 billion');
  });
});

describe('mayHoldNumber: the facts stage skips a sentence that cannot hold a number', () => {
  it.each([
    ['The council met on Friday in Varnby.', false],
    ['Mayor Tom Virk opened the bridge.', false],
    ['Some 40 people were hurt.', true],
    ['Twenty-five people were hurt.', true],
    ['About a dozen people were hurt.', true],
    ['Half a million people live there.', true],
    ['FIVE people were hurt.', true],
    // A number word inside a longer word is no number.
    ['Someone often gave money to the tenants.', false],
    ['Twentyish people, tenfold, and one’s own nineteenth.', false],
    ['The seven-storey block; one more; (ten)', true],
  ] as const)('"%s" may hold a number: %s', (text, may) => {
    expect(mayHoldNumber(text)).toBe(may);
    if (may) expect(numbersIn(text).length).toBeGreaterThan(0);
  });

  it('rules out only lines of the shipped library that hold no number', () => {
    const dir = fileURLToPath(new URL('../../articles/', import.meta.url));
    let ruledOut = 0;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .slice(0, 60))
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n'))
        if (line.trim() !== '' && !mayHoldNumber(line)) {
          ruledOut += 1;
          expect(numbersIn(line)).toEqual([]);
        }
    expect(ruledOut).toBeGreaterThan(100);
  });
});
