import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {article, analysis, fakeIndexing, storeOf} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// A first index on a disk that filled up: the rows it had listed stayed "…", and an article opened from them said
// "analysing…" in its header and every panel for good, while nothing analysed it; why was only in the list's status
// line, cut at 80 columns ("indexing failed: the disk…").
describe('an article the failed index run did not analyse', () => {
  const failed = 'the disk holding /home/ann/brief.db is full';

  async function opened(columns: number) {
    const store = storeOf(
      [
        article('ferry', {title: 'Portmere ferry timetable changes', date: '2024-03-02'}),
        article('pier', {title: 'Kyle pier to be repaired', date: '2024-03-01'}),
      ],
      {pier: analysis({summary: ['The pier at Kyle will be repaired by March.']})},
    );
    const {indexing, report} = fakeIndexing();
    const ui = await mount(<App store={store} indexing={indexing} size={{columns, rows: 24}} />);
    await act(async () => report({done: 1, total: 2, rate: 0, etaSeconds: null}, false));
    await ui.waitFor('Portmere ferry');
    return {ui, report};
  }

  it('says it was not analysed and why, not "analysing…"', async () => {
    const {ui, report} = await opened(80);
    await ui.press(KEY.enter);
    // While the run goes on, it is on its way.
    let frame = await ui.waitFor('Portmere ferry timetable changes', 'analysing…');
    await act(async () => report({done: 1, total: 2, rate: 0, etaSeconds: null, failed}, true));
    frame = await ui.waitFor('not analysed');
    expect(frame).not.toContain('analysing…');
    // The reason whole, and what to do, where the status line cut it.
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'not analysed: indexing failed: the disk holding /home/ann/brief.db is full. Once what stopped it is mended, start brief again.',
    );
    // The article it did analyse is shown as analysed.
    await ui.press('n');
    frame = await ui.waitFor('The pier at Kyle will be repaired by March.');
    expect(frame).not.toContain('not analysed');
    await ui.unmount();
  });

  it('says so side by side too, the names panels in a word', async () => {
    const {ui, report} = await opened(120);
    await act(async () => report({done: 1, total: 2, rate: 0, etaSeconds: null, failed}, true));
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Once what stopped it is mended');
    expect(frame).not.toContain('analysing…');
    // Header, Summary and each of the five other panels.
    expect(frame.match(/not analysed/g)?.length).toBe(7);
    await ui.unmount();
  });
});
