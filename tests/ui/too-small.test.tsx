import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {tooSmallLines} from '../../src/ui/state/too-small.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {mount} from './helpers/render.js';

describe('terminal too small', () => {
  it('fits its note to the window: shorter words when narrow, the way out kept when short', () => {
    const table: [columns: number, rows: number, lines: string[]][] = [
      [40, 12, ['terminal too small', '40×12, needs 60×15', 'enlarge it, or q to quit']],
      [20, 6, ['terminal too small', '20×6, needs 60×15', 'q to quit']],
      [12, 6, ['too small', 'needs 60×15', 'q to quit']],
      [80, 3, ['terminal too small', 'enlarge it, or q to quit']],
      [15, 2, ['q to quit']],
      [15, 1, ['q to quit']],
    ];
    for (const [columns, rows, lines] of table)
      expect([columns, rows, tooSmallLines(columns, rows).map((l) => l.text)]).toEqual([
        columns,
        rows,
        lines,
      ]);
  });

  it('says "q to quit" whole in a 20×6 window, and leaves a 15×2 window its last row', async () => {
    const {articles, analyses} = sampleLibrary();
    const ui = await mount(<App store={storeOf(articles, analyses)} size={{columns: 20, rows: 6}} />);
    const frame = await ui.waitFor('too small');
    expect(frame).toContain('q to quit');
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(20);
    expect(frame.split('\n').length).toBeLessThan(6);
    await ui.rerender(<App store={storeOf(articles, analyses)} size={{columns: 15, rows: 2}} />);
    expect((await ui.waitFor('q to quit')).split('\n')).toEqual(['q to quit']);
    await ui.unmount();
  });
});
