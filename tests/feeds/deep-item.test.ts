import {describe, expect, it} from 'vitest';
import {itemArticle, type ItemContext} from '../../src/feeds/items.js';
import {readPage} from '../../src/feeds/page-reader.js';

// A feed item's HTML is escaped inside the feed ("&lt;div&gt;"), so the feed's own nesting check never sees it: an
// item of 100,000 nested <div>s overflowed the stack, and the whole feed failed to add with "Maximum call stack
// size exceeded". Its text is refused as a hostile page's is; the item is read from its page, or skipped with the
// reason, and the feed's other items are added.

const STORY =
  'The harbour of Riverton burnt down on Monday night, and more than twenty people were hurt, the mayor said. ' +
  'Firefighters from three towns worked until dawn to put the fire out, and the harbour will stay closed for a week.';
const DEEP = `${'<div>'.repeat(100_000)}<p>${STORY}</p>${'</div>'.repeat(100_000)}`;
const PAGE = `<html><head><title>Harbour fire</title></head><body><article><p>${STORY}</p><p>${STORY}</p></article></body></html>`;

const item = (link: string | null) => ({
  title: 'Harbour fire',
  link,
  id: 'urn:riverton:1',
  date: null,
  authors: [],
  content: DEEP,
  summary: null,
});

const ctx: ItemContext = {
  feedUrl: 'https://coastal.example/feed',
  feedTitle: 'Coastal News',
  fetcher: {
    get: async ({url}: {url: string}) => ({
      url,
      body: new TextEncoder().encode(PAGE),
      contentType: 'text/html',
    }),
  } as unknown as ItemContext['fetcher'],
  schedule: (_url, task) => task(),
  readPage: async (page) => readPage(page),
};

describe('an item whose own HTML nests too deep', () => {
  it('is read from its page', async () => {
    const read = await itemArticle(item('https://coastal.example/fire'), ctx);
    expect(read.ok && read.draft.paragraphs).toEqual([STORY, STORY]);
  });

  it('is skipped with the reason when it has no page', async () => {
    const read = await itemArticle(item(null), ctx);
    expect(read).toMatchObject({
      ok: false,
      error: expect.stringMatching(/nests its elements more than 512 deep/),
    });
  });
});
