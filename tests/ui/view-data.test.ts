import {describe, expect, it, vi} from 'vitest';
import type {EntitySearchResult} from '../../src/search/index.js';
import type {EntityRecord, Store} from '../../src/store/index.js';
import {createViewData, gazetteerWarmSteps, WARM_WHERE_FROM} from '../../src/ui/view-data.js';
import {sampleLibrary, storeOf} from './helpers/library.js';

/**
 * The sample library's store listing `records` as its entities (a step at a time, as the store does), with spies on
 * its two ways of reading an entity's "in …" line: in one query, and a step at a time.
 */
function storeListing(records: EntityRecord[]) {
  const {articles, analyses} = sampleLibrary();
  const store = storeOf(articles, analyses);
  vi.spyOn(store, 'listEntitiesSteps').mockImplementation(function* () {
    yield;
    return records;
  });
  return {store, where: vi.spyOn(store, 'entityArticles'), steps: vi.spyOn(store, 'entityArticlesSteps')};
}

describe('warming the view data', () => {
  it('reads the entities once: warm() first, then searching uses what it built', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const list = vi.spyOn(store, 'listEntities');
    const steps = vi.spyOn(store, 'listEntitiesSteps');
    const data = createViewData(store, 1);
    data.warm();
    // The warm-up lists them a step at a time.
    expect(steps).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenCalledTimes(0);
    const cold = createViewData(store, 2).results('petren', 'all');
    const warmed = data.results('petren', 'all');
    expect(list).toHaveBeenCalledTimes(1); // for the unwarmed copy only
    expect(steps).toHaveBeenCalledTimes(1);
    expect(warmed.map((r) => r.entity.key)).toEqual(cold.map((r) => r.entity.key));
    expect(warmed.length).toBeGreaterThan(0);
  });

  it('finishes the entity list the warm-up was linking when a search cannot wait, not listing it again', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const cold = createViewData(storeOf(articles, analyses), 1).results('petren', 'all');
    const list = vi.spyOn(store, 'listEntities');
    const own = store.listEntitiesSteps?.bind(store);
    let linked = 0;
    const steps = vi.spyOn(store, 'listEntitiesSteps').mockImplementation(function* () {
      const inner = own?.() as Generator<void, EntityRecord[]>;
      for (let step = inner.next(); ; step = inner.next()) {
        if (step.done) return step.value;
        linked += 1;
        yield;
      }
    });
    const data = createViewData(store, 2);
    const warm = data.warmSteps();
    // Past the gazetteer, two steps into the entity list.
    while (linked < 2) warm.next();
    const found = data.results('petren', 'all');
    expect(found.map((r) => r.entity.key)).toEqual(cold.map((r) => r.entity.key));
    expect(found.length).toBeGreaterThan(0);
    expect(list).toHaveBeenCalledTimes(0);
    const before = linked;
    for (const _ of warm);
    expect(steps).toHaveBeenCalledTimes(1);
    expect(linked).toBe(before);
  });

  it('reads the "in …" lines of the most named entities, most named first, and of no others', () => {
    const record = (name: string, articleCount: number): EntityRecord => ({
      key: `person:${name.toLowerCase()}`,
      kind: 'person',
      name,
      aliases: [],
      articleCount,
      mentions: articleCount * 2,
    });
    const records = [
      record('Marc Dubois', WARM_WHERE_FROM - 1),
      record('Olena Petrenko', WARM_WHERE_FROM),
      record('Ann Writer', WARM_WHERE_FROM * 5),
    ];
    // Read a step at a time (the store's entityArticlesSteps), never in one query.
    const {store, where, steps} = storeListing(records);
    const data = createViewData(store, 1);
    data.warm();
    expect(steps.mock.calls.map(([key]) => key)).toEqual(['person:ann writer', 'person:olena petrenko']);
    // Kept: the search screen asks again without reading again.
    data.where('person:olena petrenko');
    expect(steps).toHaveBeenCalledTimes(2);
    expect(where).toHaveBeenCalledTimes(0);
  });

  it('keeps an "in …" line a search read first: the warm-up does not read it again', () => {
    const records: EntityRecord[] = [
      {
        key: 'person:olena petrenko',
        kind: 'person',
        name: 'Olena Petrenko',
        aliases: [],
        articleCount: WARM_WHERE_FROM,
        mentions: 1,
      },
    ];
    const {store, where, steps} = storeListing(records);
    const data = createViewData(store, 1);
    const first = data.where('person:olena petrenko');
    data.warm();
    expect(where).toHaveBeenCalledTimes(1);
    expect(steps).toHaveBeenCalledTimes(0);
    expect(data.where('person:olena petrenko')).toBe(first);
  });

  it('does not fail when the store cannot list its entities', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    vi.spyOn(store, 'listEntities').mockImplementation(() => {
      throw new Error('database is locked');
    });
    vi.spyOn(store, 'listEntitiesSteps').mockImplementation(function* () {
      yield;
      throw new Error('database is locked');
    });
    const data = createViewData(store, 1);
    expect(() => data.warm()).not.toThrow();
    expect(data.results('petren', 'all')).toEqual([]);
  });
});

