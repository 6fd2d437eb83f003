import React from 'react';
import {describe, expect, it, vi} from 'vitest';
import type {ArticleRecord} from '../../src/store/index.js';
import {article} from './helpers/library.js';
import {mount} from './helpers/render.js';

// A list move changes two rows (the one left and the one selected): the other rows of the window must not be drawn
// again. Each row fits its cells' texts with text.ts's `fit`, so the calls count the rows drawn.
const fitted = vi.hoisted(() => ({calls: 0}));
vi.mock('../../src/ui/text.js', async (original) =>
  (await import('./helpers/counted-fit.js')).countedFit(original, fitted),
);

const {ArticleTable, tableColumns} = await import('../../src/ui/components/ArticleTable.js');

const rows: ArticleRecord[] = Array.from({length: 30}, (_, i) => ({
  ...article(`a${i}`, {title: `Harbour ferry timetable ${i}`}),
  read: false,
  favourite: false,
  counts: {people: 1, quotes: 0, facts: 2},
}));

describe('the article table on a list move', () => {
  it('draws again only the two rows whose selection changed', async () => {
    const width = 120;
    const cells = tableColumns(width).length;
    const ui = await mount(<ArticleTable rows={rows} selected={3} width={width} />);
    expect(fitted.calls).toBe(rows.length * cells);
    fitted.calls = 0;
    await ui.rerender(<ArticleTable rows={rows} selected={4} width={width} />);
    expect(fitted.calls).toBe(2 * cells);
    expect(ui.frame()).toContain('Harbour ferry timetable 4');
    await ui.unmount();
  });
});
