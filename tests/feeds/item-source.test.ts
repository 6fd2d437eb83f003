import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {rss2} from '../fixtures/web/feeds.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {articles, feedLibraries} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

// A page that names no site (no og:site_name, no JSON-LD publisher, a <title> of the headline alone), as many
// blogs' pages are.
const bare = (page: string): string =>
  page
    .replace(/<meta property="og:site_name"[^>]*>/, '')
    .replace(/<title>([^<|]*) \| [^<]*<\/title>/, '<title>$1</title>');

/** A library following a teaser feed of one shipped article, whose page the server serves as `pageOf` writes it. */
async function teaserFeedLibrary(pageOf: (a: ReturnType<typeof shippedArticle>) => string) {
  const server = await startServer();
  const link = server.url('/news/1');
  const a = shippedArticle(SHIPPED[0] ?? '', link);
  const page = pageOf(a);
  server.route('/news/1', {body: page});
  const teaser = {title: a.title, link, date: '2019-01-05T10:00:00Z', summary: 'A teaser.'};
  const feed = {title: 'Riverton Weekly', site: server.base, self: server.url('/feed.xml'), items: [teaser]};
  server.route('/feed.xml', {body: rss2(feed, false), type: 'application/rss+xml'});
  const {dir, target, fetcher} = library();
  target.feeds.subscribe(server.url('/feed.xml'), null, null);
  return {a, page, dir, target, fetcher};
}

describe('the source of a feed item read from its page', () => {
  it("is the feed's title when the page names no site, not the page's host", async () => {
    const {a, page, dir, target, fetcher} = await teaserFeedLibrary((a) =>
      bare(newsPage(a, {datePlace: 'none'})),
    );
    expect(page).not.toContain('og:site_name');
    expect((await refreshFeeds({target, fetcher})).added).toBe(1);
    const [file] = articles(dir);
    const read = readArticleFile(join(dir, file ?? ''));
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.article.paragraphs).toEqual(a.paragraphs);
    expect(read.article.source).toBe('Riverton Weekly');
  });

  it('is the site the page names when it names one', async () => {
    const {dir, target, fetcher} = await teaserFeedLibrary((a) => newsPage(a));
    await refreshFeeds({target, fetcher});
    const read = readArticleFile(join(dir, articles(dir)[0] ?? ''));
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.article.source).toBe('The Harbour Courier');
  });
});
