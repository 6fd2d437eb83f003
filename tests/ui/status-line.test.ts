import {describe, expect, it} from 'vitest';
import React from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {fitReasons} from '../../src/ui/state/status-fit.js';
import {displayWidth} from '../../src/ui/text.js';
import {progressText, skippedText, StatusLine} from '../../src/ui/components/StatusLine.js';
import {refreshText} from '../../src/ui/hooks/use-refresh.js';

type StatusProps = React.ComponentProps<typeof StatusLine>;

/** The status line's frame at `columns`, in a box that wide: 280 articles, all unread, no progress, unless given. */
function statusAt(columns: number, props: Partial<StatusProps> = {}): string {
  const ui = render(
    React.createElement(
      Box,
      {width: columns},
      React.createElement(StatusLine, {
        total: 280,
        unread: 280,
        filter: 'all',
        shown: 280,
        progress: null,
        columns,
        ...props,
      }),
    ),
  );
  const frame = ui.lastFrame() ?? '';
  ui.unmount();
  return frame;
}

const progress = (count: number, first: string) => ({
  done: 3,
  total: 3,
  rate: 0,
  etaSeconds: null,
  skipped: {count, first},
});

describe('the status line on skipped files', () => {
  it.each([
    [null, null],
    [progress(1, 'empty file (empty.md)'), '1 skipped: empty file (empty.md)'],
    // More than one: how many, where to see them all, then the first (cut first on a narrow line).
    [
      progress(3, 'binary file (contains NUL bytes), not text (bin.txt)'),
      '3 skipped (brief index lists them): binary file (contains NUL bytes), not text (bin.txt)',
    ],
  ])('%o → %s', (given, expected) => {
    expect(skippedText(given)).toBe(expected);
  });
});

describe('the status line counts', () => {
  it.each([
    [1, 'brief · 1 article · 1 unread'],
    [2, 'brief · 2 articles · 2 unread'],
  ])('%i → %s', (total, expected) => {
    const ui = render(
      React.createElement(StatusLine, {total, unread: total, filter: 'all', shown: total, progress: null}),
    );
    expect(ui.lastFrame()).toContain(expected);
    ui.unmount();
  });
});

// A run that failed while it read the files (a database on a full disk) kept its last "reading 64/300 files"
// beside "indexing failed: …", as if it were still reading.
describe('the status line after a run failed', () => {
  it('shows no progress of the run, only that it failed and why', () => {
    const failed = {
      done: 0,
      total: 300,
      rate: 0,
      etaSeconds: null,
      reading: {done: 64, total: 300},
      failed: 'the disk holding /home/ann/brief.db is full',
    };
    expect(progressText(failed)).toBeNull();
    const frame = statusAt(200, {total: 0, unread: 0, shown: 0, progress: failed});
    expect(frame).toContain('indexing failed: the disk holding /home/ann/brief.db is full');
    expect(frame).not.toContain('reading');
  });
});

describe('the status line while another program holds the write lock', () => {
  const at = (done: number, total: number, waiting?: boolean) => ({
    done,
    total,
    rate: 0,
    etaSeconds: null,
    ...(waiting ? {waiting} : {}),
  });
  it.each([
    [at(4, 10), 'analysing 4/10'],
    [at(4, 10, true), 'analysing 4/10 · waiting for another program to finish writing'],
    // Before anything is counted (the run's first write is the one held), and with the extraction done.
    [at(0, 0, true), 'waiting for another program to finish writing'],
    [at(10, 10, true), 'waiting for another program to finish writing'],
    [at(10, 10), null],
  ])('%o → %s', (given, expected) => {
    expect(progressText(given)).toBe(expected);
  }); // At 80 columns beside "filter: all" the line ran off at "…to finish wri…": the wait said in fewer words.
  it.each([
    [at(20, 280, true), 50, 'analysing 20/280 · waiting for another program'],
    [at(20, 280, true), 28, 'analysing 20/280 · waiting'],
    [at(280, 280, true), 40, 'waiting for another program'],
  ])('%o in %i columns → %s', (given, room, expected) => {
    expect(progressText(given, room)).toBe(expected);
  });
});

