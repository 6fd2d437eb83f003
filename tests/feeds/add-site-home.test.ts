import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun} from '../../src/feeds/refresh.js';
import {feedLibraries} from '../helpers/feed-library.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';
import {writeFileSync} from 'node:fs';

const library = feedLibraries();

// A site's front page: links to stories, no story of its own, and the feeds it publishes in its <head>.
const FRONT = `<!DOCTYPE html><html><head><title>Riverton Weekly</title>
<link rel="alternate" type="application/rss+xml" title="Riverton Weekly" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" title="Comments" href="https://riverton.example/comments.atom">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="stylesheet" href="/site.css">
</head><body><nav><a href="/news/1">Harbour plan agreed</a> <a href="/news/2">Ferry returns</a></nav></body></html>`;

describe("adding a site's front page", () => {
  it('names the feeds the page links to, since it holds no article to add', async () => {
    const server = await startServer({'/': {body: FRONT, type: 'text/html'}});
    const {target, fetcher} = library();
    const outcome = await addSource(server.url('/'), createRun({target, fetcher}));
    expect(outcome).toEqual({
      kind: 'failed',
      reason:
        'no readable article on the page (too little text outside menus and links); ' +
        `it links to its feeds: brief add ${server.url('/feed.xml')} (Riverton Weekly), ` +
        'brief add https://riverton.example/comments.atom (Comments)',
    });
    expect(target.feeds.list()).toEqual([]);
  });
  it('names a saved front page’s feeds only when their addresses are whole', async () => {
    const dir = tempDir();
    const file = join(dir, 'front.html');
    writeFileSync(file, FRONT);
    const {target, fetcher} = library();
    const outcome = await addSource(file, createRun({target, fetcher}));
    expect(outcome).toEqual({
      kind: 'failed',
      reason:
        'no readable article on the page (too little text outside menus and links); ' +
        'it links to its feed: brief add https://riverton.example/comments.atom (Comments)',
    });
  });
});
