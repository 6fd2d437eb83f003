import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {analysis, article, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// A made-up article long enough to scroll, with a fact so the panels have something to show.
function longArticle() {
  const paragraphs = Array.from({length: 40}, (_, i) => `Paragraph ${i} says something.`);
  const facts = [{text: 'The ferry runs twice a day.', sentence: '', values: []}];
  return storeOf([article('long', {paragraphs})], {long: analysis({facts, summary: ['Short.']})});
}

/** The footer: the frame's last line. */
function footer(frame: string): string {
  return frame.trimEnd().split('\n').at(-1) ?? '';
}

describe('the full-text view’s keys', () => {
  it('offers in its footer only keys that work there, and Tab, offered by the panels, is not among them', async () => {
    const ui = await mount(<App store={longArticle()} size={{columns: 100, rows: 20}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter);
    let frame = await ui.waitFor('Key facts');
    // The panels: Tab moves between them and says so.
    expect(footer(frame)).toContain('Tab panel');
    await ui.press('t');
    frame = await ui.waitFor('Paragraph 0 says');
    const keys = footer(frame);
    expect(keys).not.toContain('Tab');
    expect(keys).toContain('t ');
    expect(keys).toContain('Esc/h back');
    // Tab leaves the full text alone (it used to close it and move the panels' focus).
    await ui.press(KEY.tab);
    await ui.press('j');
    frame = await ui.waitUntil((f) => !f.includes('Paragraph 0 says') && f.includes('Paragraph 1 says'));
    expect(footer(frame)).toBe(keys);
    // Every key the footer names does something on this screen: t goes back to the panels.
    await ui.press('t');
    frame = await ui.waitFor('Key facts');
    expect(footer(frame)).toContain('Tab panel');
    await ui.unmount();
  });

  it('opens help from the full text with the full text’s keys first, Tab not among them', async () => {
    const ui = await mount(<App store={longArticle()} size={{columns: 100, rows: 40}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter, 't');
    await ui.waitFor('Paragraph 0 says');
    await ui.press('?');
    const frame = await ui.waitFor('Full text');
    const lines = frame.split('\n');
    const start = lines.findIndex((l) => l.trim() === 'Full text');
    const end = lines.findIndex((l, i) => i > start && l.trim() === '');
    const block = lines.slice(start, end).join('\n');
    expect(block).toContain('full text on / off');
    expect(block).not.toContain('Tab');
    await ui.unmount();
  });
});
