import {describe, expect, it} from 'vitest';
import {outcomeLines} from '../../src/cli/background-refresh.js';
import {nothingAdded, type FeedResult} from '../../src/feeds/refresh.js';

/** A made-up feed's result: `added` new articles of `items`, `left` for the next refresh. */
const feed = (title: string | null, items: number, added: number, left: number): FeedResult => ({
  ...nothingAdded(
    `https://${(title ?? 'untitled').toLowerCase().replace(/\W+/g, '-')}.example/feed`,
    title,
    'updated',
    items,
  ),
  added,
  known: items - added - left,
  left,
});

describe('the reader’s refresh line when a feed has items left', () => {
  // R said "Refreshed 1 feed: 1000 new articles" and nothing of the 500 items a second R would bring.
  it('says so in the words of brief refresh, then shorter, longest first', () => {
    const summary = {added: 1000, failed: 0, feeds: [feed('Harbour Weekly', 2500, 1000, 500)]};
    expect(outcomeLines(summary)).toEqual([
      'Refreshed 1 feed: 1000 new articles; Harbour Weekly: 2000 of its 2500 items taken (the newest); the other 500 are left for the next refresh',
      'Refreshed 1 feed: 1000 new articles; 500 more items are left for the next refresh',
      'Refreshed 1 feed: 1000 new articles; 500 left for the next R',
    ]);
  });

  it('names each feed with items left (its address when it has no title), and counts them together when shorter', () => {
    const summary = {
      added: 1010,
      failed: 0,
      feeds: [feed('Harbour Weekly', 2500, 1000, 500), feed(null, 1200, 10, 190), feed('Quiet', 3, 0, 0)],
    };
    expect(outcomeLines(summary)).toEqual([
      'Refreshed 3 feeds: 1010 new articles; Harbour Weekly: 2000 of its 2500 items taken (the newest); the other 500 are left for the next refresh; https://untitled.example/feed: 1010 of its 1200 items taken (the newest); the other 190 are left for the next refresh',
      'Refreshed 3 feeds: 1010 new articles; 690 more items of 2 feeds are left for the next refresh',
      'Refreshed 3 feeds: 1010 new articles; 690 left for the next R',
    ]);
  });

  // An empty title read "; : 5 of its 10 items taken"; brief refresh and brief add name feeds the same way.
  it('names a feed by its address when its title is empty, and cuts a long title as brief refresh does', () => {
    const empty = {...feed(null, 10, 5, 5), title: ' \u0007 '};
    const long = feed(`${'Harbour Island Ferry Pier Gazette '.repeat(6)}end`, 10, 5, 5);
    const [line] = outcomeLines({added: 10, failed: 0, feeds: [empty, long]});
    expect(line).toContain('; https://untitled.example/feed: 5 of its 10 items taken');
    expect(line).toMatch(/; Harbour Island Ferry Pier Gazette Harbour [^;]{20,80}…: 5 of its 10 items taken/);
  });

  it('is one line when no feed has items left', () => {
    const summary = {added: 2, failed: 0, feeds: [feed('Quiet', 3, 2, 0)]};
    expect(outcomeLines(summary)).toEqual(['Refreshed 1 feed: 2 new articles']);
  });
});
