import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {displayWidth} from '../../src/ui/text.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// A headline wider than the screen was cut to one line ("Wikinews interviews Brian Carroll, American Solidarity
// Party presidential…" at 80 columns), and the reader showed the rest of it nowhere.
const LONG =
  'Harbour council agrees to rebuild the eastern ferry pier after the winter storms closed it for months';

async function openLong(columns: number, rows: number, title = LONG) {
  const {articles, analyses} = sampleLibrary();
  const store = storeOf(
    articles.map((a) => (a.id === 'strike' ? {...a, title} : a)),
    analyses,
  );
  const ui = await mount(<App store={store} size={{columns, rows}} />);
  await ui.waitFor('3 articles');
  await ui.press(KEY.enter);
  return {ui, frame: await ui.waitFor('Key facts')};
}

describe('an article whose title is wider than the screen', () => {
  it('shows the title whole over two lines, the meta line and panels under it, within the screen', async () => {
    const {ui, frame} = await openLong(80, 24);
    const lines = frame.split('\n');
    expect(`${lines[0]?.trim()} ${lines[1]?.trim()}`).toBe(LONG);
    expect(lines[2]).toContain('Daily Test');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    // The full text starts under the two lines too.
    await ui.press('t');
    const text = await ui.waitFor('▶ Full text');
    expect(text.split('\n').findIndex((l) => l.includes('▶ Full text'))).toBe(3);
    expect(text.split('\n').length).toBeLessThanOrEqual(23);
    await ui.unmount();
  });

  it('cuts a title longer than two lines at the second, with "…"', async () => {
    const {ui, frame} = await openLong(60, 20, `${LONG}, and the harbour office says the timetable changes`);
    const lines = frame.split('\n');
    expect(lines[0]?.trim()).toBe('Harbour council agrees to rebuild the eastern ferry pier');
    expect(lines[1]?.trimEnd()).toMatch(/^after the winter storms closed it for months, and the…$/);
    expect(lines[2]).toContain('Daily Test');
    expect(lines.length).toBeLessThanOrEqual(19);
    await ui.unmount();
  });

  it('keeps a title that fits on one line', async () => {
    const {ui, frame} = await openLong(120, 24);
    const lines = frame.split('\n');
    expect(lines[0]?.trim()).toBe(LONG);
    expect(lines[1]).toContain('Daily Test');
    await ui.unmount();
  });
});
