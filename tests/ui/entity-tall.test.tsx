import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {BLOCK_MOST, blockLineCount, occurrenceLines} from '../../src/ui/state/entity-lines.js';
import {entityMove} from '../../src/ui/state/entity-move.js';
import type {EntityOccurrence} from '../../src/store/index.js';
import type {EntityView} from '../../src/ui/state/app-state.js';
import type {Movement} from '../../src/ui/state/cursor.js';
import {analysis, article, entity} from './helpers/library.js';
import {seededStore} from '../helpers/seeded-store.js';
import {KEY, mount} from './helpers/render.js';

const view: EntityView = {
  mode: 'entity',
  key: 'person:olena petrenko',
  name: 'Olena Petrenko',
  forms: [],
  selected: 0,
};

describe('entityMove: an article block taller than the screen is scrolled before the cursor leaves it', () => {
  // A block of 30 lines on a body of 10: 20 lines hidden below at first.
  const block = {lines: 30, body: 10};
  it.each([
    // start (selected, within), movement, count, expected (selected, within)
    [[0, 0], 'down', 3, [0, 1]],
    [[0, 19], 'down', 3, [0, 20]],
    [[0, 20], 'down', 3, [1, 0]],
    [[0, 0], 'pageDown', 3, [0, 9]],
    [[0, 15], 'pageDown', 3, [0, 20]],
    [[0, 20], 'pageDown', 3, [1, 0]],
    [[0, 5], 'up', 3, [0, 4]],
    [[1, 0], 'up', 3, [0, 0]],
    [[0, 12], 'pageUp', 3, [0, 3]],
    [[0, 12], 'top', 3, [0, 0]],
    [[0, 0], 'bottom', 1, [0, 20]],
    [[0, 5], 'bottom', 3, [2, 0]],
  ] as [[number, number], Movement, number, [number, number]][])(
    'at %j, %s among %i articles → %j',
    ([selected, within], movement, count, [s, w]) => {
      const next = entityMove({...view, selected, within}, movement, count, 2, block);
      expect([next.selected, next.within]).toEqual([s, w]);
    },
  );

  it('a block that fits moves the cursor at once', () => {
    const next = entityMove(view, 'down', 3, 2, {lines: 6, body: 10});
    expect([next.selected, next.within]).toEqual([1, 0]);
  });
});

describe('the entity view of a person named in forty sentences of one article', () => {
  it('scrolls down the article with j and Space to its last sentence, and back up to its title with k and g', async () => {
    const paragraphs = Array.from({length: 40}, (_, i) => `Olena Petrenko inspected berth ${i + 1} at dawn.`);
    const store = seededStore(
      [article('harbour', {title: 'Harbour inspections', date: '2024-03-01', paragraphs})],
      {harbour: analysis({people: [entity('Olena Petrenko', 40)]})},
    );
    const ui = await mount(<App store={store} size={{columns: 80, rows: 20}} />);
    await ui.waitFor('1 article ');
    await ui.press('/', 'p', 'e', 't', 'r', 'e', 'n', 'k', 'o');
    await ui.waitFor('Olena Petrenko');
    await ui.press(KEY.enter);
    let frame = await ui.waitFor('inspected berth 1 at dawn');
    expect(frame).not.toContain('berth 40 at');
    await ui.press('j');
    frame = await ui.waitUntil((f) => !f.includes('Harbour inspections'));
    expect(frame).toContain('berth 2 at dawn');
    await ui.press('k');
    await ui.waitFor('▶ Harbour inspections');
    for (let i = 0; i < 5; i++) await ui.press(' ');
    frame = await ui.waitFor('berth 40 at dawn');
    await ui.press('g');
    frame = await ui.waitFor('▶ Harbour inspections');
    await ui.press('G');
    await ui.waitFor('berth 40 at dawn');
    await ui.unmount();
  });
});

describe('the entity view of a place named in 2,000 sentences of one article (a page of 4 MB from a feed)', () => {
  it('lays out the first BLOCK_MOST sentences and says how many more the article has, at any key', () => {
    const sentences = Array.from({length: 2000}, (_, i) => `The ferry left Bergen for the ${i + 1}th time.`);
    const quotes = Array.from({length: BLOCK_MOST + 1}, (_, i) => ({
      text: `Bergen is home, crossing ${i + 1}.`,
      speaker: null,
    }));
    const occurrence: EntityOccurrence = {
      articleId: 'ferry',
      title: 'Ferry log',
      date: '2024-03-01',
      mentions: 2000,
      sentences,
      quotes,
    };
    const lines = occurrenceLines([occurrence], ['Bergen'], 76).map((l) =>
      l.segments.map((s) => s.text).join(''),
    );
    expect(lines.filter((l) => l.startsWith('  · '))).toHaveLength(BLOCK_MOST);
    expect(lines).toContain(`  · The ferry left Bergen for the ${BLOCK_MOST}th time.`);
    expect(lines).not.toContain(`  · The ferry left Bergen for the ${BLOCK_MOST + 1}th time.`);
    expect(lines).toContain(
      `    … and ${2000 - BLOCK_MOST} more sentences name it (Enter opens the article)`,
    );
    expect(lines.filter((l) => l.startsWith('  — '))).toHaveLength(BLOCK_MOST);
    expect(lines).toContain('    … and 1 more quote (Enter opens the article)');
    // Counted as laid out, for the moves that scroll the block.
    expect(blockLineCount(occurrence, [], 76)).toBe(lines.length);
  });

  it('G shows the end of the block: the line saying how many more, not the 2,000th sentence', async () => {
    const paragraphs = Array.from(
      {length: 2000},
      (_, i) => `Olena Petrenko inspected berth ${i + 1} at dawn.`,
    );
    const store = seededStore(
      [article('harbour', {title: 'Harbour inspections', date: '2024-03-01', paragraphs})],
      {harbour: analysis({people: [entity('Olena Petrenko', 2000)]})},
    );
    const ui = await mount(<App store={store} size={{columns: 80, rows: 20}} />);
    await ui.waitFor('1 article ');
    await ui.press('/', 'p', 'e', 't', 'r', 'e', 'n', 'k', 'o');
    await ui.waitFor('Olena Petrenko');
    await ui.press(KEY.enter);
    await ui.waitFor('inspected berth 1 at dawn');
    await ui.press('G');
    const frame = await ui.waitFor(`… and ${2000 - BLOCK_MOST} more sentences name it`);
    expect(frame).toContain(`berth ${BLOCK_MOST} at dawn`);
    expect(frame).not.toContain(`berth ${BLOCK_MOST + 1} at dawn`);
    await ui.unmount();
  });
});
