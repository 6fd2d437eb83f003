import {describe, expect, it} from 'vitest';
import {gather, gathered, gatheringFrom, mergeForms, type EntityForm} from '../../src/store/entity-index.js';

// A cold index's workers finish in any order, and the store folds each article's forms into the library's record as
// it lands (store-writes.ts addForms) or all at once (mergeForms): the record must be the same either way.

const form = (name: string, aliases: string[], mentions: number, weak = false): EntityForm => ({
  key: 'person:ardo pell',
  kind: 'person',
  name,
  aliases,
  mentions,
  weak,
});

// Four articles' forms of one made-up person, two of whose names are as long as each other.
const FORMS = [
  form('Ardo Pell', ['Pell'], 3),
  form('Minister Ardo Pell', ['Pell', 'Ardo Pell'], 2, true),
  form('Ardo Pell', ['Mr Pell'], 1),
  form('Minister Ardo Pelt', ['Pelt'], 4),
];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('gathering per-article forms into a library record', () => {
  it('gives one record whatever order the articles came in: name, aliases and sums', () => {
    const records = permutations(FORMS).map((order) => mergeForms(order));
    expect(new Set(records.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(records[0]).toEqual([
      {
        key: 'person:ardo pell',
        kind: 'person',
        // Of the two longest names, the first in code-unit order; every other name an alias, in that order too.
        name: 'Minister Ardo Pell',
        aliases: ['Ardo Pell', 'Minister Ardo Pelt', 'Mr Pell', 'Pell', 'Pelt'],
        articleCount: 4,
        mentions: 10,
        weakArticles: 1,
      },
    ]);
  });

  it('folds more articles into a stored record as mergeForms makes it from scratch', () => {
    const whole = mergeForms(FORMS)[0];
    for (const order of permutations(FORMS)) {
      for (let cut = 1; cut < order.length; cut++) {
        const [stored] = mergeForms(order.slice(0, cut));
        let rec = gatheringFrom(stored!);
        for (const f of order.slice(cut)) rec = gather(rec, f);
        expect(gathered(rec)).toEqual(whole);
      }
    }
  });

  it('keeps a record with no weak article free of the count', () => {
    const [rec] = mergeForms([form('Ardo Pell', [], 1), form('Pell', [], 2)]);
    expect(rec).toEqual({
      key: 'person:ardo pell',
      kind: 'person',
      name: 'Ardo Pell',
      aliases: ['Pell'],
      articleCount: 2,
      mentions: 3,
    });
  });
});
