import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// q leaves the screen it is pressed on, as help already did and as newsboat and mutt do: an article and an entity
// go back one level, a full text to its article's panels, the list quits. It quit brief from an article (the
// list's place lost with it).
describe('q in the reader', () => {
  it('goes back from an article, its full text and an entity, to the screen each was opened from', async () => {
    const {articles, analyses} = sampleLibrary();
    const ui = await mount(<App store={storeOf(articles, analyses)} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 articles');
    await ui.press('j', KEY.enter);
    await ui.waitFor('Key facts');
    await ui.press('q');
    const list = await ui.waitFor('filter: all');
    expect(list).not.toContain('Key facts');
    // The row it was on is still the one selected: Enter opens the same article again. Its full text goes back to
    // the panels `t` opened it from (Tab's focus on Quotes kept), then the list.
    await ui.press(KEY.enter, KEY.tab, KEY.tab, 't');
    const text = await ui.waitFor('Full text');
    expect(text).toContain('2/3');
    await ui.press('q');
    const panels = await ui.waitFor('Key facts');
    expect(panels).toContain('▶ Quotes');
    await ui.press('q');
    await ui.waitFor('filter: all');
    // An entity opened from an article goes back to the article.
    await ui.press(KEY.enter);
    await ui.waitFor('Key facts');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor(/person · \d+ articles?/);
    await ui.press('q');
    const back = await ui.waitFor('Key facts');
    expect(back).not.toMatch(/person · \d+ articles?/);
    await ui.unmount();
  });

  it('is typed in the search box, not taken as back or quit', async () => {
    const {articles, analyses} = sampleLibrary();
    const ui = await mount(<App store={storeOf(articles, analyses)} size={{columns: 100, rows: 30}} />);
    await ui.waitFor('3 articles');
    await ui.press('/', 'q', 'Q');
    await ui.waitFor('/ qQ');
    await ui.unmount();
  });
});
