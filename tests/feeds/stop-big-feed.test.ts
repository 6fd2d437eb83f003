import {describe, expect, it, vi} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun} from '../../src/feeds/refresh.js';
import {articles, feedLibraries, HARBOUR_TEXT} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

// `brief add` of a feed of 100,000 teasers, stopped by Ctrl+C a few thousand items in, went on for 15 s: every item
// not yet begun still looked itself up in the database (is it held, was it unreadable) before it saw the stop, and
// the count on screen ran on. An item begun after the stop now ends before it touches the database.

const N = 2_000;

const STORY =
  'The harbour council met on Tuesday to agree a plan for the new ferry terminal, and work starts in the spring. ';
const page = (i: number): string =>
  `<html><head><title>Harbour notice ${i}</title></head><body><article><p>${STORY.repeat(4)}</p><p>${STORY.repeat(3)} Notice ${i}.</p></article></body></html>`;

function rss(page: string, n = N): string {
  const item = (i: number) =>
    `<item><title>Harbour notice ${i}</title><link>${page}?i=${i}</link><guid>n-${i}</guid>` +
    `<description>${HARBOUR_TEXT} Notice ${i}.</description></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbour Weekly</title>${Array.from({length: n}, (_, i) => item(i)).join('')}</channel></rss>`;
}

describe('a big feed stopped by Ctrl+C', () => {
  it('looks up none of the items begun after the stop', async () => {
    const server = await startServer();
    server.route('/feed.xml', {body: rss(server.url('/page')), type: 'application/rss+xml'});
    const controller = new AbortController();
    // The first page asked for stops the add; none is ever answered.
    server.route('/page', () => controller.abort());
    const {target, fetcher} = library();
    const holder = vi.spyOn(target, 'holder');
    let afterStop = 0;
    holder.mockImplementation(() => {
      if (controller.signal.aborted) afterStop += 1;
      return null;
    });
    // Every item taken (no cap): a feed over the cap has its newest looked up before any page is asked for.
    const outcome = await addSource(
      server.url('/feed.xml'),
      createRun({target, fetcher, signal: controller.signal, perFeed: N}),
    );
    expect(outcome).toMatchObject({kind: 'feed', result: {items: N}});
    expect(holder.mock.calls.length).toBeLessThan(N / 10);
    expect(afterStop).toBe(0);
  });

  // An item with a paragraph or two of its own, whose page was being read when Ctrl+C came, was written from that
  // text ("kept as its teaser only: stopped"): its page was never read, and the next refresh saw it as held.
  it('writes no item from its own text because its page read was stopped; the next add reads the pages', async () => {
    const server = await startServer();
    const n = 3;
    server.route('/feed.xml', {body: rss(server.url('/page'), n), type: 'application/rss+xml'});
    const controller = new AbortController();
    server.route('/page', () => controller.abort());
    const {target, fetcher, dir} = library();
    const stopped = await addSource(
      server.url('/feed.xml'),
      createRun({target, fetcher, signal: controller.signal}),
    );
    expect(stopped).toMatchObject({kind: 'feed', result: {added: 0}});
    expect(articles(dir)).toEqual([]);
    for (let i = 0; i < n; i++) server.route(`/page?i=${i}`, {body: page(i), type: 'text/html'});
    const again = await addSource(server.url('/feed.xml'), createRun({target, fetcher}));
    expect(again).toMatchObject({kind: 'feed', result: {added: n, teasers: 0}});
  });
});
