import React, {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import type {Store} from '../../src/store/index.js';
import {App} from '../../src/ui/App.js';
import {sampleLibrary, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// The entity Enter would open (search's result under the cursor, an article's entity panel) is made ready (its
// articles read, its screen drawn off-screen) once the keys pause, so Enter only shows it.

const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** Waits (inside act, as the reader's updates need) until `done`, for five seconds at most. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 20) await pause(20);
}

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
    // The pause: the warm-up reads (on a loaded machine later than on a quiet one), then nothing more comes.
    await until(() => count() > 0);
    await pause(300);
    const warmed = count();
    expect(warmed).toBeGreaterThan(0);
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
    // The reader's clock (keys' times, the warm-up's quiet) moves only as this test says: 20 ms a key however slow
    // the machine is, so a loaded machine drawing a key slowly does not pass for the user pausing.
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      await ui.press('/');
      const reads = vi.spyOn(store, 'entity');
      for (const ch of 'city council') {
        clock += 20;
        await ui.press(ch);
        await pause(20);
      }
      await ui.waitFor('City Council');
      await pause(300);
      expect(reads).not.toHaveBeenCalled();
      // The keys stop: half a second passes on the reader's clock.
      clock += 500;
      await until(() => reads.mock.calls.length > 0);
      expect(reads).toHaveBeenCalled();
    } finally {
      now.mockRestore();
    }
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
    // The pause: the warm-up reads (on a loaded machine later than on a quiet one), then nothing more comes.
    await until(() => count() > 0);
    await pause(300);
    const warmed = count();
    expect(warmed).toBeGreaterThan(0);
    await ui.press(KEY.enter);
    await ui.waitFor('City Council', /organization · \d+ articles?/);
    expect(count()).toBe(warmed);
    await ui.unmount();
  });
});
