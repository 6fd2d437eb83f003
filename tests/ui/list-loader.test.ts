import {describe, expect, it, vi} from 'vitest';
import type {ArticleRecord} from '../../src/store/index.js';
import {createListLoader, FINISH_AT_ONCE, LIST_QUIET_MS, LIST_SLICE} from '../../src/ui/list-loader.js';
import {seededStore} from '../helpers/seeded-store.js';
import {article} from './helpers/library.js';

/** Made-up reports over many days, some sharing a date and a title, so the pages' order has ties to break. */
function library(n: number) {
  return seededStore(
    Array.from({length: n}, (_, i) =>
      article(`r${i}`, {
        title: `Harbour report ${i % 7}`,
        date:
          i % 11 === 0
            ? null
            : new Date(Date.UTC(2024, 0, 1) - (i % 90) * 86_400_000).toISOString().slice(0, 10),
      }),
    ),
  );
}

describe('the reader reads the full list a slice at a time', () => {
  it('hands over the same list as one read, after letting queued work run between slices', async () => {
    const store = library(LIST_SLICE * 2 + 500);
    const events: string[] = [];
    let ticking = true;
    const tick = (): void => {
      if (!ticking) return;
      if (events.at(-1) !== 'event loop ran') events.push('event loop ran');
      setImmediate(tick);
    };
    const list = await new Promise<ArticleRecord[]>((resolve) => {
      const loader = createListLoader(store, (articles) => {
        events.push('list done');
        resolve(articles);
      });
      loader.reload();
      setImmediate(tick);
    });
    ticking = false;
    expect(list).toEqual(store.listArticles());
    expect(events[0]).toBe('event loop ran');
    expect(events.at(-1)).toBe('list done');
  });

  it('reads no slice while keys are coming in, and finishes once they stop', async () => {
    const store = library(LIST_SLICE * 3);
    const reads = vi.spyOn(store, 'articlesAfter');
    // While the key is held, the last key is always just now.
    let held = true;
    let got: ArticleRecord[] | null = null;
    const loader = createListLoader(
      store,
      (articles) => (got = articles),
      () => (held ? performance.now() : -Infinity),
    );
    loader.reload();
    await new Promise((r) => setTimeout(r, LIST_QUIET_MS * 3));
    expect(reads).not.toHaveBeenCalled();
    held = false;
    await vi.waitFor(() => expect(got).not.toBeNull());
    expect(got).toEqual(store.listArticles());
    expect(reads.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('a reload cancels the read before it: the list is handed over once', async () => {
    const store = library(LIST_SLICE + 10);
    const got: number[] = [];
    const loader = createListLoader(store, (articles) => got.push(articles.length));
    loader.reload();
    loader.reload();
    await vi.waitFor(() => expect(got.length).toBeGreaterThan(0));
    // Anything the first read had queued would have run by now, behind the second's slices.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([LIST_SLICE + 10]);
  });

  // Indexing's reports come about once a second, and on a busy machine a 10,000-article list takes longer to read:
  // each report restarted the read, so a first run's list was not handed over until the files were all read.
  it('soft reloads coming faster than a read finishes still hand lists over, the last one whole', async () => {
    const store = library(LIST_SLICE * 4 + 10);
    const got: number[] = [];
    const loader = createListLoader(store, (articles) => got.push(articles.length));
    const paged = store.articlesAfter;
    if (!paged) throw new Error('the seeded store reads in pages');
    const read = paged.bind(store);
    let reports = 0;
    // A report (a soft reload) after every slice read, twenty in all, as new rows keep being written.
    vi.spyOn(store, 'articlesAfter').mockImplementation((after, limit) => {
      const page = read(after, limit);
      if (reports < 20) {
        reports += 1;
        loader.reload(true);
      }
      return page;
    });
    loader.reload();
    await vi.waitFor(() => expect(reports).toBe(20));
    // Lists came while the reports did, not only after them.
    expect(got.length).toBeGreaterThanOrEqual(3);
    await vi.waitFor(() => expect(got.at(-1)).toBe(LIST_SLICE * 4 + 10));
  });

  it('a soft reload after a read is done reads the list again', async () => {
    const store = library(LIST_SLICE + 10);
    const got: number[] = [];
    const loader = createListLoader(store, (articles) => got.push(articles.length));
    loader.reload();
    await vi.waitFor(() => expect(got).toEqual([LIST_SLICE + 10]));
    loader.reload(true);
    await vi.waitFor(() => expect(got).toEqual([LIST_SLICE + 10, LIST_SLICE + 10]));
  });

  it('a key finishes a small library at once; a large one keeps loading in the background', () => {
    const small = library(FINISH_AT_ONCE - 100);
    const got: number[] = [];
    const loader = createListLoader(small, (articles) => got.push(articles.length));
    loader.reload();
    loader.finishSmall(FINISH_AT_ONCE - 100);
    expect(got).toEqual([FINISH_AT_ONCE - 100]);

    const large = library(FINISH_AT_ONCE + LIST_SLICE + 1);
    const later: number[] = [];
    const big = createListLoader(large, (articles) => later.push(articles.length));
    big.reload();
    big.finishSmall(FINISH_AT_ONCE + LIST_SLICE + 1);
    expect(later).toEqual([]);
    big.cancel();
  });

  it('a key in a large library reads nothing at once even when few rows are left', async () => {
    // 10,000 articles, all but the last 500 read: the key that came then read those 500 (up to FINISH_AT_ONCE) in
    // its own turn, the slowest list move of a session at 10,000 articles.
    const total = FINISH_AT_ONCE * 5;
    const store = library(total);
    const reads = vi.spyOn(store, 'articlesAfter');
    const got: number[] = [];
    const loader = createListLoader(store, (articles) => got.push(articles.length));
    loader.reload();
    while (reads.mock.calls.length * LIST_SLICE < total - 500) await new Promise((r) => setTimeout(r, 0));
    const before = reads.mock.calls.length;
    loader.finishSmall(total);
    expect(reads.mock.calls.length).toBe(before);
    expect(got).toEqual([]);
    while (got.length === 0) await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([total]);
  });
});
