import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {articles, feedLibraries, HARBOUR_TEXT} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

/** A made-up feed of `n` full-text items dated a day apart, newest first, its items' ids and links its own. */
function feed(name: string, n: number) {
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toUTCString();
  const item = (i: number) =>
    `<item><title>Ferry notice ${i}</title><link>https://${name}.example/notice/${i}</link>` +
    `<guid isPermaLink="false">${name}-${i}</guid><pubDate>${day(i)}</pubDate>` +
    `<description>${HARBOUR_TEXT} Notice ${i}.</description></item>`;
  const items = Array.from({length: n}, (_, i) => item(n - 1 - i)).join('');
  return {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title>${items}</channel></rss>`,
    type: 'application/rss+xml',
    etag: `"${name}"`,
  };
}

describe('items whose text the library holds under another address', () => {
  // A second feed carrying the same stories (syndicated) under its own links: its items were found to be in the
  // library at every refresh but not remembered by their own keys, so each refresh took the same newest ones again
  // (fetching their pages, for teasers), left the same others, and never stored the feed's validators.
  it('are remembered by their own keys, so the next refresh takes the next ones', async () => {
    const server = await startServer({'/wire.xml': feed('wire', 12), '/daily.xml': feed('daily', 12)});
    const {target, fetcher, dir} = library();
    target.feeds.subscribe(server.url('/wire.xml'), null, null);
    await refreshFeeds({target, fetcher, perFeed: 20});
    expect(articles(dir)).toHaveLength(12);
    const daily = target.feeds.list().length;
    target.feeds.subscribe(server.url('/daily.xml'), null, null);
    expect(target.feeds.list()).toHaveLength(daily + 1);
    const only = target.feeds.list().filter((f) => f.url === server.url('/daily.xml'));
    const run = () => refreshFeeds({target, fetcher, perFeed: 5, feeds: only});
    expect((await run()).feeds[0]).toMatchObject({added: 0, known: 5, left: 7});
    expect((await run()).feeds[0]).toMatchObject({added: 0, known: 10, left: 2});
    expect((await run()).feeds[0]).toMatchObject({added: 0, known: 12, left: 0});
    expect(target.feeds.get(server.url('/daily.xml'))?.etag).toBe('"daily"');
    expect(articles(dir)).toHaveLength(12);
  });
});
