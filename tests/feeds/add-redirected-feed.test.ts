import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun} from '../../src/feeds/refresh.js';
import {rss2} from '../fixtures/web/feeds.js';
import {articles, feedLibraries} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

const STORY =
  'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said.';

describe('adding a feed by an address that leads to one already followed', () => {
  it('is that subscription (the site moved to https, an old address), not a second one of the same feed', async () => {
    const server = await startServer();
    const items = [1, 2].map((i) => ({
      title: `Bridge closed ${i}`,
      link: server.url(`/news/${i}`),
      date: '2026-12-01T10:00:00Z',
      summary: STORY,
      paragraphs: Array.from({length: 8}, () => `${STORY} (${i})`),
    }));
    const feed = {title: 'Milltown Weekly', site: server.base, self: server.url('/feed.xml'), items};
    server.route('/feed.xml', {body: rss2(feed, true), type: 'application/rss+xml'});
    server.route('/rss', {status: 301, headers: {location: server.url('/feed.xml')}});
    const {dir, target, fetcher} = library();
    const run = createRun({target, fetcher});

    expect(await addSource(server.url('/feed.xml'), run)).toMatchObject({kind: 'feed', subscribed: true});
    const again = await addSource(server.url('/rss'), run);
    expect(again).toMatchObject({
      kind: 'feed',
      url: server.url('/feed.xml'),
      subscribed: false,
      result: {added: 0, known: 2},
    });
    expect(target.feeds.list().map((f) => f.url)).toEqual([server.url('/feed.xml')]);
    expect(articles(dir)).toHaveLength(2);
  });
});
