import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun} from '../../src/feeds/refresh.js';
import {splitFrontMatter} from '../../src/library/front-matter.js';
import {articles, feedLibraries, type FeedLibrary} from '../helpers/feed-library.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// A page or feed item that opens its text with a byline: the saved file has the writers in its front matter and
// not as its first paragraph. Names, outlets and text are made up.

const library = feedLibraries();

const STORY = [
  'The harbour council in Eastbrook agreed on Tuesday to spend four million on a new sea wall, after two winters of floods that closed the fish market and the ferry pier for weeks at a time.',
  'Work will begin in the spring and should end before the autumn storms, the council said in a statement on its website.',
  'Fishers who sell at the market said they had waited for the wall since the first flood, when water stood a metre deep in the hall and the ice machines broke down for a month.',
];

function page(opening: string, head = ''): string {
  const body = [opening, ...STORY].map((p) => `<p>${p}</p>`).join('');
  return `<!DOCTYPE html><html><head><title>Eastbrook votes for a sea wall</title>${head}</head><body><article><h1>Eastbrook votes for a sea wall</h1>${body}</article></body></html>`;
}

/** The authors and paragraphs of the file an add wrote. */
async function added(lib: FeedLibrary, source: string): Promise<{authors: string[]; paragraphs: string[]}> {
  const outcome = await addSource(source, createRun({target: lib.target, fetcher: lib.fetcher}));
  if (outcome.kind !== 'article' || !outcome.path) throw new Error(JSON.stringify(outcome));
  const front = splitFrontMatter(readFileSync(outcome.path, 'utf8'));
  if (front.kind !== 'ok') throw new Error(`no front matter in ${outcome.path}`);
  return {authors: front.fields.authors, paragraphs: front.body.trim().split(/\n\n/)};
}

describe('brief add, a page whose text opens with its byline', () => {
  const cases: {name: string; opening: string; head?: string; authors: string[]}[] = [
    {name: 'one writer', opening: 'By Ada Varga', authors: ['Ada Varga']},
    {
      name: 'two writers and the agency',
      opening: 'By Ada Varga and Tom Brill, Reuters',
      authors: ['Ada Varga', 'Tom Brill'],
    },
    {name: 'in capitals, with a role', opening: 'By ADA VARGA | Staff writer', authors: ['Ada Varga']},
    {
      name: 'a writer the page’s metadata names already is not named twice',
      opening: 'By ADA VARGA and Tom Brill',
      head: '<meta name="author" content="Ada Varga">',
      authors: ['Ada Varga', 'Tom Brill'],
    },
  ];
  it.each(cases)('$name: the writers go to the front matter, the line leaves the text', async (c) => {
    const server = await startServer({'/wall': {body: page(c.opening, c.head)}});
    const got = await added(library(), server.url('/wall'));
    expect(got.authors).toEqual(c.authors);
    expect(got.paragraphs).toEqual(STORY);
  });

  it('keeps a first paragraph that only starts with "By"', async () => {
    const openings = [
      'By Tuesday the river had risen two metres above the old flood mark.',
      'By Monday Night Market, the stalls had moved up the hill',
    ];
    for (const opening of openings) {
      const server = await startServer({'/wall': {body: page(opening)}});
      const got = await added(library(), server.url('/wall'));
      expect(got.authors).toEqual([]);
      expect(got.paragraphs).toEqual([opening, ...STORY]);
    }
  });

  it('reads a saved .html file the same way, and leaves the file as it was', async () => {
    const file = join(tempDir(), 'wall.html');
    const html = page('By Ada Varga · Eastbrook Gazette');
    writeFileSync(file, html);
    const got = await added(library(), file);
    expect(got.authors).toEqual(['Ada Varga']);
    expect(got.paragraphs).toEqual(STORY);
    expect(readFileSync(file, 'utf8')).toBe(html);
  });
});

describe('brief add, a feed item whose text opens with its byline', () => {
  it('saves the item with its writer as an author, beside the one the feed names', async () => {
    const content = [
      'By Ada Varga and Tom Brill',
      ...STORY,
      ...STORY.map((p) => p.replace('Eastbrook', 'Westbrook')),
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Eastbrook Gazette</title><link>https://gazette.example/</link><item><title>Eastbrook votes for a sea wall</title><link>https://gazette.example/wall</link><dc:creator>Tom Brill</dc:creator><description><![CDATA[${content}]]></description></item></channel></rss>`;
    const server = await startServer({'/feed.xml': {body: rss, type: 'application/rss+xml'}});
    const lib = library();
    const outcome = await addSource(
      server.url('/feed.xml'),
      createRun({target: lib.target, fetcher: lib.fetcher}),
    );
    if (outcome.kind !== 'feed') throw new Error(JSON.stringify(outcome));
    expect(outcome.result.added).toBe(1);
    const [file = ''] = articles(lib.dir);
    const front = splitFrontMatter(readFileSync(join(lib.dir, file), 'utf8'));
    if (front.kind !== 'ok') throw new Error('no front matter');
    expect(front.fields.authors).toEqual(['Tom Brill', 'Ada Varga']);
    expect(front.body.trim().split(/\n\n/)[0]).toBe(STORY[0]);
  });
});
