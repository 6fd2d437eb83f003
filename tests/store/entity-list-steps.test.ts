import {describe, expect, it} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import type {EntityRecord} from '../../src/store/types.js';
import {analysis, article, entity} from '../ui/helpers/library.js';

// The reader lists the library's entities while idle, reading their rows a page at a time: the list must be the
// one a single query gives, in its order, and of one moment even when the database is written between two pages.

/** Writes articles naming each of `names` (one article a name) into the store's library. */
function write(store: SqliteStore, names: string[], from = 0): void {
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  store.db.transaction(() => {
    names.forEach((name, n) => {
      const id = `a${from + n}`;
      const a = article(id, {path: `/harbour/${id}.md`, hash: `hash-${id}`});
      writer.putArticle(store.root, a, affected);
      writer.putAnalysis(a.hash, 1, analysis({people: [entity(name, 1 + (n % 4))]}) as Analysis, affected);
    });
    writer.refreshEntities(affected);
  })();
}

/** Made-up people, more than two pages of rows. */
const people = Array.from({length: 700}, (_, i) => `Olena Petrenko ${String(i).padStart(3, '0')}`);

const keys = (records: readonly EntityRecord[]): string[] => records.map((r) => r.key);

describe('the idle entity list, read a page at a time', () => {
  it('gives the records a single read gives, in the same order, over several steps', () => {
    const store = openSqliteStore({dbPath: ':memory:', root: '/harbour'});
    write(store, people);
    const steps = store.listEntitiesSteps?.();
    if (!steps) throw new Error('no stepwise list');
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    const whole = store.listEntities();
    expect(step.value).toHaveLength(people.length);
    expect(keys(step.value)).toEqual(keys(whole));
    expect(step.value).toEqual(whole);
    expect(pauses).toBeGreaterThan(2);
    store.close();
  });

  it('reads the rows again when the database was written between two pages', () => {
    const store = openSqliteStore({dbPath: ':memory:', root: '/harbour'});
    write(store, people);
    const steps = store.listEntitiesSteps?.();
    if (!steps) throw new Error('no stepwise list');
    steps.next(); // the first page is read
    // A name that sorts before every page read so far, and more articles for the first person.
    write(store, ['Aaron Harbourmaster', people[0] as string], people.length);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const names = step.value.map((r) => r.name);
    expect(names).toContain('Aaron Harbourmaster');
    expect(keys(step.value)).toEqual(keys(store.listEntities()));
    expect(step.value.find((r) => r.name === people[0])?.articleCount).toBe(2);
    store.close();
  });
});