describe('the status line at normal widths, with files not analysed and skipped', () => {
  const both = {
    done: 281,
    total: 281,
    rate: 0,
    etaSeconds: null,
    failures: {count: 1, first: 'too long to analyse (more than 10 s)'},
    skipped: {count: 11, first: 'binary file (contains NUL bytes), not text (bin.txt)'},
  };
  it.each([80, 100, 130])('at %i columns both counts show, the reasons cut to fit', (columns) => {
    const line = statusAt(columns, {total: 281, unread: 270, shown: 281, progress: both});
    expect(line).toContain('brief · 281 articles · 270 unread · filter: all');
    expect(line).toContain('· 1 not analysed');
    expect(line).toMatch(/· 11 skipped( |: |…|$)/);
    expect(displayWidth(line)).toBeLessThanOrEqual(columns);
  });

  // At 80 columns "7 skipped (brief index lists…" cut the words that say where to see them.
  it.each([70, 80, 84, 90, 100, 120])(
    'at %i columns where to see the skipped files shows whole or not at all',
    (columns) => {
      const line = statusAt(columns, {
        progress: {
          done: 280,
          total: 280,
          rate: 0,
          etaSeconds: null,
          skipped: {count: 7, first: 'broken symbolic link (its target does not exist) (gone.md)'},
        },
      });
      expect(line).toContain('· 7 skipped');
      expect(line).toMatch(/7 skipped( \(brief index lists them\))?(: .*)?$/);
      expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      if (columns >= 100) expect(line).toContain('(brief index lists them): broken');
    },
  );

  it.each([
    // head, reasons, columns → what shows of each reason
    [10, [': abc', ': defgh'], 40, [': abc', ': defgh']],
    [10, [': abcdefghij', ': defgh'], 34, [': abcdefghij', '']],
    [10, [': abcdefghij', ': defgh'], 30, [': abcde…', '']],
    [10, [': abcdefghij', ': defgh'], 40, [': abcdefghij', ': def…']],
    // No room for more than "…": the reasons go, the counts stay.
    [10, [': abc', ': d'], 23, ['', '']],
  ])('head %i, reasons %o at %i columns → %o', (head, reasons, columns, expected) => {
    const problems = reasons.map((reason, i) => ({count: `${i + 1} x`, reason}));
    expect(fitReasons(head, problems, columns)).toEqual(expected);
  });
});

describe('the footer with indexing progress in a narrow terminal', () => {
  const going = {done: 53, total: 280, rate: 12.3, etaSeconds: 19};
  it.each([120, 100, 80, 60, 50])(
    'keeps the whole count at %i columns, dropping key hints and then the pace first',
    async (columns) => {
      const {Footer} = await import('../../src/ui/components/Footer.js');
      const ui = render(
        React.createElement(Footer, {mode: 'article', message: null, progress: going, columns}),
      );
      const line = ui.lastFrame() ?? '';
      // The count whole: "analysing 53/280", never "53/28…".
      expect(line).toContain('analysing 53/280');
      expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      // The help's key stays.
      expect(line).toContain('? help');
      ui.unmount();
    },
  );
  it('shows the pace too where it fits', async () => {
    const {Footer} = await import('../../src/ui/components/Footer.js');
    const ui = render(
      React.createElement(Footer, {mode: 'article', message: null, progress: going, columns: 200}),
    );
    expect(ui.lastFrame()).toContain('analysing 53/280 · 12/s · 19s left');
    ui.unmount();
  });
});

describe('the status line with indexing progress', () => {
  const going = {done: 20, total: 280, rate: 5.8, etaSeconds: 45.2};
  const line = (columns: number, filter: 'all' | 'unread' = 'all') =>
    statusAt(columns, {filter, progress: going});
  it('drops the rate, then the time left, where the whole does not fit, rather than cut a figure', () => {
    // At 80 columns it read "… · analysing 20/280 · 5.8/s · 46…".
    expect(line(80)).toBe('brief · 280 articles · 280 unread · filter: all · analysing 20/280 · 46s left');
    expect(line(120)).toContain('· analysing 20/280 · 5.8/s · 46s left');
    expect(line(80, 'unread')).toContain('filter: unread (280 shown) · analysing 20/280');
    expect(line(80, 'unread')).not.toContain('…');
  });

  it('keeps its name where the line holds it, a filtered list its counts in fewer words', () => {
    // A filtered list's counts were cut, and so was its name's room: "brief · 280 articles · … (280 sho…".
    expect(line(60, 'unread')).toBe('brief · filter: unread (280 of 280 shown) · analysing 20/280');
    expect(statusAt(60, {filter: 'unread'})).toBe('brief · filter: unread (280 of 280 shown)');
  });
});

