import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun, leftLine, refreshFeeds} from '../../src/feeds/refresh.js';
import {newsPage} from '../fixtures/web/pages.js';
import {articles, feedLibraries, HARBOUR_TEXT} from '../helpers/feed-library.js';
import {startServer, type TestServer} from '../helpers/web-server.js';

const library = feedLibraries();

/**
 * A made-up feed of `n` full-text items, dated a day apart, listed in `order` (newest first unless 'shuffled'); with
 * `pages`, teasers whose pages that server serves (servePages).
 */
function datedFeed(n: number, order: 'newest-first' | 'shuffled' = 'newest-first', pages?: TestServer) {
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toUTCString();
  const item = (i: number) =>
    `<item><title>Ferry notice ${i}</title><guid isPermaLink="false">f-${i}</guid><pubDate>${day(i)}</pubDate>` +
    (pages
      ? `<link>${pages.url(`/notice-${i}`)}</link><description>Notice ${i}.</description></item>`
      : `<description>${HARBOUR_TEXT} Notice ${i}.</description></item>`);
  const newest = Array.from({length: n}, (_, i) => n - 1 - i);
  // Every third item moved to the end: the feed's order is not its dates'.
  const listed =
    order === 'newest-first'
      ? newest
      : [...newest.filter((i) => i % 3 !== 0), ...newest.filter((i) => i % 3 === 0)];
  return {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Ferry Times</title>${listed.map(item).join('')}</channel></rss>`,
    type: 'application/rss+xml',
    etag: '"v1"',
  };
}

/** The pages of datedFeed's `n` teasers on `server`; those whose number is in `down` answer 503 for now. */
function servePages(server: TestServer, n: number, down: ReadonlySet<number>): void {
  for (let i = 0; i < n; i++) {
    const page = newsPage({
      title: `Ferry notice ${i}`,
      date: null,
      authors: [],
      paragraphs: [HARBOUR_TEXT, `Notice ${i}: the ferry to the island sails an hour later this week.`],
      url: server.url(`/notice-${i}`),
    });
    server.route(`/notice-${i}`, (res) => {
      if (down.has(i)) res.writeHead(503).end();
      else res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page);
    });
  }
}

const numbers = (dir: string): number[] =>
  articles(dir)
    .map((f) => Number(/notice-(\d+)/.exec(f)?.[1]))
    .sort((a, b) => a - b);

describe('the items of one feed taken at a time', () => {
  // A feed of 100,000 teasers fetched 100,000 pages in one add (16 minutes, 593 MB).
  it('takes the newest new items up to the cap; each refresh takes the next ones, and the last stores validators', async () => {
    const server = await startServer({'/feed.xml': datedFeed(12)});
    const {target, fetcher, dir} = library();
    const url = server.url('/feed.xml');
    const counts: number[] = [];
    const run = createRun({target, fetcher, perFeed: 5, onItems: (n) => counts.push(n)});
    const outcome = await addSource(url, run);
    expect(outcome).toMatchObject({kind: 'feed', result: {added: 5, left: 7, items: 12}});
    expect(counts).toEqual([5]);
    expect(numbers(dir)).toEqual([7, 8, 9, 10, 11]);
    if (outcome.kind !== 'feed') throw new Error('not a feed');
    expect(leftLine(outcome.result)).toBe(
      '5 of its 12 items taken (the newest); the other 7 are left for the next refresh',
    );
    // Items left: no validators, so the next refresh is not told 304 and reads the rest.
    expect(target.feeds.list()[0]?.etag).toBeNull();
    const second = await refreshFeeds({target, fetcher, perFeed: 5});
    expect(second.feeds[0]).toMatchObject({added: 5, known: 5, left: 2});
    expect(numbers(dir)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const third = await refreshFeeds({target, fetcher, perFeed: 5});
    expect(third.feeds[0]).toMatchObject({added: 2, known: 10, left: 0});
    expect(numbers(dir)).toHaveLength(12);
    expect(target.feeds.list()[0]?.etag).toBe('"v1"');
  });

  it('takes the newest by date when the feed lists its items in another order', async () => {
    const server = await startServer({'/feed.xml': datedFeed(12, 'shuffled')});
    const {target, fetcher, dir} = library();
    await addSource(server.url('/feed.xml'), createRun({target, fetcher, perFeed: 4}));
    expect(numbers(dir)).toEqual([8, 9, 10, 11]);
  });

  // The left count said 7 here, and the feed's validators waited a refresh more than they had to.
  it('counts as left only the items past the cap that the library does not hold', async () => {
    const server = await startServer({'/feed.xml': datedFeed(5)});
    const {target, fetcher, dir} = library();
    const url = server.url('/feed.xml');
    await addSource(url, createRun({target, fetcher, perFeed: 5}));
    // The feed now lists seven newer items before the five the library holds.
    server.route('/feed.xml', {...datedFeed(12), etag: '"v2"'});
    const first = await refreshFeeds({target, fetcher, perFeed: 5});
    expect(first.feeds[0]).toMatchObject({added: 5, known: 5, left: 2});
    expect(leftLine(first.feeds[0]!)).toBe(
      '10 of its 12 items taken (the newest); the other 2 are left for the next refresh',
    );
    // The new document's validators wait for the items left.
    expect(target.feeds.list()[0]?.etag).toBe('"v1"');
    const second = await refreshFeeds({target, fetcher, perFeed: 5});
    expect(second.feeds[0]).toMatchObject({added: 2, left: 0});
    expect(numbers(dir)).toHaveLength(12);
    expect(target.feeds.list()[0]?.etag).toBe('"v2"');
  });

  // The newest five pages failed (a 503): the next refresh took those five again and no older item, so a feed
  // whose newest pages kept failing never reached the rest.
  it('tries again the items not read for now on top of the cap, so they do not crowd out new ones', async () => {
    const server = await startServer();
    const down = new Set([7, 8, 9, 10, 11]);
    servePages(server, 12, down);
    server.route('/feed.xml', datedFeed(12, 'newest-first', server));
    const {target, fetcher, dir} = library();
    const url = server.url('/feed.xml');
    const first = await addSource(url, createRun({target, fetcher, perFeed: 5}));
    expect(first).toMatchObject({kind: 'feed', result: {added: 0, skipped: 5, left: 7}});
    down.clear();
    const second = await refreshFeeds({target, fetcher, perFeed: 5});
    expect(second.feeds[0]).toMatchObject({added: 10, skipped: 0, left: 2});
    expect(numbers(dir)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('tries again at most the cap of items not read for now, the newest, beside the cap of new ones', async () => {
    const server = await startServer();
    const down = new Set(Array.from({length: 12}, (_, i) => i));
    servePages(server, 12, down);
    server.route('/feed.xml', datedFeed(12, 'newest-first', server));
    const {target, fetcher, dir} = library();
    const run = () => refreshFeeds({target, fetcher, perFeed: 4});
    target.feeds.subscribe(server.url('/feed.xml'), null, null);
    expect((await run()).feeds[0]).toMatchObject({added: 0, skipped: 4, left: 8});
    // Four tried again (8-11), four new (4-7); 0-3 left.
    expect((await run()).feeds[0]).toMatchObject({added: 0, skipped: 8, left: 4});
    down.clear();
    // The newest four not read (8-11) and the last four new (0-3); 4-7 wait their turn.
    expect((await run()).feeds[0]).toMatchObject({added: 8, skipped: 0, left: 4});
    expect(numbers(dir)).toEqual([0, 1, 2, 3, 8, 9, 10, 11]);
    expect((await run()).feeds[0]).toMatchObject({added: 4, left: 0});
    // Each item's record of a try to come goes once it is written.
    expect(target.feeds.retryKeys().size).toBe(0);
  });

  it('takes every item of a feed within the cap, and says nothing of it', async () => {
    const server = await startServer({'/feed.xml': datedFeed(5)});
    const {target, fetcher} = library();
    const outcome = await addSource(server.url('/feed.xml'), createRun({target, fetcher, perFeed: 5}));
    expect(outcome).toMatchObject({kind: 'feed', result: {added: 5, left: 0}});
    if (outcome.kind === 'feed') expect(leftLine(outcome.result)).toBeNull();
  });
});
