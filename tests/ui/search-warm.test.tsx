import React, {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import type {Store} from '../../src/store/index.js';
import {App} from '../../src/ui/App.js';
import {sampleLibrary, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// The entity Enter would open (search's result under the cursor, an article's entity panel) is made ready (its
// articles read, its screen drawn off-screen) once the keys pause, so Enter only shows it.

const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** Counts the store's reads of entities from now on: what opening one reads when it is not ready. */
function entityReads(store: Store): () => number {
  const reads = [
    vi.spyOn(store, 'entityOccurrences'),
    ...(store.entityPage ? [vi.spyOn(store, 'entityPage')] : []),
    ...(store.entityCount ? [vi.spyOn(store, 'entityCount')] : []),
    vi.spyOn(store, 'entity'),
  ];
  return () => reads.reduce((n, r) => n + r.mock.calls.length, 0);
}

describe('the search result under the cursor', () => {
  it('is read while the user pauses, so opening it reads nothing more from the store', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ui = await mount(<App store={store} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 unread');
    // Past the start-up warm-up (search's index, the most named entity).
    await pause(600);
    // Not the most named entity, which the start-up warm-up has read already.
    await ui.press('/', ...'city coun');
    await ui.waitFor('City Council');
    const count = entityReads(store);
    await pause(500);
    const warmed = count();
    await ui.press(KEY.enter);
    await ui.waitFor('City Council', /organization · \d+ articles?/);
    expect(count()).toBe(warmed);
    await ui.unmount();
  });

  it('is not read while keys keep coming, and is once they stop', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ui = await mount(<App store={store} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 unread');
    await pause(600);
    await ui.press('/');
    const reads = vi.spyOn(store, 'entity');
    // A key every 20 ms or so: the pause the warm-up waits for does not come.
    for (const ch of 'city council') {
      await ui.press(ch);
      await pause(20);
    }
    await ui.waitFor('City Council');
    expect(reads).not.toHaveBeenCalled();
    await pause(500);
    expect(reads).toHaveBeenCalled();
    await ui.unmount();
  });

  it("in an article's entity panel too", async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ui = await mount(<App store={store} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 unread');
    await pause(600);
    // The strike report, then its organizations panel (summary, facts, quotes, people, places, organizations).
    await ui.press(KEY.enter);
    await ui.waitFor('Drones hit the capital overnight');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.tab);
    const count = entityReads(store);
    await pause(500);
    const warmed = count();
    expect(warmed).toBeGreaterThan(0);
    await ui.press(KEY.enter);
    await ui.waitFor('City Council', /organization · \d+ articles?/);
    expect(count()).toBe(warmed);
    await ui.unmount();
  });
});
