import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {formatFeeds, type FeedListing} from '../../src/cli/feeds-command.js';

const feed = (title: string | null): FeedListing => ({
  url: 'https://example.com/feed.xml',
  title,
  site: null,
  addedMs: 0,
  fetchedMs: Date.UTC(2024, 5, 3, 9, 30),
  okMs: Date.UTC(2024, 5, 3, 9, 30),
  etag: null,
  lastModified: null,
  items: 12,
  error: null,
  articles: 3,
});

// The title lines of the table: its header and each feed's first line.
const titleLines = (titles: (string | null)[]): string[] =>
  formatFeeds(titles.map(feed), {terminal: true, columns: 100})
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('    '));

describe('formatFeeds', () => {
  it('lines up the columns by display width, for wide titles too', () => {
    const lines = titleLines([
      'Coastal News',
      '日本語のニュースフィード・東京の毎日のニュースと天気予報',
      '東京新聞',
      `Fire news ${'🔥'.repeat(18)}`,
      null,
    ]);
    // Every row ends with its counts at the same column.
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
    expect(lines[2]).toContain('…');
  });
  it('gives a terminal emoji sequences as every terminal counts them, so the counts line up in tmux 3.3 too', () => {
    const lines = titleLines(['Family 👨\u200d👩\u200d👧 news 👍🏽', 'Coastal News']);
    // xterm and tmux 3.3 count each code point, kitty each cluster: the rows line up either way.
    const codePoints = (line: string) => [...line].reduce((sum, c) => sum + stringWidth(c), 0);
    expect(new Set(lines.map(codePoints)).size).toBe(1);
    expect(lines[1]).toContain('Family 👨👩👧 news 👍');
  });
  it('never cuts an emoji in half', () => {
    const text = formatFeeds([feed(`Fire news ${'🔥'.repeat(18)}`)], {terminal: true, columns: 100});
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(text).toContain('🔥…');
  });
  const long = (): FeedListing => ({
    ...feed('Portmere Weekly: harbour, ferry and council news from the islands'),
    url: `https://news.example.com/${'section/'.repeat(12)}feed.xml?format=rss&edition=islands`,
    error: `HTTP 503 Service Unavailable from ${'the upstream server '.repeat(6)}`,
  });
  it.each([40, 60, 80, 200])(
    'fits a terminal %i columns wide: no line wraps, each feed still named',
    (columns) => {
      const text = formatFeeds([long(), feed('東京新聞'), feed(null)], {terminal: true, columns});
      const lines = text.split('\n').filter((l) => l !== '');
      for (const line of lines) expect(stringWidth(line)).toBeLessThan(columns);
      expect(text).toContain('東京新聞');
      expect(text).toContain('(untitled)');
      expect(text).toMatch(/Portmere/);
    },
  );
  it('gives a pipe or a file every title, address and error whole', () => {
    const f = long();
    const text = formatFeeds([f]);
    expect(text).toContain(f.title);
    expect(text).toContain(f.url);
    expect(text).toContain(`last error: ${f.error}`);
    expect(text).not.toContain('…');
  });

  // Read on 3 June at 09:30; the fetches since failed, the last two hours before `now`.
  const NOW = Date.UTC(2024, 5, 5, 12, 0);
  const failing = (): FeedListing => ({
    ...feed('Coastal News'),
    fetchedMs: NOW - 2 * 3600_000,
    error: 'HTTP 404 Not Found',
  });
  it.each([200, 60, undefined])(
    'shows a failed fetch apart from the last good one (%s columns)',
    (columns) => {
      const out = columns === undefined ? {terminal: false, now: NOW} : {terminal: true, columns, now: NOW};
      const text = formatFeeds([failing()], out);
      expect(text).toContain('2024-06-03 09:30');
      expect(text).toContain('failed 2 h ago: HTTP 404 Not Found');
      expect(text).not.toContain('last error');
      expect(text).not.toContain(new Date(NOW - 2 * 3600_000).toISOString().slice(0, 16).replace('T', ' '));
    },
  );
  it('says "never" for a feed no fetch has read, and when its failure was', () => {
    const text = formatFeeds([{...failing(), okMs: null, fetchedMs: NOW - 90_000}], {
      terminal: false,
      now: NOW,
    });
    expect(text).toMatch(/Coastal News +never/);
    expect(text).toContain('failed 1 min ago: HTTP 404 Not Found');
  });
  it("keeps a good fetch's error about an item as its last error", () => {
    const f = {...feed('Coastal News'), error: 'an item kept as its teaser only: HTTP 404 Not Found'};
    const text = formatFeeds([f], {terminal: false, now: NOW});
    expect(text).toContain('last error: an item kept as its teaser only');
    expect(text).not.toContain('failed');
  });
});

