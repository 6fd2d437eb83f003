import React from 'react';
import {describe, expect, it} from 'vitest';
import type {IndexProgress} from '../../src/store/index.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import {App} from '../../src/ui/App.js';
import {analysis, article, entity, fakeIndexing, storeOf} from './helpers/library.js';
import {KEY, mount, type Mounted} from './helpers/render.js';

// During an index run each report brings a new data version, and search's results are replaced by the new
// version's; the cursor then stays on the entity it was on. A key that lands in the same render as a new version
// (typed while the run writes) was undone by that: the cursor went back to the entity of the render before.

const BASE = {one: ['Ada Lind', 'Ada Moss', 'Bea Ray'], two: ['Ada Lind', 'Ada Moss'], three: ['Ada Lind']};

/** Made-up articles naming `named[id]`'s people. */
function articlesOf(named: Record<string, string[]>) {
  const articles = Object.keys(named).map((id) => article(id, {title: `Harbour news ${id}`}));
  const analyses = Object.fromEntries(
    Object.entries(named).map(([id, people]) => [id, analysis({people: people.map((p) => entity(p))})]),
  );
  return {articles, analyses};
}

/** Made-up people: Ada Lind in three articles, Ada Moss in two, Bea Ray in one (the "most named" order). */
function library(): SqliteStore {
  const {articles, analyses} = articlesOf(BASE);
  return storeOf(articles, analyses) as SqliteStore;
}

/** Stores two more articles naming Bea Ray, as an index run would: she is named in three, above Ada Moss. */
function moreOfBea(store: SqliteStore): void {
  const {articles, analyses} = articlesOf({four: ['Bea Ray'], five: ['Bea Ray']});
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  store.db.transaction(() => {
    for (const a of articles) writer.putArticle(store.root, a, affected);
    for (const a of articles) writer.putAnalysis(a.hash, 1, analyses[a.id] ?? analysis(), affected);
    writer.refreshEntities(affected);
  })();
}

const progress = (done: number): IndexProgress => ({done, total: 9, rate: 1, etaSeconds: 9 - done});

/** The name of the entity Enter opens from search's cursor. */
async function opened(ui: Mounted): Promise<string> {
  await ui.press(KEY.enter);
  const frame = await ui.waitFor(/person · \d+ articles?/);
  return frame.split('\n')[0] ?? '';
}

async function searchOn(store = library()): Promise<{ui: Mounted; report: () => void}> {
  const {indexing, report} = fakeIndexing();
  let done = 0;
  const ui = await mount(<App store={store} indexing={indexing} size={{columns: 100, rows: 30}} />);
  await ui.waitFor('3 articles');
  await ui.press('/');
  await ui.waitFor('Ada Moss', 'Bea Ray');
  return {ui, report: () => report(progress(++done), false)};
}

describe('search cursor when a key and a new index version land in one render', () => {
  it('stays on its entity when a new version moves it down the results (no key pressed)', async () => {
    const store = library();
    const {ui, report} = await searchOn(store);
    await ui.press(KEY.down);
    moreOfBea(store);
    await ui.pressWith('', report);
    await ui.waitFor(/Bea Ray\s+3 articles/);
    expect(await opened(ui)).toContain('Ada Moss');
    await ui.unmount();
  });

  it('a new query starts at its first result, not on the entity the old query had the cursor on', async () => {
    const {ui, report} = await searchOn();
    await ui.press(KEY.down);
    // The key and the index report in one render.
    await ui.pressWith('a', report);
    await ui.waitFor('/ a', '2 matches');
    expect(await opened(ui)).toContain('Ada Lind');
    await ui.unmount();
  });

  it('a kind picked by Tab starts at its first result too', async () => {
    const {ui, report} = await searchOn();
    await ui.press(KEY.down);
    await ui.pressWith(KEY.tab, report);
    await ui.waitFor('[people]', 'analysing 1/9');
    expect(await opened(ui)).toContain('Ada Lind');
    await ui.unmount();
  });

  it('a move goes where it was pressed, not back to the entity of the render before', async () => {
    const {ui, report} = await searchOn();
    await ui.pressWith(KEY.down, report);
    await ui.waitFor('analysing 1/9');
    expect(await opened(ui)).toContain('Ada Moss');
    await ui.unmount();
  });
});
