import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import type {RefreshControl, RefreshState} from '../../src/feeds/refresh-control.js';
import {App} from '../../src/ui/App.js';
import type {Store} from '../../src/store/index.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter} from '../../src/store/store-writes.js';
import {article, sampleLibrary, storeOf} from './helpers/library.js';
import {mount} from './helpers/render.js';

const size = {columns: 100, rows: 20};

/** A refresh's outcome, longest first (outcomeLines). */
const OUTCOMES = [
  'Refreshed 1 feed: 1000 new articles; Harbour Weekly: 2000 of its 2500 items taken (the newest); the other 500 are left for the next refresh',
  'Refreshed 1 feed: 1000 new articles; 500 more items are left for the next refresh',
  'Refreshed 1 feed: 1000 new articles; 500 left for the next R',
];

/** A refresh the test drives by hand, counting how often the reader starts it. */
function fakeRefresh(feeds: number) {
  const listeners = new Set<(s: RefreshState) => void>();
  let state: RefreshState = {
    running: false,
    feedsDone: 0,
    feedsTotal: feeds,
    added: 0,
    failed: 0,
    outcome: null,
  };
  const control = {
    starts: 0,
    start() {
      if (feeds === 0) return 'no-feeds' as const;
      if (state.running) return 'running' as const;
      control.starts += 1;
      control.emit({running: true, feedsDone: 0, added: 0, failed: 0, outcome: null});
      return 'started' as const;
    },
    subscribe(listener: (s: RefreshState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(change: Partial<RefreshState>) {
      state = {...state, ...change};
      for (const l of listeners) l(state);
    },
  };
  return control satisfies RefreshControl;
}

describe('refreshing from the reader', () => {
  it('R starts one refresh, the status line follows it, and the footer says how it ended', async () => {
    const {articles, analyses} = sampleLibrary();
    const refresh = fakeRefresh(2);
    const ui = await mount(<App store={storeOf(articles, analyses)} size={size} refresh={refresh} />);
    await ui.waitFor('3 articles', 'R refresh');
    await ui.press('R');
    await ui.waitFor('refreshing 0/2 feeds · 0 new');
    await ui.press('R');
    expect(refresh.starts).toBe(1);
    await act(async () => refresh.emit({feedsDone: 1, added: 3}));
    await ui.waitFor('refreshing 1/2 feeds · 3 new');
    await act(async () =>
      refresh.emit({
        running: false,
        feedsDone: 2,
        added: 4,
        failed: 1,
        outcome: 'Refreshed 2 feeds: 4 new articles, 1 feed failed',
      }),
    );
    const frame = await ui.waitFor('Refreshed 2 feeds: 4 new articles, 1 feed failed');
    expect(frame).not.toContain('refreshing');
    // The next R's refresh is not shown beside the last one's outcome, which read as its own.
    await ui.press('R');
    const next = await ui.waitFor('refreshing 0/2 feeds · 0 new');
    expect(next).not.toContain('Refreshed 2 feeds');
    await ui.unmount();
  });

  // The line of a feed with items left: brief refresh's words where two lines hold them, shorter words below that.
  /** The sample library in a reader `columns` wide, R pressed on a one-feed refresh. */
  async function refreshedAt(columns: number) {
    const {articles, analyses} = sampleLibrary();
    const refresh = fakeRefresh(1);
    const ui = await mount(
      <App store={storeOf(articles, analyses)} size={{columns, rows: 20}} refresh={refresh} />,
    );
    await ui.waitFor('3 articles');
    await ui.press('R');
    return {ui, refresh};
  }

  it.each([
    [
      100,
      [
        'Harbour Weekly: 2000 of its 2500 items taken (the newest)',
        'other 500 are left for the next refresh',
      ],
    ],
    [60, ['Refreshed 1 feed: 1000 new articles; 500 more items are left', 'for the next refresh']],
  ])('at %i columns, says a feed had items left: %j', async (columns, words) => {
    const {ui, refresh} = await refreshedAt(columns);
    await act(async () =>
      refresh.emit({
        running: false,
        feedsDone: 1,
        added: 1000,
        outcome: OUTCOMES[0]!,
        shorter: OUTCOMES.slice(1),
      }),
    );
    const frame = await ui.waitFor(...words);
    // Two lines, the second ending the words (never cut short with "…").
    const foot = frame.trimEnd().split('\n').slice(-2);
    expect(foot[0]).toMatch(/^Refreshed 1 feed: 1000 new articles;/);
    expect(foot[1]).toMatch(/for the next refresh$/);
    if (columns === 60) expect(frame).not.toContain('Harbour Weekly:');
    await ui.unmount();
  });

  // At 60 columns a running refresh read "… filter: all · refreshing 0/1 …": its count of new articles was cut. (The
  // reader needs 60 columns: 50 is tested on the status line, tests/ui/status-line.test.ts.)
  it.each([
    [100, 'brief · 3 articles · 3 unread · filter: all · refreshing 0/1 feeds · 12 new · 1 failed'],
    [80, '3 articles · 3 unread · filter: all · refreshing 0/1 feeds · 12 new · 1 failed'],
    [60, '3 articles · 3 unread · filter: all · refreshing: 12 new'],
  ])('at %i columns, keeps the count of new articles of a running refresh: %s', async (columns, line) => {
    const {ui, refresh} = await refreshedAt(columns);
    await act(async () => refresh.emit({added: 12, failed: 1}));
    const frame = await ui.waitFor('12 new');
    expect(frame.split('\n').map((l) => l.trimEnd())).toContain(line);
    await ui.unmount();
  });

  // While an index run is busy with others (no report of it here), what the refresh wrote into the list shows.
  it('lists the articles a running refresh has written as it says so', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses) as SqliteStore;
    const refresh = fakeRefresh(1);
    // The list read in one go, in the turn that asks for it (inside act): the paged read is list-loader's to test.
    const reader: Store = {...store, firstArticles: undefined, articlesAfter: undefined};
    const ui = await mount(<App store={reader} size={size} refresh={refresh} />);
    await ui.waitFor('3 articles');
    await ui.press('R');
    await ui.waitFor('refreshing 0/1 feeds · 0 new');
    const landed = article('ferry', {title: 'Ferry returns to Portmere', date: '2024-03-04'});
    const writer = createWriter(store.db);
    store.db.transaction(() => writer.putArticle(store.root, landed, new Map()))();
    await act(async () => refresh.emit({added: 1, listed: 1}));
    // Before: the list stayed at 3 articles until an index run's report re-read it.
    const frame = await ui.waitFor('4 articles', 'Ferry returns to Portmere', 'refreshing 0/1 feeds · 1 new');
    expect(frame).toContain('4 unread');
    await ui.unmount();
  });

  it('says how to subscribe when there is nothing to refresh', async () => {
    const {articles, analyses} = sampleLibrary();
    for (const refresh of [undefined, fakeRefresh(0)]) {
      const ui = await mount(
        <App store={storeOf(articles, analyses)} size={size} {...(refresh ? {refresh} : {})} />,
      );
      await ui.waitFor('3 articles');
      await ui.press('R');
      await ui.waitFor("No feeds to refresh: add one with 'brief add FEED_URL'");
      await ui.unmount();
    }
  });
});
