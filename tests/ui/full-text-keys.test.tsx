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

describe('n and p in the full-text view', () => {
  // Three made-up articles, newest first: each long enough to scroll, with a fact so the panels show "Key facts".
  function threeArticles() {
    const facts = [{text: 'The ferry runs twice a day.', sentence: '', values: []}];
    const articles = ['a', 'b', 'c'].map((id, i) =>
      article(id, {
        title: `Report ${id}`,
        date: `2024-01-0${3 - i}`,
        paragraphs: Array.from({length: 30}, (_, n) => `Report ${id} paragraph ${n}.`),
      }),
    );
    return storeOf(
      articles,
      Object.fromEntries(articles.map((a) => [a.id, analysis({facts, summary: ['Short.']})])),
    );
  }

  it('open the next and previous article in the full text, from its top; Esc goes to its panels, then its list row', async () => {
    const ui = await mount(<App store={threeArticles()} size={{columns: 100, rows: 20}} />);
    await ui.waitFor('3 articles ·');
    await ui.press(KEY.enter);
    await ui.waitFor('Key facts');
    await ui.press('t', 'j', 'j');
    await ui.waitUntil((f) => f.includes('Report a paragraph 2.') && !f.includes('Report a paragraph 0.'));
    await ui.press('n');
    let frame = await ui.waitFor('Report b paragraph 0.');
    expect(frame).not.toContain('Key facts');
    await ui.press('n');
    frame = await ui.waitFor('Report c paragraph 0.');
    expect(frame).not.toContain('Key facts');
    await ui.press('p');
    frame = await ui.waitFor('Report b paragraph 0.');
    expect(frame).not.toContain('Key facts');
    // t still goes back to the panels, of the article on show.
    await ui.press('t');
    await ui.waitFor('Key facts');
    await ui.press('t');
    await ui.waitFor('Report b paragraph 0.');
    // Esc: back to the panels of the article on show (it went to the list, the panels skipped), then the list, its
    // cursor on the article read last (Enter opens it again).
    await ui.press(KEY.esc);
    frame = await ui.waitFor('Key facts');
    expect(frame.split('\n')[0]).toBe('Report b');
    await ui.press(KEY.esc);
    await ui.waitFor('3 articles ·');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Key facts');
    expect(frame.split('\n')[0]).toBe('Report b');
    await ui.unmount();
  });
});
