import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

async function start() {
  const {articles, analyses} = sampleLibrary();
  const ui = await mount(<App store={storeOf(articles, analyses)} size={{columns: 100, rows: 30}} />);
  await ui.waitFor('3 articles', 'filter: all');
  return ui;
}

// Esc and the key after it reaching the reader in one read (keys queued while it was busy, tmux's send-keys, a fast
// hand) are what a terminal also sends for Alt+key: Ink read them as one Alt+key and brief, which binds none, ran
// neither.
describe('Esc and a key in one read', () => {
  it('Esc then Tab in search leaves search, then changes the list filter', async () => {
    const ui = await start();
    await ui.press('/', 'gen');
    await ui.waitFor('/ gen');
    await ui.press(KEY.esc + KEY.tab);
    const frame = await ui.waitFor('filter: unread');
    expect(frame).not.toContain('/ gen');
    await ui.unmount();
  });

  it('Esc Esc goes back two levels: search over an article, then the article', async () => {
    const ui = await start();
    await ui.press(KEY.enter);
    await ui.waitFor('Key facts');
    await ui.press('/');
    await ui.waitFor('type a name');
    await ui.press(KEY.esc + KEY.esc);
    const frame = await ui.waitFor('filter: all');
    expect(frame).not.toContain('Key facts');
    await ui.unmount();
  });

  it('Esc then a letter on an article goes back and runs the letter on the list', async () => {
    const ui = await start();
    await ui.press(KEY.enter);
    await ui.waitFor('Key facts');
    // Back to the list, then "/" opens search there.
    await ui.press(`${KEY.esc}/`);
    await ui.waitFor('type a name');
    await ui.press(KEY.esc);
    await ui.waitFor('filter: all');
    await ui.unmount();
  });

  it('Alt+Backspace in the search box deletes the last word', async () => {
    const ui = await start();
    await ui.press('/', 'marc dub');
    await ui.waitFor('/ marc dub');
    await ui.press(`\u001b${KEY.backspace}`);
    const frame = await ui.waitUntil((f) => /\/ marc\s*$/m.test(f));
    expect(frame).toContain('Marc Dubois');
    await ui.unmount();
  });
});
