import React, {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import {App} from '../../src/ui/App.js';
import {sampleLibrary, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// The reader's code cache is written in one blocking step of 40-170 ms (src/cli/reader-script.ts). App runs it
// through `settled`: once, after the warm-up, and only when no key has come for a second, so it does not land
// under a burst of keys.

const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** Waits (inside act, as the reader's updates need) until `done`, for five seconds at most. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 20) await pause(20);
}

describe('the settled step', () => {
  it('runs once, after the warm-up, when the user leaves the keys alone', async () => {
    const {articles, analyses} = sampleLibrary();
    const calls: number[] = [];
    // From the first key on, the reader's clock (keys' times, the quiet the step waits for) moves only as this test
    // says, so a loaded machine drawing a key slowly does not pass for the user leaving the keys alone.
    const real = performance.now.bind(performance);
    let clock: number | null = null;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock ?? real());
    const started = real();
    const ui = await mount(
      <App
        store={storeOf(articles, analyses)}
        size={{columns: 100, rows: 30}}
        settled={() => calls.push(performance.now() - started)}
      />,
    );
    try {
      await ui.waitFor('3 unread');
      // A key every 250 ms for two seconds: the warm-up has long ended, but the user is busy.
      clock = real();
      let lastKey = 0;
      for (let i = 0; i < 8; i++) {
        lastKey = clock - started;
        await ui.press(i % 2 === 0 ? KEY.down : KEY.up);
        // (Soon after a key the warm-up may take a slice; the rest of the 250 ms passes before the next key.)
        clock += 60;
        await pause(30);
        clock += 190;
        await pause(60);
      }
      await pause(300);
      expect(calls).toEqual([]);
      // The keys stop: 1.6 s pass on the reader's clock.
      clock += 1600;
      await until(() => calls.length > 0);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toBeGreaterThanOrEqual(lastKey + 1000);
      clock += 300;
      await pause(300);
      expect(calls).toHaveLength(1);
    } finally {
      now.mockRestore();
    }
    await ui.unmount();
  }, 15_000);

  it('is not run by a reader quit before it settled', async () => {
    const {articles, analyses} = sampleLibrary();
    let calls = 0;
    const ui = await mount(
      <App
        store={storeOf(articles, analyses)}
        size={{columns: 100, rows: 30}}
        settled={() => (calls += 1)}
      />,
    );
    await ui.waitFor('3 unread');
    // A key just before quitting: the step waits for a second without keys, so it cannot run between the two. (On a
    // loaded machine the first frame can take over a second, and the step rightly runs before the key: counted.)
    await ui.press(KEY.down);
    const before = calls;
    await ui.unmount();
    await pause(1500);
    expect(calls).toBe(before);
  });
});
