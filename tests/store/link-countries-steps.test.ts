import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import {analysis, article, entity} from '../ui/helpers/library.js';

// Linking asks for the country of each article naming a two-letter code ("US" is the United States only where some
// article naming it is about that country). At 100,000 articles the store read them one query an article, all in
// one step of the reader's warm-up (0.2-1.3 s, a key pressed meanwhile waited for it): now a page of articles and a
// few articles' places a step.

/**
 * Writes `count` made-up articles about Kenya (or the United States, with Chicago) that also name the United States,
 * as "United States" and "US".
 */
function write(store: SqliteStore, count: number, city = 'Nairobi'): void {
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  store.db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const id = `a${n}`;
      const a = article(id, {path: `/harbour/${id}.md`, hash: `hash-${id}`});
      writer.putArticle(store.root, a, affected);
      const places = [entity(city, 4), entity('United States', 2), entity('US', 1)];
      writer.putAnalysis(a.hash, 1, analysis({places}) as Analysis, affected);
    }
    writer.refreshEntities(affected);
  })();
}

/** Counts the rows every statement of `store` made from now on returns, so a test can read them per step. */
function countRows(store: SqliteStore): {rows: number} {
  const seen = {rows: 0};
  const prepare = store.db.prepare.bind(store.db);
  vi.spyOn(store.db, 'prepare').mockImplementation(((source: string) => {
    const statement = prepare(source);
    const all = statement.all.bind(statement);
    statement.all = ((...args: unknown[]) => {
      const rows = all(...(args as []));
      seen.rows += rows.length;
      return rows;
    }) as typeof statement.all;
    return statement;
  }) as typeof store.db.prepare);
  return seen;
}

afterEach(() => vi.restoreAllMocks());

describe("linking reads the articles' countries a few at a time", () => {
  it('keeps each step of the idle entity list to a page of rows, and links as at once', () => {
    const store = openSqliteStore({dbPath: ':memory:', root: '/harbour'});
    write(store, 400);
    const seen = countRows(store);
    // A clock one millisecond further on each reading: the steps' clocks (2 ms) yield every few items.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const steps = store.listEntitiesSteps?.();
    if (!steps) throw new Error('no stepwise list');
    let most = 0;
    let step: IteratorResult<void, unknown>;
    do {
      const before = seen.rows;
      step = steps.next();
      most = Math.max(most, seen.rows - before);
    } while (!step.done);
    // One step read a page of the code's articles (400) and the places of no more than a few of them (3 rows each):
    // one query an article in one step read 400 pages' worth (1,600 rows).
    expect(most).toBeLessThanOrEqual(400 + 3 * 8);
    expect(seen.rows).toBeGreaterThan(400 * 3);
    // Every article is about Kenya: "US" is kept apart from the United States ("apart:code-elsewhere").
    const names = (step.value as {name: string}[]).map((r) => r.name);
    expect(names).toContain('US');
    expect(names).toContain('United States');
    vi.restoreAllMocks();
    expect(store.listEntities()).toEqual(step.value);
    store.close();
  });
});

describe('linking stops reading countries once the question is settled', () => {
  it('reads one batch of articles for a code whose first article is about its country', () => {
    const store = openSqliteStore({dbPath: ':memory:', root: '/harbour'});
    write(store, 400, 'Chicago');
    const seen = countRows(store);
    const records = store.listEntities();
    // A page of the code's 400 articles and the places of a few: not every article's (1,200 rows more).
    expect(seen.rows).toBeLessThan(400 + 100);
    // Every article is about the United States: "US" is its short name, joined to it.
    expect(records.map((r) => r.name)).toContain('United States');
    expect(records.map((r) => r.name)).not.toContain('US');
    store.close();
  });
});
