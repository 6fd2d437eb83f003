import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {mount} from './helpers/render.js';

const size = {columns: 100, rows: 30};

async function start() {
  const {articles, analyses} = sampleLibrary();
  const ui = await mount(<App store={storeOf(articles, analyses)} size={size} />);
  await ui.waitFor('3 articles');
  return ui;
}

describe('control strings in a paste', () => {
  // A title-setting OSC, a DCS reply, an APC (kitty graphics) and a colour reply, each with either terminator.
  it.each([
    ['OSC ended by BEL', 'gen\u001b]0;title\u0007eva'],
    ['OSC ended by ST', 'gen\u001b]0;title\u001b\\eva'],
    ['DCS', 'gen\u001bP1$r0m\u001b\\eva'],
    ['APC', 'gen\u001b_Gi=1;OK\u001b\\eva'],
    ['PM and SOS', 'ge\u001b^pm\u001b\\n\u001bXsos\u001b\\eva'],
    ['a colour reply', 'gen\u001b]11;rgb:0000/0000/0000\u001b\\eva'],
  ])('%s types only the text around it into search', async (_name, paste) => {
    const ui = await start();
    await ui.press('/', paste);
    const frame = await ui.waitFor(/place\s+Geneva\s+2 articles/);
    expect(frame).toContain('/ geneva');
    expect(frame).not.toMatch(/title|rgb|\$r|Gi=/);
    await ui.unmount();
  });

  it('runs no command on the list: the title is not keys', async () => {
    const ui = await start();
    const before = ui.frame();
    // "t", "i", "l", "e", "G" would each do something on the list or in an article.
    await ui.press('\u001b]0;tilGe\u0007');
    await ui.press('?');
    await ui.waitFor('help');
    await ui.press('\u001b');
    await ui.waitUntil((f) => f === before);
    await ui.unmount();
  });

  it('a typed ] is typed, and keys after an Alt+] (an opening with nothing after it) stay keys', async () => {
    const ui = await start();
    await ui.press('/', ']');
    await ui.waitFor('/ ]');
    await ui.press('\u001b]');
    await ui.press('x');
    await ui.press('\u001bP');
    await ui.press('y');
    const frame = await ui.waitFor('/ ]xy');
    expect(frame).not.toContain(']]');
    await ui.unmount();
  });

  it('keys pressed after a string that never ended (a paste cut short) are keys again', async () => {
    const ui = await start();
    await ui.press('/', 'gen\u001b]0;no end');
    await ui.press('e', 'v', 'a');
    const frame = await ui.waitFor(/place\s+Geneva\s+2 articles/);
    expect(frame).toContain('/ geneva');
    await ui.unmount();
  });

  it('a string cut across two reads is dropped to its end', async () => {
    const ui = await start();
    await ui.press('/', 'gen\u001b]0;a long', ' title\u0007eva');
    const frame = await ui.waitFor(/place\s+Geneva\s+2 articles/);
    expect(frame).toContain('/ geneva');
    await ui.unmount();
  });
});
