import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun} from '../../src/feeds/refresh.js';
import {feedLibraries, HARBOUR_TEXT} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

// `brief add` redraws its line at each item: an article was told where it was written, and another item ending
// before its own item did drew "139/1500 items · 140 new" (a 1,500-item feed in a terminal). Made-up items.
describe("a feed's articles told to the caller", () => {
  it('are told each just before its own item ends, with nothing between', async () => {
    const item = (i: number) =>
      `<item><title>Ferry notice ${i}</title><guid isPermaLink="false">f-${i}</guid><description>${HARBOUR_TEXT} Notice ${i}.</description></item>`;
    const items = Array.from({length: 60}, (_, i) => item(i)).join('');
    const server = await startServer({
      '/feed.xml': {
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Ferry Times</title>${items}</channel></rss>`,
        type: 'application/rss+xml',
      },
    });
    const {target, fetcher} = library();
    const told: string[] = [];
    const run = createRun({
      target,
      fetcher,
      onArticle: () => told.push('article'),
      onItem: () => told.push('item'),
    });
    expect(await addSource(server.url('/feed.xml'), run)).toMatchObject({kind: 'feed', result: {added: 60}});
    expect(told.filter((t) => t === 'item')).toHaveLength(60);
    // Every article followed by an item at once: a count drawn at an item never holds an article ahead of it.
    const next = told.flatMap((t, i) => (t === 'article' ? [told[i + 1]] : []));
    expect(next).toEqual(Array(60).fill('item'));
  });
});
