import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createEntitySearch, type EntitySearch} from '../../src/search/index.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {shippedStore} from '../helpers/shipped-library.js';
import {evaluate} from './evaluate.js';
import {QUERY_SET} from './query-set.js';

// Set from the measurement when the query set was written (see the note of the issue "One name, one entity").
const MRR_FLOOR = 0.9;

describe('the query set over the shipped library', () => {
  let store: SqliteStore;
  let search: EntitySearch;
  beforeAll(async () => {
    store = await shippedStore();
    search = createEntitySearch(store.listEntities());
  }, 120_000);
  afterAll(() => store?.close());

  it(`has at least 40 queries and a mean reciprocal rank of at least ${MRR_FLOOR}`, () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
    const {outcomes, mrr} = evaluate(search, QUERY_SET);
    const misses = outcomes
      .filter((o) => o.rr < 1 || o.violations.length > 0)
      .map(
        (o) =>
          `${o.case.query}${o.case.kind ? ` [${o.case.kind}]` : ''}: rank ${o.rank} of ${o.case.first}; ${o.violations.join(', ')}; top: ${o.top.join(' | ')}`,
      );
    console.log(`query set: MRR ${mrr.toFixed(3)} over ${outcomes.length} queries\n${misses.join('\n')}`);
    expect(mrr).toBeGreaterThanOrEqual(MRR_FLOOR);
  });

  it('never shows a result the set forbids', () => {
    const {outcomes} = evaluate(search, QUERY_SET);
    expect(outcomes.flatMap((o) => o.violations.map((v) => `${o.case.query}: ${v}`))).toEqual([]);
  });
});
