import {describe, expect, it} from 'vitest';
import {feedsNamed, type FeedMention} from '../../src/store/recover-feeds.js';

// Which subscriptions the articles' front matter gives back, and under what title.

const A = 'https://courier.example/feed.xml';
const B = 'http://ledger.example/rss';

describe('feedsNamed', () => {
  it.each<[string, FeedMention[], {url: string; title: string | null}[]]>([
    ['none named', [], []],
    ['one feed, its source as title', [{feed: A, source: 'Courier'}], [{url: A, title: 'Courier'}]],
    [
      'the source most of its articles give (one item’s page named its site)',
      [
        {feed: A, source: 'courier.example'},
        {feed: A, source: 'Courier'},
        {feed: A, source: 'Courier'},
      ],
      [{url: A, title: 'Courier'}],
    ],
    [
      'a tie: the first in order',
      [
        {feed: A, source: 'Zeta'},
        {feed: A, source: 'Alpha'},
      ],
      [{url: A, title: 'Alpha'}],
    ],
    ['no source: no title (the next refresh gives it)', [{feed: A, source: null}], [{url: A, title: null}]],
    [
      'two feeds, by address',
      [
        {feed: A, source: 'Courier'},
        {feed: B, source: 'Ledger'},
      ],
      [
        {url: B, title: 'Ledger'},
        {url: A, title: 'Courier'},
      ],
    ],
    [
      'not a web address: left out',
      [
        {feed: 'my notes', source: 'x'},
        {feed: 'file:///etc/feed', source: 'y'},
      ],
      [],
    ],
  ])('%s', (_, mentions, want) => {
    expect(feedsNamed(mentions)).toEqual(want);
  });
});
