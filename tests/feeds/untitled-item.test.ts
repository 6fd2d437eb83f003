import {describe, expect, it} from 'vitest';
import {itemArticle, type ItemContext} from '../../src/feeds/items.js';
import {readPage} from '../../src/feeds/page-reader.js';
import {htmlToArticle} from '../../src/library/html/html-article.js';

// A feed whose items have no title (a microblog's feed: Mastodon's RSS has none) is titled by the item's first
// paragraph, cut to a title's length.
const never = (): never => {
  throw new Error('no page is fetched for an item without a link');
};
const ctx: ItemContext = {
  feedUrl: 'https://social.example/@ada.rss',
  feedTitle: 'Ada Varga',
  fetcher: {get: never} as unknown as ItemContext['fetcher'],
  schedule: never,
  readPage: never,
};

const STORY =
  'The harbour of Riverton burnt down on Monday night, and more than twenty people were hurt, the mayor said. ' +
  'Firefighters from three towns worked until dawn to put the fire out, and the harbour will stay closed for a week.';
const item = (first: string) => ({
  title: null,
  link: null,
  id: 'tag:social.example,2024:1',
  date: null,
  authors: [],
  content: `<p>${first}</p><p>${STORY}</p><p>${STORY}</p>`,
  summary: null,
});

const titleOf = async (first: string): Promise<string> => {
  const read = await itemArticle(item(first), ctx);
  if (!read.ok) throw new Error(read.error);
  return read.draft.title;
};

// A UTF-16 unit of a pair without the other: written to a file as "\ud83d", shown as "�".
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("an untitled item's title, from its first paragraph", () => {
  it('is the whole paragraph when it is short', async () => {
    expect(await titleOf('Harbour fire in Riverton 🔥')).toBe('Harbour fire in Riverton 🔥');
  });
  it('never cuts a character in two', async () => {
    const title = await titleOf(`${'x'.repeat(79)}🔥 fire in the town of Riverton, said the mayor`);
    expect(title).not.toMatch(LONE);
  });
  it('ends at a whole word, with "…", when the paragraph is longer', async () => {
    const title = await titleOf(STORY);
    expect(title).toMatch(/^The harbour of Riverton burnt down on Monday night, and more than twenty\b.*…$/);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(STORY.startsWith(title.slice(0, -1))).toBe(true);
    expect(STORY[title.length - 1]).toBe(' ');
  });
  it('is cut the same way for a page without a title', () => {
    const read = htmlToArticle(
      `<html><body><article><p>${'x'.repeat(79)}🔥 ${STORY}</p><p>${STORY}</p></article></body></html>`,
      'https://courier.example/story',
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.draft.title).not.toMatch(LONE);
    expect(read.draft.title.endsWith('…')).toBe(true);
  });
});

describe("an untitled item's title, from its page", () => {
  const PAGE = `<html><head><title>Harbour fire in Riverton | Coastal News</title></head><body><article><p>${STORY}</p><p>${STORY}</p></article></body></html>`;
  const linked = {...item('x'), link: 'https://coastal.example/fire', content: null};
  const fetched: ItemContext = {
    ...ctx,
    feedTitle: 'Coastal News',
    fetcher: {
      get: async () => ({url: linked.link, body: new TextEncoder().encode(PAGE), contentType: 'text/html'}),
    } as unknown as ItemContext['fetcher'],
    schedule: (_url, task) => task(),
    readPage: async (page) => readPage(page),
  };
  it("leaves out the part of the page's title that is the feed's title", async () => {
    const read = await itemArticle(linked, fetched);
    if (!read.ok) throw new Error(read.error);
    expect(read.draft.title).toBe('Harbour fire in Riverton');
  });
  it('keeps a title whose parts are none of the names the site goes by', async () => {
    const read = await itemArticle(linked, {...fetched, feedTitle: 'Riverton Daily'});
    if (!read.ok) throw new Error(read.error);
    expect(read.draft.title).toBe('Harbour fire in Riverton | Coastal News');
  });
});
