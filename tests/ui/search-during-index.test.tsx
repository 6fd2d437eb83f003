import React, {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import type {Store} from '../../src/store/index.js';
import {App} from '../../src/ui/App.js';
import {fakeIndexing, sampleLibrary, storeOf} from './helpers/library.js';
import {mount} from './helpers/render.js';

// Search in a large library while an index run writes: its entity list is linked in idle slices (the bound of
// articles linked at once set to 0 here, so the sample library takes that path), and a new data version comes
// with every index report, sooner than a large library's list is linked.

const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** Waits (inside act, as the reader's updates need) until `done`, for five seconds at most. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 20) await pause(20);
}

/**
 * The store's entity list, each build held at its start until the test lets it go (a large library's linking,
 * which outlasts several index reports): `begun` counts the builds, `finish(n)` lets build n end.
 */
function heldListing(store: Store) {
  const original = store.listEntitiesSteps?.bind(store);
  if (!original) throw new Error('the store lists its entities in steps');
  const open: boolean[] = [];
  const builds = vi.spyOn(store, 'listEntitiesSteps').mockImplementation(function* () {
    const n = open.push(false) - 1;
    while (!open[n]) yield;
    return yield* original();
  });
  return {begun: () => builds.mock.calls.length, finish: (n: number) => (open[n] = true)};
}

describe('search while an index run brings new versions', () => {
  it('finishes the linking under way, shows its results as from before the latest articles, then links theirs', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const held = heldListing(store);
    const {indexing, report} = fakeIndexing();
    const ui = await mount(
      <App store={store} indexing={indexing} linkAtOnceBelow={0} size={{columns: 100, rows: 30}} />,
    );
    await ui.press('/', ...'petren');
    await until(() => ui.frame().includes('linking names…') && held.begun() === 1);
    expect(ui.frame()).toContain('linking names…');
    // Three reports a refresh apart (use-indexing.ts folds closer ones): three new versions.
    for (let done = 1; done <= 3; done++) {
      await act(async () => report({done, total: 9, rate: 1, etaSeconds: 9 - done}, false));
      await pause(300);
    }
    expect(ui.frame()).toContain('analysing 3/9');
    // The first build is taken over by each version, not begun again by each.
    expect(held.begun()).toBe(1);
    held.finish(0);
    await until(() => ui.frame().includes('before the latest articles'));
    expect(ui.frame()).toContain(
      'Search people, places, organizations · 1 match · from before the latest articles',
    );
    expect(ui.frame()).toContain('Olena Petrenko');
    // Then the latest version's own: one more build.
    await until(() => held.begun() === 2);
    held.finish(1);
    await until(() => !ui.frame().includes('before the latest articles'));
    expect(ui.frame()).toContain('Search people, places, organizations · 1 match');
    expect(ui.frame()).toContain('Olena Petrenko');
    expect(held.begun()).toBe(2);
    await ui.unmount();
  });
});
