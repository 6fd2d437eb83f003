import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// The list stays mounted (hidden) under the other screens, and article panels keep their lines per article and
// width: what is kept must never show through, nor show stale rows or a stale wrap.
describe('switching screens', () => {
  it('hides the list under an article and shows it again with what changed meanwhile', async () => {
    const {articles, analyses} = sampleLibrary();
    const ui = await mount(<App store={storeOf(articles, analyses)} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 articles', '3 unread');
    await ui.press(KEY.enter);
    const article = await ui.waitFor('Key facts');
    // Nothing of the list's status line or table is drawn with the article.
    expect(article).not.toContain('filter: all');
    expect(article).not.toMatch(/│\s*Title\s*│/);
    // Opening read it; f marks it a favourite from the article.
    await ui.press('f', KEY.esc);
    const list = await ui.waitFor('2 unread');
    const row = list.split('\n').find((l) => l.includes('Drones hit the capital'));
    expect(row).toContain('★');
    expect(row).not.toContain('●');
    expect(list).not.toContain('Key facts');
    // And again: the search screen over it, then back.
    await ui.press('/');
    const search = await ui.waitFor('type a name');
    expect(search).not.toContain('filter: all');
    await ui.press(KEY.esc);
    await ui.waitFor('filter: all', '2 unread');
    await ui.unmount();
  });

  it('wraps an open article again for a new width', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ui = await mount(<App store={store} size={{columns: 120, rows: 30}} />);
    await ui.waitFor('3 articles');
    await ui.press(KEY.enter);
    const wide = await ui.waitFor('Key facts');
    for (const l of wide.split('\n')) expect([...l].length).toBeLessThanOrEqual(120);
    await ui.rerender(<App store={store} size={{columns: 60, rows: 30}} />);
    const narrow = await ui.waitUntil((f) => f.split('\n').every((l) => [...l].length <= 60));
    // Stacked at 60 columns: the quote is wrapped to the narrower panel, not cut from the wide one's lines.
    expect(narrow).toContain('Olena Petrenko — “We will rebuild”');
    await ui.unmount();
  });
});