describe("brief feeds on a feed's items waiting to be tried again", () => {
  const now = Date.UTC(2024, 5, 3, 12);
  const waiting = (firstMs: number): FeedListing => ({
    ...feed('Pier Post'),
    error: 'an item could not be read: HTTP 503 Service Unavailable',
    retrying: {items: 4, firstMs, lastMs: now - 5 * 60_000, reason: 'HTTP 503 Service Unavailable'},
  });
  const text = (firstMs: number, terminal: boolean, columns: number) =>
    formatFeeds([waiting(firstMs)], {terminal, columns, now});
  it.each([
    [now - 2 * 86_400_000, 'failed 5 min ago (first 2 days ago)'],
    // Failed once: one time said.
    [now - 5 * 60_000, 'failed 5 min ago'],
  ])('first failed at %i: %s', (firstMs, when) => {
    const reason = 'HTTP 503 Service Unavailable';
    const one = `\n    4 items to try again at the next refresh: ${when}: ${reason}\n`;
    expect(text(firstMs, false, 60)).toContain(one);
    expect(text(firstMs, true, 120)).toContain(one);
    // Where the line would be cut (at the reason), how many and why on one line, when on the next.
    expect(text(firstMs, true, 60)).toContain(`\n  4 items to try again: ${reason}\n    ${when}\n`);
    if (one.length > 80)
      expect(text(firstMs, true, 80)).toContain(`\n    4 items to try again: ${reason}\n      ${when}\n`);
  });
  it.each([
    [false, 60],
    [true, 60],
    [true, 80],
    [true, 120],
  ])('says why they failed once, on their own line (terminal %s, %i columns)', (terminal, columns) => {
    const out = text(now - 2 * 86_400_000, terminal, columns);
    expect(out).not.toContain('last error');
    expect(out.split('HTTP 503').length - 1).toBe(1);
    expect(out).toContain('4 items to try again');
  });
  it('keeps what else the last error says: a document not well-formed, another reason', () => {
    const broken = {
      ...waiting(now),
      error:
        'not well-formed XML; 7 items could be read from it; an item could not be read: HTTP 503 Service Unavailable',
    };
    const shown = formatFeeds([broken], {terminal: false, now});
    expect(shown).toContain('last error: not well-formed XML; 7 items could be read from it\n');
    expect(shown.split('HTTP 503').length - 1).toBe(1);
    const other = {...waiting(now), error: 'an item could not be read: HTTP 404 Not Found'};
    expect(formatFeeds([other], {terminal: false, now})).toContain(
      'last error: an item could not be read: HTTP 404 Not Found',
    );
    // A failed fetch is the feed's own trouble, said with its items' as before.
    const failed = {...waiting(now), okMs: now - 86_400_000, fetchedMs: now - 60_000, error: 'HTTP 500'};
    expect(formatFeeds([failed], {terminal: false, now})).toContain('failed 1 min ago: HTTP 500');
  });
  it('says nothing of the kind for a feed none of whose items waits', () => {
    expect(
      formatFeeds([{...feed('Pier Post'), retrying: null}], {terminal: true, columns: 100, now}),
    ).not.toContain('try again');
  });
});
