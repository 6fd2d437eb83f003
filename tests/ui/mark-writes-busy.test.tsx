import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import type {Store} from '../../src/store/index.js';
import {WriteBusy} from '../../src/store/write-lock.js';
import {App} from '../../src/ui/App.js';
import {fakeIndexing, sampleLibrary, storeOf} from './helpers/library.js';
import {mount} from './helpers/render.js';

const size = {columns: 100, rows: 30};

/**
 * A store whose database another program is writing while `locked`: a mark saved with a short wait is refused
 * (WriteBusy, nothing written), one saved without (the reader quitting, which waits for the lock) goes in.
 */
function lockedStore() {
  const {articles, analyses} = sampleLibrary();
  const base = storeOf(articles, analyses);
  const calls: {id: string; read: boolean; waitMs: number | undefined; saved: boolean}[] = [];
  const state = {locked: true};
  const store: Store = {
    ...base,
    setRead(id, read, waitMs) {
      const saved = !state.locked || waitMs === undefined;
      calls.push({id, read, waitMs, saved});
      if (!saved) throw new WriteBusy('brief.db');
      base.setRead(id, read);
    },
  };
  return {base, store, calls, state};
}

const readOf = (store: Store, id: string) => store.listArticles().find((a) => a.id === id)?.read;

describe('marks while another program holds the write lock', () => {
  it('keeps them, shows them, and saves them in order once the lock is free', async () => {
    const {base, store, calls, state} = lockedStore();
    const {indexing, report} = fakeIndexing();
    const ui = await mount(<App store={store} indexing={indexing} size={size} />);
    await ui.waitFor('3 unread');
    await ui.press('m');
    await ui.waitFor('2 unread');
    await ui.waitUntil(() => calls.length > 0);
    expect(calls[0]).toMatchObject({id: 'strike', read: true, saved: false});
    expect(calls[0]?.waitMs).toBeLessThan(16);
    expect(readOf(base, 'strike')).toBe(false);
    // Unmarked and marked again before the lock is free: the three writes are kept in the order they were made.
    await ui.press('m');
    await ui.waitFor('3 unread');
    await ui.press('m');
    await ui.waitFor('2 unread');
    // The list read again meanwhile (indexing stored something; its slices wait 40 ms after a key) still shows the
    // mark that waits.
    await act(async () => report({done: 1, total: 3, rate: 1, etaSeconds: 2, changed: true}, false));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(ui.frame()).toContain('2 unread');
    expect(ui.frame()).not.toContain('Could not save');
    // The kept marks try again from a timer (inside act, as it updates the reader's state).
    await act(async () => {
      state.locked = false;
      await new Promise((resolve) => setTimeout(resolve, 600));
    });
    await ui.waitUntil(() => calls.some((c) => c.saved));
    const saved = calls.filter((c) => c.saved).map((c) => c.read);
    expect(saved).toEqual([true, false, true]);
    expect(readOf(base, 'strike')).toBe(true);
    await ui.unmount();
  });

  it('saves a waiting mark when the reader quits, waiting for the lock then', async () => {
    const {base, store, calls} = lockedStore();
    const ui = await mount(<App store={store} size={size} />);
    await ui.waitFor('3 unread');
    await ui.press('j', 'm');
    await ui.waitFor('2 unread');
    await ui.waitUntil(() => calls.length > 0);
    expect(readOf(base, 'summit')).toBe(false);
    await ui.press('q');
    await ui.waitUntil(() => readOf(base, 'summit') === true);
    expect(calls.at(-1)).toMatchObject({id: 'summit', waitMs: undefined, saved: true});
    await ui.unmount();
  });

  it('still reports a write refused for another reason', async () => {
    const {articles, analyses} = sampleLibrary();
    const base = storeOf(articles, analyses);
    const store: Store = {
      ...base,
      setRead() {
        throw new Error('attempt to write a readonly database');
      },
    };
    const ui = await mount(<App store={store} size={size} />);
    await ui.waitFor('3 unread');
    await ui.press('m');
    await ui.waitFor('Could not save: attempt to write a readonly database');
    await ui.unmount();
  });
});