describe('the pace of indexing', () => {
  const at = (done: number, total: number, rate: number, etaSeconds: number) => ({
    done,
    total,
    rate,
    etaSeconds,
  });
  it.each([
    // The first texts' pace says little (a cold worker, a handful of samples): not shown before a tenth, at most 20.
    [at(1, 280, 0.8, 329.2), 'analysing 1/280'],
    [at(19, 280, 4.1, 63), 'analysing 19/280'],
    [at(20, 280, 5.8, 45.2), 'analysing 20/280 · 5.8/s · 46s left'],
    [at(3, 30, 2, 13.5), 'analysing 3/30 · 2.0/s · 14s left'],
    [at(2, 30, 2, 14), 'analysing 2/30'],
    // Minutes from 90 s.
    [at(100, 10000, 12, 825), 'analysing 100/10000 · 12/s · 14 min left'],
    [at(100, 10000, 12, 88.2), 'analysing 100/10000 · 12/s · 89s left'],
  ])('%o → %s', (given, expected) => {
    expect(progressText(given)).toBe(expected);
  });
});

describe('the status line with background work', () => {
  const line = (columns: number, total: number, activity: string) =>
    statusAt(columns, {total, unread: total, shown: total, activity});
  // At 60 columns a refresh read '… filter: all · refreshing 0/…', its count cut in the middle.
  it("keeps a refresh's count whole, its other figures giving way first", () => {
    const text = line(60, 4, 'refreshing 0/1 feeds · 0 new');
    expect(text).toContain('refreshing 0/1 feeds');
    expect(displayWidth(text)).toBeLessThanOrEqual(60);
    expect(line(100, 4, 'refreshing 0/1 feeds · 0 new')).toContain('brief · 4 articles');
    expect(line(100, 4, 'refreshing 0/1 feeds · 0 new')).toContain('refreshing 0/1 feeds · 0 new');
  });
  // A refresh's forms, widest first (refreshText): at 60 columns its count of new articles was cut ("refreshing 0/…").
  it.each([
    [80, 'brief · 280 articles · 280 unread · filter: all · refreshing 0/1 feeds · 12 new'],
    [70, '280 articles · 280 unread · filter: all · refreshing 0/1 · 12 new'],
    [60, '280 articles · 280 unread · filter: all · refreshing: 12 new'],
    // (The reader needs 60.) "filter: all" gives way before the word that says the count is the refresh's.
    [50, '280 articles · 280 unread · refreshing: 12 new'],
  ])('at %i columns, keeps the count of new articles of a running refresh: %s', (columns, text) => {
    const forms = refreshText({
      running: true,
      feedsDone: 0,
      feedsTotal: 1,
      added: 12,
      failed: 0,
      outcome: null,
    });
    expect(statusAt(columns, {total: 280, unread: 280, shown: 280, activity: forms})).toBe(text);
  });
  it('says marks wait at 80 columns, the name giving way first, then words at the end', () => {
    const text = line(80, 280, 'marks wait for another program to finish writing');
    expect(text).toContain('280 articles · 280 unread · filter: all · marks wait for another program');
    expect(displayWidth(text)).toBeLessThanOrEqual(80);
  });
});

// At 60 columns a refresh beside the indexing of what it brought read "… · filter: all · 19 new · analysin…".
describe('the status line with a refresh and the indexing of its articles', () => {
  const forms = refreshText({
    running: true,
    feedsDone: 0,
    feedsTotal: 1,
    added: 19,
    failed: 0,
    outcome: null,
  });
  const indexing = {done: 0, total: 6, rate: 0, etaSeconds: null};
  it.each([
    [120, 'brief · 280 articles · 280 unread · filter: all · refreshing 0/1 feeds · 19 new · analysing 0/6'],
    [80, '280 articles · 280 unread · filter: all · refreshing: 19 new · analysing 0/6'],
    // "filter: all" (the list as it starts) gives way before a figure is cut.
    [60, '280 articles · 280 unread · 19 new · analysing 0/6'],
  ])('at %i columns: %s', (columns, text) => {
    expect(statusAt(columns, {activity: forms, progress: indexing})).toBe(text);
  });
  // At 80 columns it read "brief · 1323 articles · 1323 unread · filter: all · 17 new · analysing 1/1000".
  it('says "refreshing" rather than "filter: all" where only one fits', () => {
    const running = refreshText({
      running: true,
      feedsDone: 3,
      feedsTotal: 4,
      added: 17,
      failed: 0,
      outcome: null,
    });
    const big = {total: 1323, unread: 1323, shown: 1323, activity: running};
    expect(statusAt(80, {...big, progress: {done: 1, total: 1000, rate: 0, etaSeconds: null}})).toBe(
      '1323 articles · 1323 unread · refreshing 3/4 feeds · 17 new · analysing 1/1000',
    );
  });
  it('keeps "filter: all" where both fit beside it, and any other filter', () => {
    expect(statusAt(60, {activity: forms})).toContain('filter: all');
    expect(statusAt(60, {progress: indexing})).toContain('filter: all · analysing 0/6');
    // Another filter keeps its name, in fewer words where the work needs the room (a filtered list's counts).
    expect(statusAt(60, {filter: 'unread', activity: forms, progress: indexing})).toBe(
      'unread: 280 of 280 · refreshing 0/1 · 19 new · analysing 0/6',
    );
  });
  it("says a big library's progress whole at 60 columns", () => {
    const big = {done: 100, total: 10000, rate: 0, etaSeconds: null};
    expect(statusAt(60, {total: 10000, unread: 10000, shown: 10000, progress: big})).toBe(
      '10000 articles · 10000 unread · analysing 100/10000',
    );
  });
});

