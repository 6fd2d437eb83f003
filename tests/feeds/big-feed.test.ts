import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createRun, refreshFeeds} from '../../src/feeds/refresh.js';
import {addSource} from '../../src/feeds/add.js';
import {openTarget} from '../../src/feeds/target.js';
import {articles, feedLibraries, harbourFeed} from '../helpers/feed-library.js';
import {startServer} from '../helpers/web-server.js';

const library = feedLibraries();

const feed = (n: number) => harbourFeed(n, {repeat: 5, links: true});

describe('a feed of many items', () => {
  // All 3,000 items of a big feed opened their files together and the first finished near the end: `brief add`
  // said "adding URL…" for 8 s, then counted to 3,000 at once.
  it('writes its items a window at a time: the first article lands before most files are begun', async () => {
    const server = await startServer({'/feed.xml': feed(300)});
    const {target, fetcher, dir} = library();
    let begun: number | null = null;
    const counts: number[] = [];
    const run = createRun({
      target,
      fetcher,
      onItems: (n) => counts.push(n),
      // Files written or being written (hidden temporary ones) when the first article lands.
      onArticle: () => void (begun ??= readdirSync(dir).length),
    });
    const outcome = await addSource(server.url('/feed.xml'), run);
    expect(outcome).toMatchObject({kind: 'feed', result: {added: 300}});
    expect(counts).toEqual([300]);
    expect(begun).not.toBeNull();
    expect(begun!).toBeLessThan(150);
  });

  // `brief refresh` said "refreshing 0/1 feeds · 0 new" until its one big feed was all in.
  it("tells a refresh's progress as its articles land, before the feed is done", async () => {
    const server = await startServer({'/feed.xml': feed(100)});
    const {target, fetcher} = library();
    target.feeds.subscribe(server.url('/feed.xml'), null, null);
    const told: {feedsDone: number; added: number}[] = [];
    const summary = await refreshFeeds({target, fetcher, onProgress: (p) => told.push(p)});
    expect(summary.added).toBe(100);
    expect(told.some((p) => p.feedsDone === 0 && p.added > 0)).toBe(true);
    expect(told.at(-1)).toMatchObject({feedsDone: 1, added: 100});
  });

  // An article is its file, its keys and its feed's link: the link was a write of its own after the keys', and a
  // failure between them left an article its feed did not count; a failure now takes the article's file back.
  it('leaves no half article when the database refuses a batch: each file has its keys and its link, or is gone', async () => {
    const server = await startServer({'/feed.xml': feed(40)});
    const {target, fetcher, dir, db} = library();
    const url = server.url('/feed.xml');
    target.feeds.subscribe(url, null, null);
    db.exec(
      `CREATE TRIGGER refuse AFTER INSERT ON feed_articles WHEN new.path LIKE '%notice-7.md'
         BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const summary = await refreshFeeds({target, fetcher});
    const result = summary.feeds[0]!;
    // Only the item refused: the others of its batch are recorded one by one.
    expect(result).toMatchObject({added: 39, skipped: 1});
    expect(result.notes.map((n) => n.reason).join()).toMatch(/cannot record it in the database: refused/);
    const files = articles(dir).map((f) => join(dir, f));
    expect(files).toHaveLength(result.added);
    const linked = db.prepare('SELECT path FROM feed_articles').pluck().all() as string[];
    const kept = db.prepare('SELECT DISTINCT path FROM added').pluck().all() as string[];
    expect(new Set(linked)).toEqual(new Set(files));
    expect(new Set(kept)).toEqual(new Set(files));
    // No temporary file left, and the refused items are tried again: the next refresh writes them.
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    db.exec('DROP TRIGGER refuse');
    const again = await refreshFeeds({target: openTarget(db, dir), fetcher});
    expect(again.added).toBe(40 - result.added);
    expect(articles(dir)).toHaveLength(40);
  });
});
