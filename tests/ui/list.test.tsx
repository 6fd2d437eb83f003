import React, {act} from 'react';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../src/library/index.js';
import type {ArticleRecord, Store} from '../../src/store/index.js';
import {App} from '../../src/ui/App.js';
import {emptyLibraryLines} from '../../src/ui/state/empty-library.js';
import {REFRESH_MS} from '../../src/ui/hooks/use-indexing.js';
import {article, fakeIndexing, storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

const size = {columns: 100, rows: 20};

function manyArticles(n: number) {
  return Array.from({length: n}, (_, i) =>
    article(`a${String(i).padStart(3, '0')}`, {
      title: `Story number ${i}`,
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }),
  );
}

/**
 * A store over `all` that lists only the articles known so far, as an index run finds them, with the fake indexing
 * that reports its progress: `know(ids)` sets what the store lists, `report` what indexing says, and waits out the
 * reader's refresh timer inside act() (reports closer than REFRESH_MS are folded by a timer).
 */
function growingLibrary(all: readonly Article[], first: readonly Article[]) {
  const full = storeOf([...all], {});
  let known = new Set(first.map((a) => a.id));
  const store: Store = {
    ...full,
    listArticles: (): ArticleRecord[] => full.listArticles().filter((a) => known.has(a.id)),
    firstArticles: undefined,
    articlesAfter: undefined,
  };
  const {indexing, report} = fakeIndexing();
  return {
    full,
    store,
    indexing,
    know(articles: readonly Article[]): number {
      known = new Set(articles.map((a) => a.id));
      return known.size;
    },
    async report(done: number, total: number, finished: boolean): Promise<void> {
      await act(async () => {
        report({done, total, rate: 1, etaSeconds: finished ? 0 : total - done}, finished);
        await new Promise((r) => setTimeout(r, REFRESH_MS + 20));
      });
    },
  };
}

describe('article list', () => {
  it('shows the status line, a table row per article newest first, "…" counts before analysis, and the footer', async () => {
    const {articles, analyses} = sampleLibrary();
    // The market report is not analysed yet.
    const analysed = Object.fromEntries(Object.entries(analyses).filter(([id]) => id !== 'market'));
    const ui = await mount(<App store={storeOf(articles, analysed)} size={size} />);
    const frame = await ui.waitFor('3 articles');
    expect(frame).toContain('3 unread');
    expect(frame).toContain('filter: all');
    const rows = frame.split('\n');
    const at = (t: string) => rows.findIndex((r) => r.includes(t));
    expect(at('Drones hit the capital')).toBeLessThan(at('Leaders meet'));
    expect(at('Leaders meet')).toBeLessThan(at('Markets calm'));
    expect(rows[at('Markets calm')]).toContain('…');
    expect(rows[at('Drones hit')]).toContain('●');
    expect(frame).toMatch(/Enter open/);
    expect(frame).toMatch(/q quit/);
    await ui.unmount();
  });

  it('renders only the rows that fit and keeps the selection visible (G, g, PgDn)', async () => {
    const store = storeOf(manyArticles(60), {});
    const ui = await mount(<App store={store} size={size} />);
    let frame = await ui.waitFor('60 articles');
    expect(frame.split('\n').length).toBeLessThanOrEqual(size.rows - 1);
    const first = store.listArticles()[0]?.title ?? '';
    const last = store.listArticles()[59]?.title ?? '';
    expect(frame).toContain(first);
    expect(frame).not.toContain(last);
    await ui.press('G');
    frame = await ui.waitFor(last);
    expect(frame).not.toContain(`${first} `);
    expect(frame.split('\n').length).toBeLessThanOrEqual(size.rows - 1);
    await ui.press('g');
    await ui.waitFor(first);
    await ui.press(KEY.pageDown, KEY.pageDown, KEY.pageDown, KEY.pageDown, KEY.pageDown);
    frame = await ui.waitFor(last);
    await ui.unmount();
  });

  it('pages down twice for Ctrl+F Ctrl+F sent in one write', async () => {
    const store = storeOf(manyArticles(60), {});
    const ui = await mount(<App store={store} size={size} />);
    await ui.waitFor('60 articles');
    await ui.press('\u0006\u0006');
    // A page is 14 rows less one kept in view: two of them put the cursor on row 26 (0-based).
    await ui.press(KEY.enter);
    const title = store.listArticles()[26]?.title ?? '';
    const frame = await ui.waitFor('Summary');
    expect(frame.split('\n')[0]).toBe(title);
    await ui.unmount();
  });

  it('opens a first run at the top, newest first, cursor on the first row, while indexing inserts rows', async () => {
    const all = manyArticles(60);
    const lib = growingLibrary(all, []);
    const full = lib.full;
    // Rows arrive in the order files are indexed: a fixed shuffle, fifteen at a time.
    const order = all.map((_, i) => (i * 37) % all.length);
    const ui = await mount(<App store={lib.store} indexing={lib.indexing} size={size} />);
    await ui.waitFor('0 articles');
    for (let done = 15; done <= all.length; done += 15) {
      const shown = lib.know(order.slice(0, done).map((i) => all[i] as Article));
      await lib.report(done, all.length, false);
      await ui.waitFor(`${shown} articles`);
    }
    const newest = full.listArticles()[0]?.title ?? '';
    const frame = ui.frame();
    // Table rows are the lines between the side rules, less the heading.
    const rows = frame.split('\n').filter((l) => l.startsWith('│') && !l.includes('Title'));
    expect(rows[0]).toContain(newest);
    await ui.press(KEY.enter);
    const opened = await ui.waitFor('Summary');
    expect(opened.split('\n')[0]).toBe(newest);
    await ui.unmount();
  });

  it('says "↑ N new above" for rows indexing adds above a scrolled-down table, keeps the cursor’s row, clears at the top', async () => {
    const all = manyArticles(60);
    // Three made-up stories dated after every other: they sort above the rest when indexing finds them.
    const later = [1, 2, 3].map((i) =>
      article(`late${i}`, {title: `Late story ${i}`, date: `2024-02-0${i}`}),
    );
    const lib = growingLibrary([...all, ...later], all);
    const store = lib.store;
    const ui = await mount(<App store={store} indexing={lib.indexing} size={size} />);
    await ui.waitFor('60 articles');
    // Two pages down: the cursor on row 26, the table's window well below the top.
    await ui.press(KEY.pageDown, KEY.pageDown);
    const cursorTitle = store.listArticles()[26]?.title ?? '';
    await ui.waitFor(cursorTitle);
    const before = ui.frame().split('\n');
    expect(ui.frame()).not.toContain('new above');
    lib.know([...all, ...later]);
    await lib.report(63, 63, true);
    let frame = await ui.waitFor('63 articles', '↑ 3 new above');
    // The rows on show and the cursor's row are where they were: only the top rule and the status line changed.
    const after = frame.split('\n');
    expect(after.slice(2)).toEqual(before.slice(2));
    expect(frame).not.toContain('Late story');
    // Enter opens the row the cursor was on before the rows came.
    await ui.press(KEY.enter);
    expect((await ui.waitFor('Summary')).split('\n')[0]).toBe(cursorTitle);
    await ui.press(KEY.esc);
    await ui.waitFor('↑ 3 new above');
    // g goes to the top: the new rows show and the hint goes.
    await ui.press('g');
    frame = await ui.waitFor('Late story 3');
    expect(frame).not.toContain('new above');
    await ui.unmount();
  });

  it.each([60, 80, 120])(
    'says "↓ N new below" at %i columns for rows a refresh lands below the window, until they scroll into view',
    async (columns) => {
      const all = manyArticles(60);
      // Four made-up items dated before every other: they sort below the rest, out of the first screen.
      const older = [1, 2, 3, 4].map((i) =>
        article(`old${i}`, {title: `Older item ${i}`, date: `2023-12-0${i}`}),
      );
      const lib = growingLibrary([...all, ...older], all);
      const ui = await mount(<App store={lib.store} indexing={lib.indexing} size={{columns, rows: 20}} />);
      await ui.waitFor('60 articles');
      const before = ui.frame().split('\n');
      expect(ui.frame()).not.toContain('new below');
      lib.know([...all, ...older]);
      await lib.report(64, 64, true);
      const frame = await ui.waitFor('64 articles', '↓ 4 new below');
      expect(frame).not.toContain('Older item');
      // The words are in the table's bottom rule, under the titles; the rows on show are where they were.
      const lines = frame.split('\n');
      const bottom = lines.find((l) => l.startsWith('└')) ?? '';
      expect(bottom).toMatch(/^└────┴─ ↓ 4 new below ─+┴.*┘$/);
      expect(stringWidth(bottom)).toBe(columns);
      const rows = (l: readonly string[]) => l.filter((line) => line.startsWith('│'));
      expect(rows(lines)).toEqual(rows(before));
      // A page down shows none of them yet (they are the last four of 64); G shows them and the words go.
      await ui.press(KEY.pageDown);
      await ui.waitFor('↓ 4 new below');
      await ui.press('G');
      const end = await ui.waitFor('Older item 4');
      expect(end).not.toContain('new below');
      await ui.unmount();
    },
  );

  it('says nothing new below for the rows a first index run lists as it reads the folder', async () => {
    const all = manyArticles(60);
    // The run has read the newest 20 files when the reader opens.
    const lib = growingLibrary(all, all.slice(0, 20));
    const ui = await mount(<App store={lib.store} indexing={lib.indexing} size={size} />);
    await ui.waitFor('20 articles');
    lib.know(all);
    await lib.report(20, 60, false);
    await ui.waitFor('60 articles');
    await lib.report(60, 60, true);
    expect(ui.frame()).not.toContain('new below');
    await ui.unmount();
  });

  it('reads the list again after an indexing run that changed data, not after one that changed nothing', async () => {
    const all = manyArticles(30);
    const full = storeOf(all, {});
    let reads = 0;
    const store: Store = {
      ...full,
      listArticles: (): ArticleRecord[] => {
        reads += 1;
        return full.listArticles();
      },
      firstArticles: undefined,
      articlesAfter: undefined,
    };
    const {indexing, report} = fakeIndexing();
    const ui = await mount(<App store={store} indexing={indexing} size={size} />);
    await ui.waitFor('30 articles');
    const before = reads;
    const progress = {done: 0, total: 0, rate: 0, etaSeconds: null};
    await act(async () => {
      report({...progress, changed: false}, false);
      await new Promise((r) => setTimeout(r, REFRESH_MS + 20));
      report({...progress, changed: false}, true);
    });
    await ui.press('j');
    expect(reads).toBe(before);
    await act(async () => report({...progress, changed: true}, true));
    await ui.press('j');
    expect(reads).toBe(before + 1);
    await ui.unmount();
  });

  it('truncates long titles instead of wrapping a row, and strips control sequences from store text', async () => {
    const long = `${'Very long headline '.repeat(12)}END`;
    const store = storeOf(
      [article('x', {title: `\u001b[2J\u001b]0;pwned\u0007${long}`, source: 'Wire\u001b[31m'})],
      {},
    );
    const ui = await mount(<App store={store} size={{columns: 70, rows: 16}} />);
    const frame = await ui.waitFor('1 article ·');
    expect(frame).not.toContain('END');
    expect(frame).not.toContain('\u001b]0');
    expect(frame).not.toContain('pwned');
    const row = frame.split('\n').find((r) => r.includes('Very long'));
    expect(row).toContain('…');
    expect([...(row ?? '')].length).toBeLessThanOrEqual(70);
    await ui.unmount();
  });

  it('filters with Tab (unread, favourites) and persists m and f through the store', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ui = await mount(<App store={store} size={size} />);
    await ui.waitFor('3 unread');
    await ui.press('m');
    await ui.waitFor('2 unread');
    await ui.waitUntil(() => store.listArticles().find((a) => a.id === 'strike')?.read === true);
    await ui.press('j', 'f');
    await ui.waitUntil(() => store.listArticles().find((a) => a.id === 'summit')?.favourite === true);
    await ui.press(KEY.tab);
    let frame = await ui.waitFor('filter: unread');
    expect(frame).not.toContain('Drones hit');
    expect(frame).toContain('Leaders meet');
    await ui.press(KEY.tab);
    frame = await ui.waitFor('filter: favourites');
    expect(frame).toContain('Leaders meet');
    expect(frame).not.toContain('Markets calm');
    await ui.press(KEY.shiftTab, KEY.shiftTab);
    await ui.waitFor('filter: all');
    await ui.unmount();
  });

  it('under the unread filter, m leaves the row in place shown read, so a second m undoes it', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const ui = await mount(<App store={store} size={size} />);
    await ui.waitFor('3 unread');
    await ui.press(KEY.tab);
    await ui.waitFor('filter: unread (3 shown)');
    await ui.press('m');
    // The status line says why three rows show beside two unread.
    let frame = await ui.waitFor('2 unread · filter: unread (3 shown, 1 read since)');
    const rows = (f: string) => f.split('\n').filter((l) => l.startsWith('│') && !l.includes('Title'));
    // Still three rows, the first without its unread dot, the cursor still on it.
    expect(rows(frame)).toHaveLength(3);
    expect(rows(frame)[0]).toContain('Drones hit');
    expect(rows(frame)[0]).not.toContain('●');
    await ui.press('m');
    frame = await ui.waitFor('3 unread · filter: unread (3 shown)');
    await ui.waitUntil(() => store.listArticles().every((a) => !a.read));
    expect(rows(frame)[0]).toContain('●');
    // Re-applying the filter lets a read row go.
    await ui.press('m');
    await ui.waitFor('2 unread');
    await ui.press(KEY.tab, KEY.shiftTab);
    frame = await ui.waitFor('filter: unread (2 shown)');
    expect(frame).not.toContain('Drones hit');
    await ui.unmount();
  });

  it('says so when there is no URL opener, and calls the opener with the article URL when there is', async () => {
    const {articles, analyses} = sampleLibrary();
    const none = await mount(<App store={storeOf(articles, analyses)} size={size} />);
    await none.waitFor('3 articles');
    await none.press('o');
    await none.waitFor('No system opener');
    await none.unmount();
    const opened: string[] = [];
    const ui = await mount(
      <App store={storeOf(articles, analyses)} size={size} openUrl={(u) => opened.push(u)} />,
    );
    await ui.waitFor('3 articles');
    await ui.press('o');
    await ui.waitFor('Opening https://example.com/strike');
    expect(opened).toEqual(['https://example.com/strike']);
    await ui.unmount();
    // An address that is no web page's is not opened, and the message says so rather than "Opening".
    const [first, ...rest] = articles;
    if (!first) throw new Error('sample library is empty');
    const scripted = [{...first, url: 'javascript:alert(1)'}, ...rest];
    const risky = await mount(
      <App store={storeOf(scripted, analyses)} size={size} openUrl={(u) => opened.push(u)} />,
    );
    await risky.waitFor('3 articles');
    await risky.press('o');
    await risky.waitFor('Not opened: not a web address (javascript:alert(1))');
    expect(opened).toEqual(['https://example.com/strike']);
    await risky.unmount();
  });
});

