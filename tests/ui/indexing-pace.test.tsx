import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {recentPace} from '../../src/ui/state/pace.js';
import type {IndexingHandle, IndexProgress} from '../../src/store/index.js';
import {article, storeOf} from './helpers/library.js';
import {mount} from './helpers/render.js';

/** An indexing run the test reports progress for. */
function fakeIndexing(): IndexingHandle & {report(p: IndexProgress): void} {
  const listeners = new Set<(p: IndexProgress, finished: boolean) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(p) {
      for (const l of listeners) l(p, false);
    },
  };
}

describe('recentPace', () => {
  it('gives nothing before 20 texts or 1.5 s, then the pace of the last 3 s, and nothing at the end', () => {
    const pace = recentPace();
    expect(pace(1, 280, 0)).toBeNull();
    expect(pace(19, 280, 5000)).toBeNull();
    // 2 a second from 0 to 10 s, then 20 a second.
    const late = recentPace();
    for (let s = 0; s <= 10; s++) late(s * 2, 280, s * 1000);
    let last = null;
    for (let s = 1; s <= 5; s++) last = late(20 + s * 20, 280, 10_000 + s * 1000);
    expect(last?.rate).toBeCloseTo(20);
    expect(last?.etaSeconds).toBeCloseTo(8);
    expect(late(280, 280, 20_000)).toBeNull();
  });
});

describe('the reader’s status line while indexing', () => {
  it('gives no time left from the store’s first reports, whatever their average says', async () => {
    const indexing = fakeIndexing();
    const ui = await mount(
      <App
        store={storeOf([article('ferry', {title: 'Ferry service resumes'})], {})}
        indexing={indexing}
        size={{columns: 120, rows: 20}}
      />,
    );
    await ui.waitFor('1 article');
    // The run's own figures at 25/280: an average of 2.5 a second, "102s left".
    await act(async () => {
      indexing.report({done: 25, total: 280, rate: 2.5, etaSeconds: 102});
    });
    const frame = await ui.waitFor('analysing 25/280');
    expect(frame).not.toContain('left');
    expect(frame).not.toContain('/s');
    await ui.unmount();
  });
});
