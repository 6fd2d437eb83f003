import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {mount} from './helpers/render.js';

const size = {columns: 100, rows: 30};
const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

async function start() {
  const {articles, analyses} = sampleLibrary();
  const ui = await mount(<App store={storeOf(articles, analyses)} size={size} />);
  await ui.waitFor('3 articles');
  return ui;
}

describe('a bracketed paste', () => {
  // A name copied with the line after it: the line break opened the first result and the next line's letters ran
  // commands there ("q" quit brief). Pasted text is text: its line breaks and tabs are spaces in the query.
  it('types its line breaks and tabs into search as spaces, running no command', async () => {
    const ui = await start();
    await ui.press('/', `${PASTE_START}gen\reva\tq${PASTE_END}`);
    const frame = await ui.waitFor('/ gen eva q');
    expect(frame).toContain('Search people, places, organizations');
    await ui.unmount();
  });

  it('runs no command on the list: pasted text is no keys', async () => {
    const ui = await start();
    // G would go to the last row, / open search, q quit: Enter then opens the first article.
    await ui.press(`${PASTE_START}G/q${PASTE_END}`);
    await ui.press('\r');
    await ui.waitFor('1/3');
    await ui.unmount();
  });

  it('leaves the keys after it keys when its closing never comes', async () => {
    const ui = await start();
    await ui.press(`${PASTE_START}Gq`);
    await ui.press('/');
    await ui.waitFor('Search people, places, organizations');
    await ui.unmount();
  });
});
