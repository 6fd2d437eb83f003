import {afterEach, describe, expect, it, vi} from 'vitest';
import {itemProblems} from '../../src/cli/feeds-target.js';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {newsPage} from '../fixtures/web/pages.js';
import {articles, feedLibraries, HARBOUR_TEXT} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();
const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
});

describe('an item not read for now', () => {
  // Its page answered 503 at every refresh, and every refresh tried it again, for ever.
  it('is tried again at each refresh for three days, then given up and said once', async () => {
    const server = await startServer();
    const pageOf = (slug: string) =>
      newsPage({
        title: `Ferry ${slug}`,
        date: null,
        authors: [],
        paragraphs: [HARBOUR_TEXT, 'The ferry to the island sails an hour later this week.'],
        url: server.url(`/${slug}`),
      });
    server.route('/ferry-late', (res) => res.writeHead(503).end());
    server.route('/ferry-new', {body: pageOf('ferry-new'), type: 'text/html; charset=utf-8'});
    const feed = {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Ferry Times</title>${[
        'ferry-late',
        'ferry-new',
      ]
        .map(
          (slug) =>
            `<item><title>Ferry ${slug}</title><link>${server.url(`/${slug}`)}</link><description>Notice.</description></item>`,
        )
        .join('')}</channel></rss>`,
      type: 'application/rss+xml',
      etag: '"v1"',
    };
    server.route('/feed.xml', feed);
    const {target, fetcher, dir} = library();
    target.feeds.subscribe(server.url('/feed.xml'), null, null);
    const start = Date.UTC(2026, 2, 2, 9);
    vi.useFakeTimers({toFake: ['Date'], now: start});
    const tries = () => server.requests.filter((r) => r.path === '/ferry-late').length;
    const refresh = async (day: number) => {
      vi.setSystemTime(start + day * DAY);
      return (await refreshFeeds({target, fetcher})).feeds[0]!;
    };

    const first = await refresh(0);
    expect(first).toMatchObject({added: 1, skipped: 1});
    expect(first.notes.map((n) => n.later)).toEqual([true]);
    expect(articles(dir)).toHaveLength(1);
    // Tried again the next day and two days on: still a 503, still to be tried again.
    for (const day of [1, 2.9]) {
      const again = await refresh(day);
      expect(again).toMatchObject({added: 0, skipped: 1, unreadable: 0});
      expect(again.notes.map((n) => n.later)).toEqual([true]);
    }
    expect(tries()).toBe(3);

    // Three days after it first failed: given up, and said so.
    const last = await refresh(3);
    expect(last).toMatchObject({skipped: 1, unreadable: 0});
    expect(last.notes.map((n) => n.later)).toEqual([false]);
    expect(last.notes[0]?.reason).toMatch(/^HTTP 503\b.*; not read for 3 days, so given up$/);
    expect(itemProblems('Ferry Times', last)[0]).toMatch(
      /^Ferry Times: “Ferry ferry-late” not read: .*; not read for 3 days, so given up \(http:\/\/127\.0\.0\.1:\d+\/ferry-late\)$/,
    );
    expect(last.error).toMatch(/given up/);
    expect(tries()).toBe(4);
    expect(target.feeds.retryKeys().size).toBe(0);

    // The feed's validators are kept, as for an item that can never be read: the next refresh is a 304.
    expect(target.feeds.list()[0]?.etag).toBe('"v1"');
    expect(await refresh(4)).toMatchObject({status: 'unchanged', notes: []});
    // A server that gives no validators: the item is not tried or said again either.
    server.route('/feed.xml', {body: feed.body, type: feed.type});
    expect(await refresh(5)).toMatchObject({skipped: 0, unreadable: 1, notes: [], error: null});
    expect(tries()).toBe(4);
  });
});
