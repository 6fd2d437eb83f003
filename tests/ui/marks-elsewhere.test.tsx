import React, {act} from 'react';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import type {Store} from '../../src/store/index.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {App, MARKS_POLL_MS} from '../../src/ui/App.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool} from '../store/fixtures.js';
import {sampleLibrary, storeOf} from './helpers/library.js';
import {mount} from './helpers/render.js';

/** Two stores on one indexed database of a two-article library: two programs sharing it. */
async function twoStores() {
  const lib = tempDir({
    'harbour.txt': 'Harbour reopens\n\nBoats returned to the harbour in Bergen.\n',
    'market.txt': 'Market day\n\nStalls filled the square.\n',
  });
  const db = join(tempDir(), 'brief.db');
  const a = openSqliteStore({dbPath: db, root: lib});
  await startIndexing(a, {pool: countingPool()}).done;
  return {a, b: openSqliteStore({dbPath: db, root: lib})};
}

describe('marks another program makes', () => {
  it('the store tells them from its own writes and from other writes (SQLite data version, then the marks)', async () => {
    const {a, b} = await twoStores();
    const [first, second] = b.listArticles().map((x) => x.id);
    expect(b.marksChangedElsewhere?.()).toBe(false);
    // Its own mark is not news to it.
    b.setRead(first ?? '', true);
    expect(b.marksChangedElsewhere?.()).toBe(false);
    a.setFavourite(second ?? '', true);
    expect(b.marksChangedElsewhere?.()).toBe(true);
    expect(b.marksChangedElsewhere?.()).toBe(false);
    a.close();
    b.close();
  });

  it('counts marks written after the store opened and before its first look (the list still loading)', async () => {
    const {a, b} = await twoStores();
    const [first] = b.listArticles().map((x) => x.id);
    a.setRead(first ?? '', true);
    expect(b.marksChangedElsewhere?.()).toBe(true);
    expect(b.marksChangedElsewhere?.()).toBe(false);
    a.close();
    b.close();
  });

  it('the reader shows them within its poll, without a key', async () => {
    const {articles, analyses} = sampleLibrary();
    const base = storeOf(articles, analyses);
    let elsewhere = false;
    const store: Store = {
      ...base,
      marksChangedElsewhere: () => {
        const was = elsewhere;
        elsewhere = false;
        return was;
      },
    };
    const ui = await mount(<App store={store} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 unread');
    // Another reader marks an article read: the database has it, this reader has not listed it yet.
    base.setRead(articles[0]?.id ?? '', true);
    elsewhere = true;
    await act(() => new Promise((resolve) => setTimeout(resolve, MARKS_POLL_MS + 300)));
    await ui.waitFor('2 unread');
    await ui.unmount();
  });
});
