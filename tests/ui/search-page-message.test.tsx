import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {App} from '../../src/ui/App.js';
import {sampleLibrary, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// A footer message of several lines takes them from the screen above it: search then draws fewer results. Its PgDn
// counted the page of a screen without the message, so it went past the last result drawn, to one never seen.

/** Made up: what the store says of its database, long enough for three lines at 60 columns. */
const NOTICE =
  'The database was damaged and has been moved aside; a new one is being made from the articles, with your marks kept.';

describe('search with a message of several lines in the footer', () => {
  it('pages by the results drawn: PgDn goes to the last one on screen', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses) as SqliteStore;
    // 60×15: five results, four while the message shows.
    const ui = await mount(<App store={store} size={{columns: 60, rows: 15}} />);
    await ui.waitFor('3 articles');
    await ui.press('/');
    await ui.waitFor('type a name', 'City Council');
    // The reader puts the store's word in the footer from a timer (App.tsx): waited for inside act.
    await act(async () => store.notify(NOTICE));
    for (let waited = 0; !ui.frame().includes('moved aside') && waited < 5000; waited += 20)
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
    const frame = ui.frame();
    expect(frame).toContain('moved aside');
    // Drawn: Olena Petrenko, Geneva, Marc Dubois, City Council; Russia is below the screen.
    expect(frame).toContain('City Council');
    expect(frame).not.toContain('Russia');
    await ui.press(KEY.pageDown, KEY.enter);
    const opened = await ui.waitFor(/\d+ articles?/, 'Esc');
    expect(opened.split('\n')[0]).toContain('City Council');
    await ui.unmount();
  });
});
