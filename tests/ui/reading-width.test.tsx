import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {READING_WIDTH} from '../../src/ui/state/metrics.js';
import {seededStore} from '../helpers/seeded-store.js';
import {analysis, article, entity} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// A made-up article of long paragraphs: at 200 or 300 columns its text was drawn in lines as wide as the screen.
const sentence =
  'Olena Petrenko said the harbour would reopen to ferries once the new berths were inspected.';
const paragraphs = Array.from({length: 6}, (_, i) => `${sentence} ${sentence} ${sentence} (${i + 1})`);
const facts = [{text: `${sentence} ${sentence}`, sentence: '', values: []}];
const store = () =>
  seededStore([article('harbour', {title: 'Harbour reopens', date: '2024-03-01', paragraphs})], {
    harbour: analysis({
      summary: [`${sentence} ${sentence} ${sentence}`],
      facts,
      people: [entity('Olena Petrenko', 6)],
    }),
  });

/** Columns of the longest line of text (rules and padding aside) in `lines`. */
function widest(lines: readonly string[]): number {
  return Math.max(...lines.map((l) => [...l.replace(/[─ ]+$/u, '').trimEnd()].length));
}

/** The lines of the frame between its article header (two lines) and footer. */
function body(frame: string): string[] {
  return frame.split('\n').slice(2, -1);
}

describe('prose is drawn at most READING_WIDTH columns wide, however wide the terminal', () => {
  it.each([80, 120, 200, 300])('the full text at %i columns', async (columns) => {
    const ui = await mount(<App store={store()} size={{columns, rows: 30}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter, 't');
    const frame = await ui.waitFor('▶ Full text', '(1)');
    const lines = body(frame).slice(1);
    const width = Math.min(columns - 1, READING_WIDTH);
    expect(widest(lines)).toBeLessThanOrEqual(width);
    // Wrapped at the measure, not short of it: the text fills it.
    expect(widest(lines)).toBeGreaterThan(width - 15);
    // Its title rule as wide as its text, with the scroll arrow just after it.
    const rule = body(frame)[0] ?? '';
    expect([...rule.trimEnd()].length).toBeLessThanOrEqual(width + 1);
    await ui.unmount();
  });

  it.each([120, 200, 300])('the summary and facts beside the names at %i columns', async (columns) => {
    const ui = await mount(<App store={store()} size={{columns, rows: 30}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('▶ Summary', 'People (1)');
    const lines = body(frame);
    // The names' column starts where the prose column ends (3 columns after it), never past the measure and a half.
    const at = lines[0]?.indexOf('People (1)') ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThanOrEqual(READING_WIDTH + 10);
    const prose = lines.map((l) => l.slice(0, at));
    expect(widest(prose)).toBeLessThanOrEqual(READING_WIDTH);
    await ui.unmount();
  });

  it.each([120, 300])('an entity’s sentences at %i columns', async (columns) => {
    const ui = await mount(<App store={store()} size={{columns, rows: 30}} />);
    await ui.waitFor('1 article ·');
    await ui.press('/', 'petrenko');
    await ui.waitFor('Olena Petrenko');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('▶ Harbour reopens', 'harbour would');
    const lines = frame.split('\n').filter((l) => l.startsWith('  · ') || l.startsWith('    '));
    expect(lines.length).toBeGreaterThan(0);
    expect(widest(lines)).toBeLessThanOrEqual(Math.min(columns, READING_WIDTH + 4));
    await ui.unmount();
  });
});