describe('an empty library', () => {
  /** The reader on an empty store at 60×15, with its indexing run driven by the test. */
  const emptyLibrary = async () => {
    const {indexing, report} = fakeIndexing();
    const ui = await mount(
      <App
        store={storeOf([], {})}
        indexing={indexing}
        library="/home/ann/news"
        size={{columns: 60, rows: 15}}
      />,
    );
    return {ui, report};
  };

  it('says where brief looked and how to add articles, once the scan has found nothing', async () => {
    const {ui, report} = await emptyLibrary();
    // While the scan runs, an empty list is not yet news.
    let frame = await ui.waitFor('Looking for articles in /home/ann/news');
    expect(frame).not.toContain('No articles');
    // Once the files are found, how many of them are read so far (a large library's first run reads for seconds).
    await act(async () =>
      report({done: 0, total: 10000, rate: 0, etaSeconds: null, reading: {done: 3200, total: 10000}}, false),
    );
    frame = await ui.waitFor('Reading 3,200 of 10,000 files in /home/ann/news…');
    await act(async () => report({done: 0, total: 0, rate: 0, etaSeconds: null}, true));
    frame = await ui.waitFor('No articles in /home/ann/news');
    expect(frame).toContain('.txt');
    expect(frame).toContain('--articles');
    for (const l of frame.split('\n')) expect([...l].length).toBeLessThanOrEqual(60);
    // The footer offers no key that would act on a row: there is none.
    const footer = frame.trimEnd().split('\n').at(-1) ?? '';
    expect(footer).toContain('quit');
    for (const rowKey of ['move', 'open', 'read', 'favourite']) expect(footer).not.toContain(rowKey);
    await ui.unmount();
  });

  // A folder of four files none of which could be read said "No articles in …" and to add some there, the reasons cut
  // off at the status line's end.
  it('says that the files there could not be read, rather than that the folder holds none', async () => {
    const {ui, report} = await emptyLibrary();
    await ui.waitFor('Looking for articles in /home/ann/news');
    const skipped = {count: 4, first: 'empty file (empty.txt)'};
    await act(async () => report({done: 0, total: 0, rate: 0, etaSeconds: null, skipped}, true));
    const frame = await ui.waitFor('none of its 4 files');
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'No articles in /home/ann/news: none of its 4 files could be read (empty file (empty.txt), …; brief index lists them all).',
    );
    // One file: its reason whole.
    expect(
      emptyLibraryLines('/home/ann/news', false, 200, null, null, {
        count: 1,
        first: 'binary file (a.txt)',
      })[0],
    ).toBe('No articles in /home/ann/news: its one file could not be read: binary file (a.txt).');
    await ui.unmount();
  });

  // A database on a full disk: no row could be written, and the reader said "No articles in …" and how to add some
  // over a folder of 300 files, the reason cut off at the status line's end.
  it('says that indexing failed, and why, rather than that the folder holds no articles', async () => {
    const {ui, report} = await emptyLibrary();
    await ui.waitFor('Looking for articles in /home/ann/news');
    const failed = 'the disk holding /home/ann/brief.db is full';
    await act(async () => report({done: 0, total: 300, rate: 0, etaSeconds: null, failed}, true));
    const frame = await ui.waitFor('is full');
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'No articles listed: indexing /home/ann/news failed: the disk holding /home/ann/brief.db is full.',
    );
    expect(frame).not.toContain('No articles in');
    expect(frame).not.toContain('--articles');
    await ui.unmount();
  });

  it('says what a filter that shows nothing is waiting for', async () => {
    const ui = await mount(<App store={storeOf([article('a')], {})} size={size} />);
    let frame = await ui.waitFor('1 article ·');
    expect(frame.trimEnd().split('\n').at(-1)).toContain('move');
    await ui.press(KEY.tab, KEY.tab);
    frame = await ui.waitFor('filter: favourites', 'no favourites yet');
    const footer = frame.trimEnd().split('\n').at(-1) ?? '';
    expect(footer).toContain('filter');
    expect(footer).not.toContain('move');
    // In search the list's emptiness takes nothing from the footer.
    await ui.press('/');
    frame = await ui.waitFor('Search');
    expect(frame.trimEnd().split('\n').at(-1)).toContain('open');
    await ui.unmount();
  });
});

