import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {rss2, type FeedInfo, type FeedItem} from '../fixtures/web/feeds.js';
import {CHROME_MARKERS, newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {articles, feedLibraries} from '../helpers/feed-library.js';
import {startServer, type TestServer} from '../helpers/web-server.js';

const library = feedLibraries();

/** A feed of shipped articles on `server`, full text or teasers whose pages the server also serves. */
function publishFeed(server: TestServer, path: string, full: boolean, files = SHIPPED): FeedInfo {
  const items: FeedItem[] = files.map((file, i) => {
    const link = server.url(`/news/${i}${path.replace(/\W/g, '')}`);
    const a = shippedArticle(file, link);
    server.route(new URL(link).pathname, {body: newsPage(a, {padTo: 60_000})});
    return {
      title: a.title,
      link,
      date: `${a.date ?? '2019-01-01'}T10:00:00Z`,
      summary: a.paragraphs[0]?.split('. ')[0] ?? '',
      ...(full ? {paragraphs: a.paragraphs} : {}),
    };
  });
  const info = {title: 'Courier', site: server.base, self: server.url(path), items};
  server.route(path, {body: rss2(info, full), type: 'application/rss+xml', etag: `"${path}-1"`});
  return info;
}

describe('refreshing subscriptions', () => {
  it('adds every item once, then sends conditional requests and adds nothing', async () => {
    const server = await startServer();
    publishFeed(server, '/feed.xml', true);
    const {dir, target, fetcher} = library();
    target.feeds.subscribe(server.url('/feed.xml'), null, null);
    const first = await refreshFeeds({target, fetcher});
    expect(first.added).toBe(SHIPPED.length);
    expect(articles(dir)).toHaveLength(SHIPPED.length);
    const second = await refreshFeeds({target, fetcher});
    expect(second).toMatchObject({added: 0, failed: 0});
    expect(second.feeds[0]?.status).toBe('unchanged');
    const feedRequests = server.requests.filter((r) => r.path === '/feed.xml');
    expect(feedRequests[1]?.headers['if-none-match']).toBe('"/feed.xml-1"');
    expect(articles(dir)).toHaveLength(SHIPPED.length);
    expect(target.feeds.list()[0]).toMatchObject({title: 'Courier', items: SHIPPED.length, error: null});
    expect(target.feeds.articleCounts()).toEqual(new Map([[server.url('/feed.xml'), SHIPPED.length]]));
  });

  it('fetches the page of an item that carries only a teaser, and keeps the article, not the page', async () => {
    const server = await startServer();
    publishFeed(server, '/teasers.xml', false);
    const {dir, target, fetcher} = library();
    target.feeds.subscribe(server.url('/teasers.xml'), null, null);
    const summary = await refreshFeeds({target, fetcher});
    expect(summary.added).toBe(SHIPPED.length);
    for (const file of articles(dir)) {
      const read = readArticleFile(join(dir, file));
      if (!read.ok) throw new Error(read.skipped.reason);
      const original = SHIPPED.map((f) => shippedArticle(f, '')).find((a) => a.title === read.article.title);
      expect(read.article.paragraphs).toEqual(original?.paragraphs);
      for (const marker of CHROME_MARKERS) expect(read.article.text).not.toContain(marker);
      expect(read.article.source).toBe('The Harbour Courier');
    }
  });

  it('keeps to two requests at a time per host', async () => {
    const server = await startServer();
    publishFeed(server, '/teasers.xml', false);
    let inFlight = 0;
    let most = 0;
    for (let i = 0; i < SHIPPED.length; i++) {
      const path = `/news/${i}teasersxml`;
      const page = newsPage(shippedArticle(SHIPPED[i] ?? '', server.url(path)));
      server.route(path, (res) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          res.writeHead(200, {'content-type': 'text/html'}).end(page);
        }, 50);
      });
    }
    const {target, fetcher} = library();
    target.feeds.subscribe(server.url('/teasers.xml'), null, null);
    expect((await refreshFeeds({target, fetcher})).added).toBe(SHIPPED.length);
    expect(most).toBe(2);
  });

  it('goes on past feeds that fail, recording each one’s error', async () => {
    const server = await startServer({
      '/gone.xml': {status: 404},
      '/page.html': {body: '<!DOCTYPE html><html><body><p>Hello</p></body></html>'},
    });
    publishFeed(server, '/good.xml', true, SHIPPED.slice(0, 2));
    const {dir, target, fetcher} = library();
    for (const path of ['/gone.xml', '/page.html', '/good.xml'])
      target.feeds.subscribe(server.url(path), null, null);
    target.feeds.subscribe('http://brief-test.invalid/feed', null, null);
    const summary = await refreshFeeds({target, fetcher});
    expect(summary.added).toBe(2);
    expect(summary.failed).toBe(3);
    expect(articles(dir)).toHaveLength(2);
    const errors = Object.fromEntries(target.feeds.list().map((f) => [new URL(f.url).pathname, f.error]));
    expect(errors).toEqual({
      '/gone.xml': 'HTTP 404 Not Found',
      '/page.html': 'not an RSS, Atom or JSON feed (it is a web page or other document)',
      '/good.xml': null,
      '/feed': 'cannot find the host brief-test.invalid (DNS lookup failed)',
    });
  });

  it('retries an item whose page failed for now, instead of hiding it behind 304 Not Modified', async () => {
    const server = await startServer();
    publishFeed(server, '/teasers.xml', false, SHIPPED.slice(0, 2));
    server.route('/news/1teasersxml', {status: 503});
    const {dir, target, fetcher} = library();
    target.feeds.subscribe(server.url('/teasers.xml'), null, null);
    const first = await refreshFeeds({target, fetcher});
    expect(first.added).toBe(1);
    expect(first.feeds[0]?.error).toBe('an item could not be read: HTTP 503 Service Unavailable');
    expect(target.feeds.list()[0]?.etag).toBeNull();
    server.route('/news/1teasersxml', {
      body: newsPage(shippedArticle(SHIPPED[1] ?? '', server.url('/news/1teasersxml'))),
    });
    const second = await refreshFeeds({target, fetcher});
    expect(second.added).toBe(1);
    expect(articles(dir)).toHaveLength(2);
  });

  it('adds one article once, however it is linked, and never brings back one the user deleted', async () => {
    const server = await startServer();
    const info = publishFeed(server, '/a.xml', true, SHIPPED.slice(0, 1));
    const item = info.items[0];
    if (!item) throw new Error('no item');
    // The same story in a second feed: tracking parameters and a fragment on the link.
    const other = {
      ...info,
      self: server.url('/b.xml'),
      items: [{...item, link: `${item.link}?utm_source=b&fbclid=x#top`}],
    };
    server.route('/b.xml', {body: rss2(other, true), type: 'application/rss+xml'});
    // And in a third under another address altogether, with the same text.
    const moved = {
      ...info,
      self: server.url('/c.xml'),
      items: [{...item, link: server.url('/elsewhere'), id: 'c-1'}],
    };
    server.route('/c.xml', {body: rss2(moved, true), type: 'application/rss+xml'});
    const {dir, target, fetcher} = library();
    for (const p of ['/a.xml', '/b.xml', '/c.xml']) target.feeds.subscribe(server.url(p), null, null);
    expect((await refreshFeeds({target, fetcher})).added).toBe(1);
    const [file] = articles(dir);
    expect(readFileSync(join(dir, file ?? ''), 'utf8')).toContain(`url: ${item.link}`);
    rmSync(join(dir, file ?? ''));
    expect((await refreshFeeds({target, fetcher})).added).toBe(0);
    expect(articles(dir)).toHaveLength(0);
  });
});
