import {describe, expect, it} from 'vitest';
import {sharedRecord, toRecord, type ListRow} from '../../src/store/rows.js';
import {sharedValues} from '../../src/store/shared-values.js';

// The reader's full list keeps each repeated field of its records once (source, date, authors, counts): the same
// records as toRecord makes, sharing what repeats, with tables that never grow past their bound.

const row = (id: string, over: Partial<ListRow> = {}): ListRow =>
  ({
    id,
    path: `/news/${id}.md`,
    title: `Title ${id}`,
    source: 'Daily Test',
    authors: '["Ann Writer"]',
    date: '2024-03-03',
    url: `https://example.org/${id}`,
    hash: `hash-${id}`,
    people: 2,
    quotes: 1,
    facts: 0,
    failed: null,
    hr: null,
    hf: null,
    ht: null,
    ur: null,
    uf: null,
    ut: null,
    ...over,
  }) satisfies ListRow;

describe('list records sharing their repeated fields', () => {
  it('are the records toRecord makes', () => {
    const make = sharedRecord(sharedValues());
    const rows = [
      row('a'),
      row('b', {hr: 1, hf: 1, ht: 5}),
      row('c', {source: null, authors: '[]', date: null, url: null, people: null}),
      row('d', {people: 0, quotes: 0, facts: 0, failed: 'budget'}),
      row('e', {people: 0, quotes: 0, facts: 0, failed: 'entities'}),
      row('f', {authors: 'not json'}),
    ];
    for (const r of rows) expect(make(r)).toEqual(toRecord(r));
  });

  it('share one source, date, authors list and counts object between articles', () => {
    const make = sharedRecord(sharedValues());
    const [a, b] = [make(row('a')), make(row('b'))];
    expect(a.authors).toBe(b.authors);
    expect(a.counts).toBe(b.counts);
    expect(Object.isFrozen(a.authors) && Object.isFrozen(a.counts)).toBe(true);
    expect(make(row('c', {people: 3})).counts).not.toBe(a.counts);
  });

  it('keep at most their bound of values, starting over when full', () => {
    const shared = sharedValues(4);
    for (let i = 0; i < 100; i++) shared.text(`2024-01-${i}`);
    expect(shared.size).toBeLessThanOrEqual(4);
    expect(shared.text('2024-01-99')).toBe('2024-01-99');
    expect(shared.text(null)).toBeNull();
  });
});
