import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {openFeedsDb} from '../../src/feeds/feeds-db.js';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {openDatabase} from '../../src/store/open-db.js';
import {feedLibraries} from '../helpers/feed-library.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();
const HOUR = 60 * 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
});

describe("a feed's items waiting to be tried again", () => {
  // retry_items kept only an item's first failure: `brief feeds` could not say when they last failed, or how many.
  it('keep when they first failed and when they last did, counted per feed by item, not by key', async () => {
    const server = await startServer();
    for (const slug of ['pier-late', 'quay-late'])
      server.route(`/${slug}`, (res) => res.writeHead(503).end());
    const items = ['pier-late', 'quay-late']
      .map(
        (slug) =>
          `<item><title>Notice ${slug}</title><link>${server.url(`/${slug}`)}</link><guid>${slug}</guid><description>Notice.</description></item>`,
      )
      .join('');
    server.route('/feed.xml', {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Pier Post</title>${items}</channel></rss>`,
      type: 'application/rss+xml',
    });
    const {target, fetcher} = library();
    const url = server.url('/feed.xml');
    target.feeds.subscribe(url, null, null);
    const start = Date.UTC(2026, 2, 2, 9);
    vi.useFakeTimers({toFake: ['Date'], now: start});
    await refreshFeeds({target, fetcher});
    expect(target.feeds.retrying().get(url)).toEqual({
      items: 2,
      firstMs: start,
      lastMs: start,
      reason: 'HTTP 503 Service Unavailable',
    });
    vi.setSystemTime(start + 5 * HOUR);
    await refreshFeeds({target, fetcher});
    expect(target.feeds.retrying().get(url)).toMatchObject({
      items: 2,
      firstMs: start,
      lastMs: start + 5 * HOUR,
    });
    // The give-up still counts from the first failure.
    expect(target.feeds.retryKeys().get(`u:${server.url('/pier-late')}`)).toBe(start);

    // One page back: its item is written and waits no more.
    server.route('/quay-late', {
      body: `<html><head><title>Quay</title></head><body><article><h1>Quay</h1><p>${'The quay reopened on Monday after repairs to its wall, the harbour office said. '.repeat(12)}</p></article></body></html>`,
    });
    vi.setSystemTime(start + 6 * HOUR);
    await refreshFeeds({target, fetcher});
    expect(target.feeds.retrying().get(url)).toMatchObject({items: 1, lastMs: start + 6 * HOUR});
  });

  it('are read from a table an older brief made, its rows kept', () => {
    const path = join(tempDir(), 'brief.db');
    const {db} = openDatabase(path);
    db.exec(`CREATE TABLE retry_items (root TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL,
      seen_ms REAL NOT NULL, PRIMARY KEY (root, key))`);
    db.prepare('INSERT INTO retry_items VALUES (?, ?, ?, ?)').run(
      '/lib',
      'u:https://example.com/a',
      'HTTP 503',
      5,
    );
    const feeds = openFeedsDb(db, '/lib');
    // Its feed is not known until it fails again.
    expect(feeds.retrying().size).toBe(0);
    feeds.rememberRetries([
      {keys: ['u:https://example.com/a'], reason: 'HTTP 502', feed: 'https://example.com/f'},
    ]);
    expect(feeds.retryKeys().get('u:https://example.com/a')).toBe(5);
    expect(feeds.retrying().get('https://example.com/f')).toMatchObject({
      items: 1,
      firstMs: 5,
      reason: 'HTTP 502',
    });
    db.close();
  });
});