// Under the unread or favourites filter the counts are longer ("filter: unread (280 shown)"): at 60 columns they
// left "· 19…" of a refresh and the indexing of what it brought, and were cut themselves with nothing running.
describe('the status line of a filtered list', () => {
  const forms = refreshText({
    running: true,
    feedsDone: 1,
    feedsTotal: 2,
    added: 19,
    failed: 0,
    outcome: null,
  });
  const indexing = {done: 40, total: 1006, rate: 0, etaSeconds: null};
  const unread = {total: 1323, unread: 1200, shown: 1200, kept: 3, filter: 'unread' as const};
  const starred = {total: 1323, unread: 1323, shown: 12, filter: 'favourites' as const};
  it.each([
    [
      120,
      unread,
      '1323 articles · 1200 unread · filter: unread (1200 shown, 3 read since) · refreshing 1/2 · 19 new · analysing 40/1006',
    ],
    [80, unread, 'filter: unread (1200 of 1323 shown) · refreshing: 19 new · analysing 40/1006'],
    [60, unread, 'unread 1200/1323 · refreshing: 19 new · analysing 40/1006'],
    [80, starred, 'filter: favourites (12 of 1323 shown) · refreshing: 19 new · analysing 40/1006'],
    [60, starred, 'favourites 12/1323 · refreshing: 19 new · analysing 40/1006'],
  ])('at %i columns, a refresh and the indexing whole: %o', (columns, counts, text) => {
    expect(statusAt(columns, {...counts, activity: forms, progress: indexing})).toBe(text);
  });
  it.each([
    [60, {activity: forms}, 'filter: unread (1200 of 1323 shown) · refreshing: 19 new'],
    [60, {progress: indexing}, 'filter: unread (1200 of 1323 shown) · analysing 40/1006'],
    [60, {}, 'brief · filter: unread (1200 of 1323 shown, 3 read since)'],
    [120, {}, 'brief · 1323 articles · 1200 unread · filter: unread (1200 shown, 3 read since)'],
  ])('at %i columns, with %o, the counts in fewer words rather than cut: %s', (columns, work, text) => {
    expect(statusAt(columns, {...unread, ...work})).toBe(text);
  });
});

describe('the footer off the list with a refresh and the indexing of its articles', () => {
  const forms = refreshText({
    running: true,
    feedsDone: 3,
    feedsTotal: 12,
    added: 190,
    failed: 2,
    outcome: null,
  });
  const indexing = {done: 120, total: 1200, rate: 0, etaSeconds: null};
  it.each([
    [100, 'refreshing 3/12 feeds · 190 new · 2 failed · analysing 120/1200'],
    [80, 'refreshing 3/12 feeds · 190 new · 2 failed · analysing 120/1200'],
    // It dropped the indexing from the end: "? help  · refreshing 3/12 feeds · 190 new · 2 failed".
    [60, 'refreshing: 190 new · analysing 120/1200'],
  ])('at %i columns keeps both whole: %s', async (columns, text) => {
    const {Footer} = await import('../../src/ui/components/Footer.js');
    const ui = render(
      React.createElement(
        Box,
        {width: columns},
        React.createElement(Footer, {
          mode: 'article',
          message: null,
          progress: indexing,
          activity: forms,
          columns,
        }),
      ),
    );
    const line = ui.lastFrame() ?? '';
    expect(line).toContain(`? help  · ${text}`);
    expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    ui.unmount();
  });
});
