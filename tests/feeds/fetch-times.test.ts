import {describe, expect, it} from 'vitest';
import Database from 'better-sqlite3';
import {join} from 'node:path';
import {openFeedsDb} from '../../src/feeds/feeds-db.js';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {rss2} from '../fixtures/web/feeds.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {feedLibraries} from '../helpers/feed-library.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

describe("a feed's last good fetch and its failure, kept apart", () => {
  it('a failed fetch keeps the time of the last one that read the feed', async () => {
    const server = await startServer();
    const url = server.url('/feed.xml');
    // One item carrying its whole text (a shipped article's).
    const a = shippedArticle(SHIPPED[0] ?? '', server.url('/a'));
    const item = {
      title: a.title,
      link: a.url,
      date: `${a.date}T10:00:00Z`,
      summary: '',
      paragraphs: a.paragraphs,
    };
    const feed = {title: 'Courier', site: server.base, self: url, items: [item]};
    server.route('/feed.xml', {body: rss2(feed, true), type: 'application/rss+xml'});
    const {target, fetcher, db} = library();
    target.feeds.subscribe(url, null, null);
    await refreshFeeds({target, fetcher});
    const good = target.feeds.get(url);
    expect(good).toMatchObject({error: null, items: 1});
    expect(good?.okMs).toBe(good?.fetchedMs);
    // Read an hour ago, by the database's clock.
    db.prepare('UPDATE feeds SET fetched_ms = fetched_ms - 3600000, ok_ms = ok_ms - 3600000').run();
    const readAt = target.feeds.get(url)?.okMs;

    server.route('/feed.xml', {status: 404, body: 'gone'});
    await refreshFeeds({target, fetcher});
    const failed = target.feeds.get(url);
    expect(failed?.error).toMatch(/404/);
    expect(failed?.okMs).toBe(readAt);
    expect(failed?.fetchedMs).toBeGreaterThan(readAt ?? Infinity);

    // Read again: both times are this fetch's, and the error goes.
    server.route('/feed.xml', {body: rss2(feed, true), type: 'application/rss+xml'});
    await refreshFeeds({target, fetcher});
    const again = target.feeds.get(url);
    expect(again).toMatchObject({error: null});
    expect(again?.okMs).toBe(again?.fetchedMs);
  });

  it("a database from before the column: a feed whose last fetch went well was read then; a failed one's is unknown", () => {
    const path = join(tempDir(), 'old.db');
    const old = new Database(path);
    old.exec(`CREATE TABLE feeds (root TEXT NOT NULL, url TEXT NOT NULL, title TEXT, site TEXT, added_ms REAL NOT NULL,
      fetched_ms REAL, etag TEXT, last_modified TEXT, items INTEGER NOT NULL DEFAULT 0,
      articles INTEGER NOT NULL DEFAULT 0, error TEXT, PRIMARY KEY (root, url))`);
    old.exec(`INSERT INTO feeds (root, url, added_ms, fetched_ms, error) VALUES
      ('/lib', 'https://a.example/feed', 1, 5000, NULL), ('/lib', 'https://b.example/feed', 1, 6000, 'HTTP 404 Not Found')`);
    old.close();
    const db = new Database(path);
    try {
      const feeds = openFeedsDb(db, '/lib');
      expect(feeds.get('https://a.example/feed')).toMatchObject({fetchedMs: 5000, okMs: 5000});
      expect(feeds.get('https://b.example/feed')).toMatchObject({fetchedMs: 6000, okMs: null});
    } finally {
      db.close();
    }
  });
});
