import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun, refreshFeeds} from '../../src/feeds/refresh.js';
import {rss2, type FeedInfo} from '../fixtures/web/feeds.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {articles, feedLibraries} from '../helpers/feed-library.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer, type TestServer} from '../helpers/web-server.js';

const library = feedLibraries();

/** "Courier" at /feed.xml, with the shipped articles at `which` in full. */
function courier(server: TestServer, which: number[]): FeedInfo {
  const items = which.map((i) => {
    const a = shippedArticle(SHIPPED[i] ?? '', server.url(`/n/${i}`));
    return {title: a.title, link: a.url, date: `${a.date}T10:00:00Z`, summary: '', paragraphs: a.paragraphs};
  });
  return {title: 'Courier', site: server.base, self: server.url('/feed.xml'), items};
}

const LAST_MODIFIED = 'Mon, 07 Jan 2019 10:00:00 GMT';

describe('adding a saved copy of a feed that is already subscribed', () => {
  it('keeps its last fetch, validators and item count, and adds only the copy’s new items', async () => {
    const server = await startServer();
    const url = server.url('/feed.xml');
    server.route('/feed.xml', {
      body: rss2(courier(server, [0, 1, 2]), true),
      type: 'application/rss+xml',
      etag: '"v1"',
      lastModified: LAST_MODIFIED,
    });
    const {dir, target, fetcher, db} = library();
    target.feeds.subscribe(url, null, null);
    expect((await refreshFeeds({target, fetcher})).added).toBe(3);
    // Fetched yesterday, and the last fetch (of the day after) failed: what the user sees in `brief feeds`.
    db.prepare("UPDATE feeds SET fetched_ms = 1000, error = 'HTTP 503 Service Unavailable'").run();
    const before = target.feeds.get(url);
    expect(before).toMatchObject({etag: '"v1"', lastModified: LAST_MODIFIED, items: 3, fetchedMs: 1000});

    // A copy saved earlier, shorter than the feed is now: one of those items and one the server no longer lists.
    const file = join(tempDir({'courier.rss': rss2(courier(server, [3, 0]), true)}), 'courier.rss');
    const run = createRun({target, fetcher});
    const first = await addSource(file, run);
    expect(first).toMatchObject({kind: 'feed', url, subscribed: false, result: {added: 1, known: 1}});
    expect(target.feeds.get(url)).toEqual(before);
    expect(articles(dir)).toHaveLength(4);
    expect(target.feeds.articleCounts()).toEqual(new Map([[url, 4]]));

    // The same file again: nothing new, nothing reset.
    const again = await addSource(file, run);
    expect(again).toMatchObject({kind: 'feed', subscribed: false, result: {added: 0, known: 2}});
    expect(target.feeds.get(url)).toEqual(before);

    // The next refresh still asks with the validators the last fetch kept, and brings nothing twice.
    const refresh = await refreshFeeds({target, fetcher});
    expect(refresh).toMatchObject({added: 0, failed: 0});
    expect(server.requests.filter((r) => r.path === '/feed.xml').at(-1)?.headers['if-none-match']).toBe(
      '"v1"',
    );
    expect(articles(dir)).toHaveLength(4);
    expect(target.feeds.get(url)).toMatchObject({items: 3, error: null, etag: '"v1"'});
  });

  it('a feed first read from a file is not fetched yet: its first refresh fetches it and adds nothing twice', async () => {
    const server = await startServer();
    const url = server.url('/feed.xml');
    server.route('/feed.xml', {body: rss2(courier(server, [0, 1, 2]), true), type: 'application/rss+xml'});
    const {dir, target, fetcher} = library();
    const file = join(tempDir({'courier.rss': rss2(courier(server, [0, 1]), true)}), 'courier.rss');
    const added = await addSource(file, createRun({target, fetcher}));
    expect(added).toMatchObject({kind: 'feed', url, subscribed: true, result: {added: 2}});
    // The file's items stand for the feed's until a fetch; the fetch time says it has not been fetched.
    expect(target.feeds.get(url)).toMatchObject({title: 'Courier', fetchedMs: null, items: 2, error: null});
    expect(await refreshFeeds({target, fetcher})).toMatchObject({added: 1, failed: 0});
    expect(articles(dir)).toHaveLength(3);
    expect(target.feeds.get(url)?.fetchedMs).not.toBeNull();
    expect(target.feeds.get(url)?.items).toBe(3);
  });

  it('finds the subscription when the copy names its address with tracking parameters', async () => {
    const server = await startServer();
    const url = server.url('/feed.xml');
    const {target, fetcher} = library();
    target.feeds.subscribe(url, null, null);
    const info = {...courier(server, [0]), self: `${url}?utm_source=rss&utm_medium=feed#top`};
    const file = join(tempDir({'courier.rss': rss2(info, true)}), 'courier.rss');
    expect(await addSource(file, createRun({target, fetcher}))).toMatchObject({url, subscribed: false});
    expect(target.feeds.list().map((f) => f.url)).toEqual([url]);
  });
});
