import React from 'react';
import {Box} from 'ink';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {ArticleTable, labelledRule} from '../../src/ui/components/ArticleTable.js';
import type {ArticleRecord} from '../../src/store/index.js';
import {article} from './helpers/library.js';
import {mount} from './helpers/render.js';

/** Made-up titles with what breaks column arithmetic: emoji sequences, zero-width and right-to-left marks. */
const TITLES = [
  'Team 👍🏽 wins the cup 🚀 again',
  'Family 👨‍👩‍👧 day ❤️ in the park',
  'Flags 🇺🇦🇵🇱 fly at the border',
  'Zero\u200bwidth\u2060joiners\u00adand\ufeffmarks in a headline',
  'Right-to-left \u200fmark and \u202eoverride\u202c here',
  'Keycap 1️⃣ and 日本語 wide text',
];

const record = (title: string, i: number): ArticleRecord => ({
  ...article(`a${i}`, {title, source: 'Wire 📰'}),
  read: false,
  favourite: false,
  counts: {people: 1, quotes: 2, facts: 3},
});

describe('the article table with emoji, zero-width and bidi characters in titles', () => {
  it.each([100, 80, 61])('keeps every row as wide as the rules at %i columns', async (width) => {
    const ui = await mount(<ArticleTable rows={TITLES.map(record)} selected={0} width={width} />);
    const lines = ui.frame().split('\n');
    expect(lines).toHaveLength(TITLES.length + 3);
    const ruleWidth = stringWidth(lines[0] ?? '');
    expect(ruleWidth).toBe(width);
    for (const line of lines) expect([stringWidth(line), line]).toEqual([ruleWidth, line]);
    for (const line of lines)
      expect(line.endsWith('│') || line.endsWith('┐') || line.endsWith('┘')).toBe(true);
    expect(ui.frame()).not.toMatch(/[\u200b\u200f\u202c\u202e\u2060\u00ad\ufeff]/);
    await ui.unmount();
  });
});

// How xterm, tmux 3.3, screen and the Linux console count: each code point alone (a ZWJ, an emoji selector and a
// keycap mark none, a skin tone two), where kitty or WezTerm count a whole emoji sequence as two.
const codePointWidth = (line: string) => [...line].reduce((sum, c) => sum + stringWidth(c), 0);

describe('the article table with emoji sequences, in a terminal that counts code points', () => {
  it.each([100, 80, 61])('keeps every row as wide as the rules at %i columns', async (width) => {
    const ui = await mount(<ArticleTable rows={TITLES.map(record)} selected={0} width={width} />);
    const lines = ui.frame().split('\n');
    // Each line's width alike however the terminal counts: no right rule wrapped onto a line of its own.
    for (const line of lines) expect([codePointWidth(line), line]).toEqual([width, line]);
    expect(ui.frame()).toContain(width === 100 ? 'Family 👨👩👧 day ❤ in the park' : 'Family 👨👩👧');
    expect(ui.frame()).not.toMatch(/\u200d|\ufe0f|\u20e3|[\u{1f3fb}-\u{1f3ff}]/u);
    await ui.unmount();
  });
});

describe('the article table in the width the layout gives it', () => {
  // 60 is the smallest window brief draws; 79/80 and 119/120 are either side of the widths where columns change.
  it.each([60, 61, 79, 80, 99, 100, 119, 120, 200])('is exactly %i columns wide', async (width) => {
    const titles = ['Storm shuts the port', 'A longer title that is cut to fit the column it is given'];
    // The test terminal is 100 columns; the box gives the table the window's width, as the screen's box does.
    const ui = await mount(
      <Box width={width}>
        <ArticleTable rows={titles.map(record)} selected={0} width={width} />
      </Box>,
    );
    const lines = ui.frame().split('\n');
    expect(lines).toHaveLength(titles.length + 3);
    expect(lines.map((l) => stringWidth(l))).toEqual(lines.map(() => width));
    expect(ui.frame()).toContain(' Storm shuts the port ');
    await ui.unmount();
  });
});

describe("the article lines drawn beside ink-table's heading", () => {
  // The screen columns of the rules in a line.
  const bars = (line: string) => {
    const at: number[] = [];
    let column = 0;
    for (const c of line) {
      if (c === '│') at.push(column);
      column += stringWidth(c);
    }
    return at;
  };

  it.each([100, 85, 70])('put every rule under the heading’s at %i columns', async (width) => {
    const titles = [
      'Storm closes the coast road',
      'A longer title that is cut to fit the column it is given',
    ];
    const ui = await mount(<ArticleTable rows={titles.map(record)} selected={1} width={width} />);
    const [top, heading, ...rest] = ui.frame().split('\n');
    const rows = rest.slice(0, titles.length);
    expect(top?.startsWith('┌')).toBe(true);
    expect(bars(heading ?? '').length).toBe(width >= 80 ? 6 : 5);
    for (const row of rows) expect(bars(row)).toEqual(bars(heading ?? ''));
    expect(rows[0]).toContain(' Storm closes the coast road ');
    expect(rows[0]).toContain(' 1·2·3 ');
    await ui.unmount();
  });
});

describe('the top rule saying rows are new above the window', () => {
  it.each([60, 80, 120])(
    'keeps the rule %i columns wide, its crosses over the heading’s rules',
    async (width) => {
      const titles = ['Storm closes the coast road'];
      const ui = await mount(
        <Box width={width}>
          <ArticleTable rows={titles.map(record)} selected={0} width={width} above="↑ 12 new above" />
        </Box>,
      );
      const [top, heading] = ui.frame().split('\n');
      expect(top).toMatch(/^┌────┬─ ↑ 12 new above ─+┬.*┐$/);
      expect(stringWidth(top ?? '')).toBe(width);
      const crosses = (line: string, mark: string) => [...line].flatMap((c, i) => (c === mark ? [i] : []));
      expect(crosses(top ?? '', '┬')).toEqual(crosses(heading ?? '', '│').slice(1, -1));
      await ui.unmount();
    },
  );

  it('cuts the words to the title column, and says nothing where there is no room', () => {
    expect(labelledRule([4, 12, 12], 1, '↑ 12 new above')).toEqual({
      before: '┌────┬─',
      label: ' ↑ 12 new…',
      after: '─┬────────────┐',
    });
    expect(labelledRule([4, 12, 12], 1, '↓ 4 new below', 'bottom')).toEqual({
      before: '└────┴─',
      label: ' ↓ 4 new…',
      after: '──┴────────────┘',
    });
    expect(labelledRule([4, 4, 12], 1, '↑ 12 new above')).toEqual({
      before: '┌────┬─',
      label: '',
      after: '───┬────────────┐',
    });
  });
});
