import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {analysis, article, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// Made-up quotes, one line each, a blank line between them in the Quotes panel.
function quoted() {
  const said = ['The ferry is late', 'We will rebuild', 'The talks were useful', 'Winter came early'];
  const quotes = [...said, ...said, ...said].map((text, i) => ({text, speaker: `Speaker ${i + 1}`}));
  return storeOf([article('harbour', {paragraphs: ['The harbour reopened.']})], {
    harbour: analysis({summary: ['The harbour reopened.'], quotes}),
  });
}

/** The line under the focused panel's title. */
function underFocus(frame: string): string {
  const lines = frame.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('▶')) + 1] ?? '';
}

describe('j in the Quotes panel', () => {
  // It stopped on the blank line between two quotes: the panel's first line blank, and once the focus moved on and
  // left the panel one line, "Quotes (12)" over nothing.
  it('goes from one quote to the next, not to the blank line between them', async () => {
    const ui = await mount(<App store={quoted()} size={{columns: 80, rows: 16}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter);
    await ui.waitFor('Quotes (12)');
    await ui.press(KEY.tab, KEY.tab);
    let frame = await ui.waitFor('▶ Quotes');
    expect(underFocus(frame)).toContain('Speaker 1');
    await ui.press('j');
    frame = await ui.waitUntil((f) => !underFocus(f).includes('Speaker 1'));
    expect(underFocus(frame)).toContain('Speaker 2 — “We will rebuild”');
    await ui.press('k');
    frame = await ui.waitUntil((f) => underFocus(f).includes('Speaker 1'));
    await ui.unmount();
  });
});