describe('the URL o reports', () => {
  const url =
    'https://example.com/wiki/Search_for_survivors_of_the_Aegean_Sea_earthquake_ends_after_five_days';
  it.each([
    ['with an opener', true, 'Opening'],
    ['without one', false, 'No system opener found.'],
  ])(
    'is shown whole at 60 columns %s, wrapped over the footer, the frame still fitting',
    async (_, has, says) => {
      const store = storeOf([article('quake', {title: 'Search ends', url})], {});
      const small = {columns: 60, rows: 15};
      const ui = await mount(<App store={store} size={small} {...(has ? {openUrl: () => {}} : {})} />);
      await ui.waitFor('1 article ·');
      await ui.press('o');
      const frame = await ui.waitFor(says);
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(small.rows - 1);
      for (const l of lines) expect([...l].length).toBeLessThanOrEqual(small.columns);
      // The URL's pieces, end to end, are the URL.
      const from = lines.findIndex((l) => l.includes(says));
      expect(lines.slice(from).join('').replace(/\s+/g, '')).toContain(url);
      // The next key clears the message and the table has its rows back.
      await ui.press('j');
      await ui.waitUntil((f) => !f.includes(says) && f.includes('q quit'));
      await ui.unmount();
    },
  );
});

describe('untrusted text from the store', () => {
  it('reaches the screen without escape sequences: titles, sources, names, quotes, URLs in messages', async () => {
    const evil = '\u001b]0;owned\u0007\u001b[2J\u001b[31m';
    const {analysis, entity} = await import('./helpers/library.js');
    const store = storeOf(
      [
        article('x', {
          title: `T${evil}itle`,
          source: `S${evil}rc`,
          url: `https://e.com/${evil}`,
          paragraphs: [`Body ${evil} text.`],
        }),
      ],
      {
        x: analysis({
          summary: [`Sum${evil}mary`],
          people: [entity(`Pe${evil}rson`)],
          quotes: [{text: `Quo${evil}te`, speaker: `Pe${evil}rson`}],
        }),
      },
    );
    const frames: string[] = [];
    const ui = await mount(<App store={store} size={size} openUrl={() => {}} />);
    frames.push(await ui.waitFor('Title'));
    await ui.press('o');
    frames.push(await ui.waitFor('Opening https://e.com/'));
    await ui.press(KEY.enter);
    frames.push(await ui.waitFor('Summary', 'Person — “Quote”'));
    await ui.press('t');
    frames.push(await ui.waitFor('Body text.'));
    for (const f of frames) {
      for (const bad of ['\u001b', '\u0007', 'owned']) expect(f).not.toContain(bad);
    }
    await ui.unmount();
  });
});

