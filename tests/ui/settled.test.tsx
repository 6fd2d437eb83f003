import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {sampleLibrary, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// The reader's code cache is written in one blocking step of 40-170 ms (src/cli/reader-script.ts). App runs it
// through `settled`: once, after the warm-up, and only when no key has come for a second, so it does not land
// under a burst of keys.

const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('the settled step', () => {
  it('runs once, after the warm-up, when the user leaves the keys alone', async () => {
    const {articles, analyses} = sampleLibrary();
    const calls: number[] = [];
    const started = performance.now();
    const ui = await mount(
      <App
        store={storeOf(articles, analyses)}
        size={{columns: 100, rows: 30}}
        settled={() => calls.push(performance.now() - started)}
      />,
    );
    await ui.waitFor('3 unread');
    // A key every 250 ms for two seconds: the warm-up has long ended, but the user is busy.
    let lastKey = 0;
    for (let i = 0; i < 8; i++) {
      lastKey = performance.now() - started;
      await ui.press(i % 2 === 0 ? KEY.down : KEY.up);
      await pause(250);
    }
    expect(calls).toEqual([]);
    await pause(1600);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeGreaterThanOrEqual(lastKey + 1000);
    await pause(300);
    expect(calls).toHaveLength(1);
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
