import {describe, expect, it} from 'vitest';
import {parseFeedText} from '../../src/web/feed.js';

// Atom lets xml:base on the feed or an entry say what its relative addresses are relative to (RFC 4287 §2, XML
// Base); a relative link resolved against the feed's own address instead names a page that does not exist.

const FEED_URL = 'https://feeds.example.net/atom.xml';

/** An Atom feed with one entry linking to `link`, with xml:base on the feed and the entry where given. */
function atom(link: string, bases: {feed?: string; entry?: string; site?: string} = {}): string {
  const base = (b: string | undefined): string => (b === undefined ? '' : ` xml:base="${b}"`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${base(bases.feed)}>
  <title>Example News</title>
  <id>urn:example:news</id>
  <updated>2024-06-03T08:00:00Z</updated>
  <link rel="alternate" href="${bases.site ?? 'https://example.org/'}"/>
  <entry${base(bases.entry)}>
    <title>Harbour plan agreed</title>
    <id>urn:example:news:1</id>
    <updated>2024-06-03T08:00:00Z</updated>
    <link rel="alternate" href="${link}"/>
    <summary>The council agreed the plan.</summary>
  </entry>
</feed>`;
}

describe('Atom xml:base', () => {
  it.each([
    [
      'on the feed',
      atom('harbour.html', {feed: 'https://example.org/news/'}),
      'https://example.org/news/harbour.html',
    ],
    [
      'on the entry',
      atom('harbour.html', {entry: 'https://example.org/news/'}),
      'https://example.org/news/harbour.html',
    ],
    [
      'on the entry, relative to the feed’s',
      atom('harbour.html', {feed: 'https://example.org/news/', entry: '2024/'}),
      'https://example.org/news/2024/harbour.html',
    ],
    [
      'on the feed, relative to the feed’s address',
      atom('harbour.html', {feed: '/news/'}),
      'https://feeds.example.net/news/harbour.html',
    ],
    [
      'a root-relative link',
      atom('/harbour.html', {feed: 'https://example.org/news/'}),
      'https://example.org/harbour.html',
    ],
    [
      'an absolute link',
      atom('https://other.example/a', {feed: 'https://example.org/news/'}),
      'https://other.example/a',
    ],
    ['none: the feed’s own address', atom('harbour.html'), 'https://feeds.example.net/harbour.html'],
  ])('%s', (_, xml, want) => {
    expect(parseFeedText(xml, FEED_URL).items[0]?.link).toBe(want);
  });

  it('resolves the site link against the feed’s xml:base too', () => {
    const parsed = parseFeedText(atom('a.html', {feed: 'https://example.org/news/', site: './'}), FEED_URL);
    expect(parsed.site).toBe('https://example.org/news/');
  });

  it('reads a saved copy (no address of its own) against its xml:base', () => {
    const parsed = parseFeedText(atom('harbour.html', {feed: 'https://example.org/news/'}), null);
    expect(parsed.items[0]?.link).toBe('https://example.org/news/harbour.html');
  });
});
