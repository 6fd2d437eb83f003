import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {openTarget} from '../../src/feeds/target.js';
import {articles, feedLibraries} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

// A podcast's feed: episodes with an enclosure and a title, no text and no page. Nothing of them can ever be read.
const podcast = (etag?: string, episodes = [1, 2]) => ({
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbour Podcast</title>${episodes
    .map(
      (i) =>
        `<item><title>Episode ${i}</title><guid isPermaLink="false">ep-${i}</guid><enclosure url="https://cdn.example/ep${i}.mp3" type="audio/mpeg" length="1000"/></item>`,
    )
    .join('')}</channel></rss>`,
  type: 'application/rss+xml',
  ...(etag ? {etag} : {}),
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

  it('are said once where the server gives no validators either: remembered, not tried or said again', async () => {
    const server = await startServer({'/podcast.xml': podcast()});
    const {target, fetcher, db, dir} = library();
    target.feeds.subscribe(server.url('/podcast.xml'), null, null);
    const first = await refreshFeeds({target, fetcher});
    expect(first.feeds[0]).toMatchObject({status: 'updated', skipped: 2, unreadable: 0});
    const second = await refreshFeeds({target, fetcher});
    expect(second.feeds[0]).toMatchObject({
      status: 'updated',
      skipped: 0,
      unreadable: 2,
      error: null,
      notes: [],
    });
    // A new episode is said once, as the first two were.
    server.route('/podcast.xml', podcast(undefined, [1, 2, 3]));
    const third = await refreshFeeds({target, fetcher});
    expect(third.feeds[0]).toMatchObject({skipped: 1, unreadable: 2});
    expect(third.feeds[0]?.notes.map((n) => n.title)).toEqual(['Episode 3']);
    // Remembered in the database, as what was added is: another run (a new target) knows them too.
    const reopened = openTarget(db, dir);
    expect((await refreshFeeds({target: reopened, fetcher})).feeds[0]).toMatchObject({
      skipped: 0,
      unreadable: 3,
    });
  });

  it('include an item whose article file would be over the library’s 5 MB: not written, said once', async () => {
    // Council minutes of 70,000 paragraphs: a file the library would skip as too large at every command.
    const minutes = Array.from(
      {length: 70_000},
      (_, i) => `<p>Item ${i} of the minutes: the members debated the harbour budget at length.</p>`,
    ).join('');
    const feed = (withMinutes: boolean) => ({
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Council Minutes</title>${
        withMinutes
          ? `<item><title>Full minutes</title><guid isPermaLink="false">minutes-1</guid><description><![CDATA[${minutes}]]></description></item>`
          : ''
      }<item><title>Harbour budget agreed</title><guid isPermaLink="false">budget-1</guid><description><![CDATA[<p>The council agreed the harbour budget on Tuesday after a long debate.</p><p>Work on the quay starts in May.</p>]]></description></item></channel></rss>`,
      type: 'application/rss+xml',
    });
    const server = await startServer({'/minutes.xml': feed(true)});
    const {target, fetcher, dir} = library();
    target.feeds.subscribe(server.url('/minutes.xml'), null, null);
    const first = await refreshFeeds({target, fetcher});
    expect(first.feeds[0]).toMatchObject({added: 1, skipped: 1});
    expect(first.feeds[0]?.notes.map((n) => [n.title, n.reason])).toEqual([
      [
        'Full minutes',
        'its article file would be too large (5.2 MB; the limit is 5.0 MB) for the library to read',
      ],
    ]);
    // Only the article the library can read is in the folder.
    expect(articles(dir)).toEqual([expect.stringContaining('harbour-budget-agreed')]);
    const second = await refreshFeeds({target, fetcher});
    expect(second.feeds[0]).toMatchObject({added: 0, skipped: 0, unreadable: 1, notes: []});
  });
});
