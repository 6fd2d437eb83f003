import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../src/feeds/refresh.js';
import {itemsWithoutSiteName} from '../../src/feeds/site-titles.js';
import {sharedSiteNames} from '../../src/library/html/page-meta.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {articles, feedLibraries} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

// Made-up headlines of one made-up site, whose pages name it nowhere but in their <title>, and whose feed goes by
// another name ("HD Latest").
const HEADLINES = [
  'Pier reopens after storm repairs',
  'Council votes on harbour fees',
  'Ferry timetable changes in spring',
];
const STORY =
  'The harbour council met on Tuesday to discuss the ferry timetable, and councillor Ada Varga said the plan would ' +
  'be put to a vote next week after residents raised concerns about noise and parking near the terminal.';

/** A page with no og:title, no site name and no heading beside its text: only its <title> says whose it is. */
const page = (title: string, i: number): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>` +
  `${[1, 2, 3, 4].map((n) => `<p>${i}.${n}. ${STORY}</p>`).join('')}</article></body></html>`;

/** An RSS feed of teasers; `titled` items carry `title(i)`, the others no title at all. */
function feedXml(base: string, count: number, title: ((i: number) => string) | null): string {
  const items = Array.from(
    {length: count},
    (_, i) =>
      `<item>${title ? `<title>${title(i)}</title>` : ''}<link>${base}/story/${i}</link><guid>s${i}</guid>` +
      `<description>A teaser.</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>HD Latest</title><link>${base}/</link>${items}</channel></rss>`;
}

async function titlesAdded(
  count: number,
  pageTitle: (i: number) => string,
  itemTitle: ((i: number) => string) | null,
): Promise<string[]> {
  const server = await startServer();
  for (let i = 0; i < count; i++) server.route(`/story/${i}`, {body: page(pageTitle(i), i)});
  server.route('/feed.xml', {body: feedXml(server.base, count, itemTitle), type: 'application/rss+xml'});
  const {dir, target, fetcher} = library();
  target.feeds.subscribe(server.url('/feed.xml'), null, null);
  expect((await refreshFeeds({target, fetcher})).added).toBe(count);
  return articles(dir)
    .map((file) => {
      const read = readArticleFile(join(dir, file));
      if (!read.ok) throw new Error(read.skipped.reason);
      return read.article.title;
    })
    .sort();
}

const headline = (i: number): string => HEADLINES[i % HEADLINES.length] ?? '';

describe("the site's name a feed's titles share", () => {
  it("is left out of the titles of untitled items' pages", async () => {
    const titles = await titlesAdded(3, (i) => `${headline(i)} — Harbour Daily`, null);
    expect(titles).toEqual([...HEADLINES].sort());
  });

  it("is left out of the items' own titles", async () => {
    const titles = await titlesAdded(3, headline, (i) => `${headline(i)} | Harbour Daily`);
    expect(titles).toEqual([...HEADLINES].sort());
  });

  it("is left out at a title's start too", async () => {
    const titles = await titlesAdded(3, headline, (i) => `Harbour Daily - ${headline(i)}`);
    expect(titles).toEqual([...HEADLINES].sort());
  });

  it('stays when only two titles share it: a headline can end in a phrase by chance', async () => {
    const titles = await titlesAdded(2, headline, (i) => `${headline(i)} - what we know so far`);
    expect(titles).toEqual(
      HEADLINES.slice(0, 2)
        .map((h) => `${h} - what we know so far`)
        .sort(),
    );
  });
});

describe('sharedSiteNames', () => {
  it.each([
    [['A storm - Harbour Daily', 'Fees rise - Harbour Daily', 'New pier | harbour daily'], ['harbour daily']],
    [
      ['The Harbour Daily — Fees rise', 'Harbour Daily — A storm', 'Harbour Daily — New pier'],
      ['harbour daily'],
    ],
    // Two of five: not more than half of the titles.
    [['A - X', 'B - X', 'C', 'D', 'E'], []],
    // A second half longer than a site's name is a headline's.
    [
      [
        'A - one two three four five six seven',
        'B - one two three four five six seven',
        'C - one two three four five six seven',
      ],
      [],
    ],
    [['Fees rise', 'A storm', 'New pier'], []],
  ])('%j → %j', (titles, expected) => {
    expect(sharedSiteNames(titles)).toEqual(expected);
  });
});

describe('itemsWithoutSiteName', () => {
  const item = (title: string) => ({
    title,
    link: null,
    id: title,
    date: null,
    authors: [],
    content: null,
    summary: null,
  });
  it("keeps a title whose end is only the feed's title: a topic's feed names the headline's place", () => {
    expect(itemsWithoutSiteName([item('Kyiv - missile strike kills 15')]).map((i) => i.title)).toEqual([
      'Kyiv - missile strike kills 15',
    ]);
  });
});
