import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {feedLibraries} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

// A podcast's feed: episodes with an enclosure and a title, no text and no page. Nothing of them can ever be read.
const podcast = (etag: string) => ({
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbour Podcast</title>${[
    1, 2,
  ]
    .map(
      (i) =>
        `<item><title>Episode ${i}</title><guid isPermaLink="false">ep-${i}</guid><enclosure url="https://cdn.example/ep${i}.mp3" type="audio/mpeg" length="1000"/></item>`,
    )
    .join('')}</channel></rss>`,
  type: 'application/rss+xml',
  etag,
});

describe('items that can never be read', () => {
  it('are said once: the feed keeps its validators, so the next refresh is a 304 that says nothing again', async () => {
    const server = await startServer({'/podcast.xml': podcast('"p1"')});
    const {target, fetcher} = library();
    target.feeds.subscribe(server.url('/podcast.xml'), null, null);
    const first = await refreshFeeds({target, fetcher});
    expect(first.feeds[0]).toMatchObject({status: 'updated', skipped: 2});
    expect(first.feeds[0]?.notes.map((n) => [n.reason, n.later])).toEqual([
      ['the item has no text and no link', false],
      ['the item has no text and no link', false],
    ]);
    const second = await refreshFeeds({target, fetcher});
    expect(second.feeds[0]).toMatchObject({status: 'unchanged', notes: []});
  });
});
