import {describe, expect, it, vi} from 'vitest';
import {gazetteerStep, isCity} from '../../src/extract/entities/gazetteer.js';
import {placeNames, placeNamesStep} from '../../src/extract/entities/place-names.js';
import {createEntitySearch, createEntitySearchSteps, type EntitySearch} from '../../src/search/index.js';
import {createViewData} from '../../src/ui/view-data.js';
import {analysis, article, entity, storeOf} from './helpers/library.js';

// Search is warmed up while the reader sits on its first frame, in steps with a turn for keys between them (built
// in one go it held back any key pressed meanwhile for 0.3-0.5 s).

describe('the search warm-up', () => {
  it('builds the gazetteer in slices, and a lookup half-way finishes it whole', () => {
    let slices = 0;
    while (slices < 3 && placeNamesStep()) slices += 1;
    expect(slices).toBe(3);
    // Asked for before the slices are done, the table is finished at once: nothing is missing from it.
    expect(placeNames().placeOf('Kiev')?.name).toBe(placeNames().placeOf('Kyiv')?.name);
    expect(placeNames().placeOf('Kyiv')).not.toBeNull();
    expect(placeNamesStep()).toBe(false);
  });

  it('builds the gazetteer tables in slices, and a lookup half-way finishes them whole', () => {
    let slices = 0;
    while (slices < 2 && gazetteerStep()) slices += 1;
    expect(slices).toBe(2);
    expect(isCity('Lviv')).toBe(true);
    expect(isCity('Olena Petrenko')).toBe(false);
    expect(gazetteerStep()).toBe(false);
  });

  it('runs in many steps and leaves search ready', () => {
    const store = storeOf([article('ferry')], {ferry: analysis({people: [entity('Olena Petrenko')]})});
    const data = createViewData(store, 0);
    let steps = 0;
    for (const _ of data.warmSteps()) steps += 1;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(data.results('petrenk', 'all')[0]?.entity.name).toBe('Olena Petrenko');
  });
});

describe('the search engine built in slices', () => {
  const people = Array.from({length: 450}, (_, i) => `Person${i} Surname${i % 37}`);

  it('pauses often on a clock that moves and gives the engine built in one go', () => {
    const records = people.map((name, i) => ({
      key: `person:${name.toLowerCase()}`,
      kind: 'person' as const,
      name,
      aliases: [],
      articleCount: 1 + (i % 5),
      mentions: 3,
    }));
    // The build pauses by time (STEP_MS): a clock moving half a millisecond at every read stands for slow items.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 0.5));
    const steps = createEntitySearchSteps(records);
    let pauses = 0;
    let built: EntitySearch | null = null;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        built = step.value;
        break;
      }
      pauses += 1;
    }
    vi.restoreAllMocks();
    expect(pauses).toBeGreaterThanOrEqual(records.length / 100);
    const whole = createEntitySearch(records);
    for (const q of ['person12', 'surname3', 'persn7', 'su'])
      expect(built.search(q).map((r) => r.entity.key)).toEqual(whole.search(q).map((r) => r.entity.key));
  });

  it('is finished by a search typed half-way through the warm-up, which then ends without building again', () => {
    const names = people.slice(0, 300);
    const store = storeOf([article('ferry')], {ferry: analysis({people: names.map((n) => entity(n))})});
    const data = createViewData(store, 0);
    const warm = data.warmSteps();
    // Into the engine's build (past the gazetteer, the entity list and a few slices of the build).
    for (let i = 0; i < 3; i++) warm.next();
    while (placeNamesStep());
    for (let i = 0; i < 6; i++) warm.next();
    expect(data.results('person42', 'all')[0]?.entity.name).toBe('Person42 Surname5');
    let rest = 0;
    for (let step = warm.next(); !step.done; step = warm.next()) rest += 1;
    expect(rest).toBeLessThan(5);
    expect(data.results('surname36', 'all').map((r) => r.entity.name)).toContain('Person36 Surname36');
  });
});

describe('the entity list linked a rule at a time', () => {
  it('pauses between the linking rules and gives what listEntities gives', () => {
    const store = storeOf([article('ferry'), article('port')], {
      ferry: analysis({people: [entity('Olena Petrenko'), entity('Petrenko')]}),
      port: analysis({people: [entity('Olena Petrenko')]}),
    });
    const steps = store.listEntitiesSteps?.();
    expect(steps).toBeDefined();
    let pauses = 0;
    let listed: unknown = null;
    for (let step = steps?.next(); step; step = steps?.next()) {
      if (step.done) {
        listed = step.value;
        break;
      }
      pauses += 1;
    }
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(listed).toEqual(store.listEntities());
  });
});