describe('a stage that failed during indexing', () => {
  it('is reported on the status line, with the stage and its reason', async () => {
    const {indexing, report} = fakeIndexing();
    const ui = await mount(
      <App
        store={storeOf([article('a'), article('b')], {})}
        indexing={indexing}
        size={{columns: 120, rows: 20}}
      />,
    );
    let frame = await ui.waitFor('2 articles');
    expect(frame).not.toContain('analysed in part');
    const failures = {count: 1, first: 'analysis incomplete: stage facts failed: facts made to fail'};
    await act(async () => report({done: 2, total: 2, rate: 1, etaSeconds: 0, failures}, true));
    frame = await ui.waitFor('1 analysed in part: stage facts failed: facts made to fail');
    await act(async () =>
      report(
        {done: 2, total: 2, rate: 1, etaSeconds: 0, failures: {count: 2, first: 'too long to analyse'}},
        true,
      ),
    );
    frame = await ui.waitFor('2 not analysed: too long to analyse');
    await ui.unmount();
  });
});

describe('a long web address in the footer', () => {
  it('is shown whole, wrapped over the lines it needs, when there is no opener', async () => {
    const {articles, analyses} = sampleLibrary();
    const [first, ...rest] = articles;
    if (!first) throw new Error('sample library is empty');
    // 400 characters: a news address with its tracking parameters, six lines at 80 columns.
    const url = `https://example.com/2024/06/03/harbour-plan?${'utm_source=feed&utm_medium=rss&'.repeat(12)}ref=x`;
    const ui = await mount(
      <App store={storeOf([{...first, url}, ...rest], analyses)} size={{columns: 80, rows: 20}} />,
    );
    await ui.waitFor('3 articles');
    await ui.press('o');
    const frame = await ui.waitFor('No system opener');
    expect(frame.split('\n').join('')).toContain(url);
    // The table keeps its status line and a row above the message.
    expect(frame).toContain('brief · 3 articles');
    await ui.unmount();
  });
});