describe('search before the entity list is linked', () => {
  it('answers at once with nothing and says it is linking, then the linked results of a cold search', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const cold = createViewData(storeOf(articles, analyses), 1).results('petren', 'all');
    const list = vi.spyOn(store, 'listEntities');
    const steps = vi.spyOn(store, 'listEntitiesSteps');
    const data = createViewData(store, 2);
    const first = data.shown('petren', 'all');
    // The screen opens without linking: nothing listed, nothing shown yet.
    expect(first).toMatchObject({results: [], linking: true});
    expect(list).toHaveBeenCalledTimes(0);
    expect(steps).toHaveBeenCalledTimes(0);
    for (const _ of data.searchSteps());
    const linked = data.shown('petren', 'all');
    expect(linked.linking).toBe(false);
    expect(linked.results.map((r) => r.entity.key)).toEqual(cold.map((r) => r.entity.key));
    expect(linked.results.length).toBeGreaterThan(0);
    expect(list).toHaveBeenCalledTimes(0);
  });

  it("shows the last ready version's results while a new version links its own", () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ready = createViewData(store, 1);
    const before = ready.results('petren', 'all');
    const next = createViewData(store, 2, ready.lastReady());
    const steps = vi.spyOn(store, 'listEntitiesSteps');
    const shown = next.shown('petren', 'all');
    expect(shown.linking).toBe(true);
    expect(shown.results).toEqual(before);
    expect(steps).toHaveBeenCalledTimes(0);
    // Linked within an unbounded budget (a small library's search), the new version's own results.
    expect(next.shown('petren', 'all', Infinity).linking).toBe(false);
    expect(next.lastReady()).toBe(next);
  });
});

/** The store's entity list built in `extra` steps more than its own, as a large library's takes many; spied. */
function slowListing(store: Store, extra = 5) {
  const original = store.listEntitiesSteps?.bind(store);
  if (!original) throw new Error('the store lists its entities in steps');
  return vi.spyOn(store, 'listEntitiesSteps').mockImplementation(function* () {
    for (let i = 0; i < extra; i++) yield;
    return yield* original();
  });
}

const keys = (results: readonly EntitySearchResult[]) => results.map((r) => r.entity.key);

describe('search during an index run, a new version every few steps', () => {
  it('finishes the build the version before began, shows its results meanwhile, then links its own', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const cold = createViewData(storeOf(articles, analyses), 1).results('petren', 'all');
    const builds = slowListing(store);
    const first = createViewData(store, 1);
    const firstSteps = first.searchSteps();
    while (builds.mock.calls.length === 0) firstSteps.next();
    firstSteps.next();
    // A new version comes while the first is linking: nothing was ready before it.
    const second = createViewData(store, 2, first);
    expect(second.shown('petren', 'all')).toMatchObject({results: [], linking: true, earlier: false});
    const steps = second.searchSteps();
    while (!first.searchReady() && !steps.next().done);
    // The first version's build went on from where it was, not begun again.
    expect(first.searchReady()).toBe(true);
    expect(builds).toHaveBeenCalledTimes(1);
    const meanwhile = second.shown('petren', 'all');
    expect(meanwhile).toMatchObject({linking: true, earlier: true, from: 1});
    expect(keys(meanwhile.results)).toEqual(keys(cold));
    expect(meanwhile.results.length).toBeGreaterThan(0);
    for (const _ of steps);
    expect(builds).toHaveBeenCalledTimes(2);
    expect(second.shown('petren', 'all')).toMatchObject({linking: false, earlier: false, from: 2});
    expect(second.lastReady()).toBe(second);
  });

  it('links one build at a time and shows each as it ends, however often versions come', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    for (const _ of gazetteerWarmSteps());
    const builds = slowListing(store);
    let data = createViewData(store, 1);
    const shown: {version: number; from: number}[] = [];
    // Each version gets ten steps before the next comes: fewer than a build takes.
    for (let version = 2; version <= 200; version++) {
      data = createViewData(store, version, data);
      const steps = data.searchSteps();
      for (let i = 0; i < 10; i++) steps.next();
      const now = data.shown('petren', 'all');
      expect(now.linking).toBe(true);
      if (now.results.length > 0) shown.push({version, from: now.from});
    }
    // From the first build's end on, every version shows the results of the last build that ended.
    const first = shown[0]?.version ?? Infinity;
    expect(first).toBeLessThan(50);
    expect(shown.length).toBe(200 - first + 1);
    expect(shown.every((s) => s.from < s.version)).toBe(true);
    const froms = [...new Set(shown.map((s) => s.from))];
    expect(froms.length).toBeGreaterThan(5);
    // Every build begun was finished but the last.
    expect(builds.mock.calls.length).toBe(froms.length + 1);
  });

  it('gives the same answer to the same question asked again of the same state', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ready = createViewData(store, 1);
    ready.warm();
    const next = createViewData(store, 2, ready);
    const linking = next.shown('petren', 'all');
    expect(next.shown('petren', 'all')).toBe(linking);
    expect(next.shown('dubois', 'all')).not.toBe(linking);
    for (const _ of next.searchSteps());
    const linked = next.shown('petren', 'all');
    expect(linked).not.toBe(linking);
    expect(next.shown('petren', 'all')).toBe(linked);
  });
});
