import {describe, expect, it} from 'vitest';
import {placeNames, placeNamesStep} from '../../src/extract/entities/place-names.js';
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

  it('runs in many steps and leaves search ready', () => {
    const store = storeOf([article('ferry')], {ferry: analysis({people: [entity('Olena Petrenko')]})});
    const data = createViewData(store, 0);
    let steps = 0;
    for (const _ of data.warmSteps()) steps += 1;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(data.results('petrenk', 'all')[0]?.entity.name).toBe('Olena Petrenko');
  });
});
