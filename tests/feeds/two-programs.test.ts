import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {urlKeyOf} from '../../src/feeds/keys.js';
import {createRun, refreshFeeds} from '../../src/feeds/refresh.js';
import {openTarget} from '../../src/feeds/target.js';
import {feedLibraries, HARBOUR_TEXT, harbourFeed} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

const feed = (n: number) => harbourFeed(n);

describe('two programs adding to one library at once', () => {
  it('a refresh opened before the other wrote its items does not write them again', async () => {
    const server = await startServer({'/feed.xml': feed(3)});
    const {target, fetcher, db, dir} = library();
    target.feeds.subscribe(server.url('/feed.xml'), null, null);
    // A second reader's R, or a brief refresh in another terminal: opened before the first has written anything.
    const other = openTarget(db, dir);
    expect((await refreshFeeds({target, fetcher})).added).toBe(3);
    const late = await refreshFeeds({target: other, fetcher});
    expect(late.added).toBe(0);
    expect(late.feeds[0]).toMatchObject({known: 3, skipped: 0});
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toHaveLength(3);
  });

  // Two `brief add` of one page at once: the second met the first's claim, which names the library folder until
  // the file is written, and said "already in the library as articles: …", a folder for the article's file.
  it("an add that meets another's write in progress names no file, and not the folder", async () => {
    const page = `<html><head><title>Ferry terminal plan agreed</title></head><body><article><p>${HARBOUR_TEXT}</p><p>${HARBOUR_TEXT}</p></article></body></html>`;
    const server = await startServer({'/story': {body: page}});
    const {target, fetcher, db, dir} = library();
    // The other program has claimed the page's address and is writing its file.
    expect(openTarget(db, dir).feeds.claim([urlKeyOf(server.url('/story'))], true)).toBeNull();
    const outcome = await addSource(server.url('/story'), createRun({target, fetcher}));
    expect(outcome).toMatchObject({kind: 'article', status: 'duplicate', path: null});
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toHaveLength(0);
  });
});
