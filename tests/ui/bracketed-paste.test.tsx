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

  // A copied terminal line can carry a title's OSC ("\e]0;title BEL") or another control string: typed outside a
  // paste its body was already dropped, but inside one the body was typed into the query as text.
  it.each([
    ['an OSC ended by BEL', '\u001b]0;evil title\u0007'],
    ['an OSC ended by ST', '\u001b]2;evil title\u001b\\'],
    ['a DCS', '\u001bPq#0;2;0;0;0\u001b\\'],
  ])('drops %s it carries, typing only the text around it', async (_name, string) => {
    const ui = await start();
    await ui.press('/', `${PASTE_START}gen${string} eva${PASTE_END}`);
    const frame = await ui.waitFor('/ gen eva');
    expect(frame).not.toContain('title');
    expect(frame).not.toContain('0;');
    await ui.unmount();
  });

  it('ends a control string left open at its own end, so the keys typed after it are typed', async () => {
    const ui = await start();
    await ui.press('/', `${PASTE_START}gen\u001b]0;never ended${PASTE_END}`);
    await ui.press('x');
    const frame = await ui.waitFor('/ genx');
    expect(frame).not.toContain('ended');
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
