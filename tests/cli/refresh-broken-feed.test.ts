import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyDb, runCliAsync, startCli, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// A subscribed feed whose XML is not well-formed (a stray "&", a title never closed), met by `brief refresh`.
// Items of full text and no link: nothing to fetch, so what is read is what the feed holds. Text is made up.

function setup() {
  const lib = tempDir();
  const db = emptyDb();
  const brief = (...args: string[]): Promise<CliRun> => runCliAsync(['--articles', lib, '--db', db, ...args]);
  return {lib, brief};
}

const ITEMS = [
  {
    title: 'Bridge closed after truck crash',
    text: 'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said.',
  },
  {
    title: 'Fish & chips shop reopens',
    text: 'The harbour chip shop in Portmere opened again on Wednesday after a fire in May. Its owner said the queue reached the ferry pier.',
  },
  {
    title: 'Ferry returns to Portmere',
    text: 'The Portmere ferry sailed again on Thursday after a month of repairs. The operator said four daily sailings would resume next week.',
  },
];

/** RSS of `items`, their titles as given: a bare "&" in one makes the document not well-formed. */
function rss(items: {title: string; text: string}[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><pubDate>Tue, 01 Dec 2026 18:20:00 GMT</pubDate><description>${i.text}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Milltown Weekly</title>\n${body}\n</channel></rss>\n`;
}

describe('brief refresh, a subscribed feed that is not well-formed XML', () => {
  it('warns once when the feed breaks, with where, and what was still read; exit 0', async () => {
    const server = await startServer();
    const serve = (items: typeof ITEMS, etag: string): void =>
      server.route('/feed', {body: rss(items), type: 'application/rss+xml', etag});
    serve(ITEMS.slice(0, 1), '"1"');
    const {lib, brief} = setup();
    expect(await brief('add', server.url('/feed'))).toMatchObject({code: 0, stderr: ''});

    // The second item's title brings a bare "&".
    serve(ITEMS.slice(0, 2), '"2"');
    const broke = await brief('refresh');
    expect(broke.stdout).toBe('refreshed 1 feed: 1 new article (1 fetched, 0 unchanged)\n');
    const column = '<item><title>Fish &'.length;
    expect(broke.stderr).toMatch(
      new RegExp(
        String.raw`^brief: warning: Milltown Weekly: not well-formed XML \(line 4, column ${column}: [^\n]*\); 2 items could be read from it: 1 new article, 1 already in the library \(said once: 'brief feeds' shows it while the feed stays broken\)\n$`,
      ),
    );
    expect(broke.code).toBe(0);
    expect(readdirSync(lib)).toHaveLength(2);

    // Unchanged (304), then changed but as broken: not said again, and `brief feeds` still says it.
    const unchanged = await brief('refresh');
    expect(unchanged).toMatchObject({code: 0, stderr: ''});
    serve(ITEMS, '"3"');
    const still = await brief('refresh');
    expect(still).toMatchObject({code: 0, stderr: ''});
    expect(still.stdout).toBe('refreshed 1 feed: 1 new article (1 fetched, 0 unchanged)\n');
    const [feed] = JSON.parse((await brief('feeds', '--json')).stdout) as {error: string | null}[];
    expect(feed?.error).toMatch(
      /^not well-formed XML \(line 4, .*\); 3 items could be read from it: 1 new article, 2 already in the library$/,
    );

    // Fixed: all is well, and the next break is said again.
    serve(
      ITEMS.map((i) => ({...i, title: i.title.replace('&', '&amp;')})),
      '"4"',
    );
    expect(await brief('refresh')).toMatchObject({code: 0, stderr: ''});
    const [fixed] = JSON.parse((await brief('feeds', '--json')).stdout) as {error: string | null}[];
    expect(fixed?.error).toBeNull();
    serve(ITEMS, '"5"');
    expect((await brief('refresh')).stderr).toMatch(/^brief: warning: .*not well-formed XML/);
  });

  it('says it once even when an item of it could not be read, which is said at every refresh', async () => {
    const server = await startServer();
    server.route('/feed', {body: rss(ITEMS.slice(0, 1)), type: 'application/rss+xml', etag: '"1"'});
    const {brief} = setup();
    expect(await brief('add', server.url('/feed'))).toMatchObject({code: 0, stderr: ''});
    // A bare "&", and an item with a title and nothing else (no text, no link).
    const broken = rss([...ITEMS.slice(0, 2), {title: 'Regatta postponed', text: ''}]).replace(
      '<description></description>',
      '',
    );
    server.route('/feed', {body: broken, type: 'application/rss+xml'});
    const first = (await brief('refresh')).stderr.trimEnd().split('\n');
    // One of the three not added, as the warning says (it said "read the 3 items that could be read").
    expect(first).toEqual([
      expect.stringMatching(
        /^brief: warning: .*not well-formed XML .*; 3 items could be read from it: 1 new article, 1 already in the library, 1 not added \(said once: /,
      ),
      expect.stringContaining('“Regatta postponed” not read: the item has no text and no link'),
    ]);
    const again = (await brief('refresh')).stderr.trimEnd().split('\n');
    expect(again).toEqual([expect.stringContaining('“Regatta postponed” not read')]);
    // `brief feeds` gives the item's own reason after the break: the reader's "(brief feeds shows why)" for an item
    // not read pointed at the break alone.
    const [feed] = JSON.parse((await brief('feeds', '--json')).stdout) as {error: string | null}[];
    expect(feed?.error).toMatch(
      /^not well-formed XML \(line 4, .*\); 3 items could be read from it: 2 already in the library, 1 not added; an item could not be read: the item has no text and no link$/,
    );
  });

  it('says it at every refresh when no item could be read, exit 1', async () => {
    const server = await startServer();
    server.route('/feed', {body: rss(ITEMS.slice(0, 1)), type: 'application/rss+xml', etag: '"1"'});
    const {brief} = setup();
    expect(await brief('add', server.url('/feed'))).toMatchObject({code: 0, stderr: ''});
    // A title never closed swallows the rest of the feed.
    const broken = rss(ITEMS.slice(2)).replace(
      'Ferry returns to Portmere</title>',
      'Ferry returns to Portmere',
    );
    server.route('/feed', {body: broken, type: 'application/rss+xml', etag: '"2"'});
    for (let i = 0; i < 2; i++) {
      const refresh = await brief('refresh');
      expect(refresh.code).toBe(1);
      expect(refresh.stdout).toBe('refreshed 1 feed: 0 new articles (1 fetched, 0 unchanged)\n');
      const lines = refresh.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(
        new RegExp(
          String.raw`^brief: Milltown Weekly: not well-formed XML \(line 3, column \d+: </item> where </title> was expected[^\n]*\); no item could be read$`,
        ),
      );
      // The item the broken title swallowed, on a line of its own.
      expect(lines.slice(1)).toEqual([expect.stringContaining('not read: the item has no text and no link')]);
    }
  });

  it('fails the feed when the broken document yields no item at all, and asks for it whole next time', async () => {
    const server = await startServer();
    server.route('/feed', {body: rss(ITEMS.slice(0, 1)), type: 'application/rss+xml', etag: '"1"'});
    const {brief} = setup();
    expect(await brief('add', server.url('/feed'))).toMatchObject({code: 0, stderr: ''});
    const broken = rss(ITEMS.slice(0, 1)).replace('<item><title>', '<item <title>');
    server.route('/feed', {body: broken, type: 'application/rss+xml', etag: '"2"'});
    const refresh = await brief('refresh');
    expect(refresh).toMatchObject({
      code: 1,
      stdout: 'refreshed 1 feed: 0 new articles (0 fetched, 0 unchanged, 1 failed)\n',
      stderr: `brief: Milltown Weekly: not well-formed XML (line 3, column 1: an unfinished tag <item); no item could be read\n`,
    });
    const [feed] = JSON.parse((await brief('feeds', '--json')).stdout) as {error: string | null}[];
    expect(feed?.error).toBe(
      'not well-formed XML (line 3, column 1: an unfinished tag <item); no item could be read',
    );
    // The validators were those of the first document: a 304 for them would not say this one was fixed.
    await brief('refresh');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
  });
});

describe('brief refresh stopped by Ctrl+C', () => {
  it('exits 130 with one line, and keeps no error on a feed it cut short', async () => {
    const server = await startServer();
    server.route('/feed', {body: rss(ITEMS.slice(0, 1)), type: 'application/rss+xml', etag: '"1"'});
    const lib = tempDir();
    const db = emptyDb();
    const args = ['--articles', lib, '--db', db];
    expect(await runCliAsync(['add', server.url('/feed'), ...args])).toMatchObject({code: 0, stderr: ''});
    // The server now never answers: the refresh waits on it until stopped.
    let asked!: () => void;
    const waiting = new Promise<void>((resolve) => (asked = resolve));
    server.route('/feed', () => asked());
    const {child, stderr, exited} = startCli(['refresh', ...args]);
    await waiting;
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr()).toBe(
      'brief: refresh stopped by Ctrl+C: 0 new articles written and kept; the rest is read at the next refresh\n',
    );
    const [feed] = JSON.parse((await runCliAsync(['feeds', '--json', ...args])).stdout) as {
      error: string | null;
    }[];
    expect(feed?.error).toBeNull();
  });
});

describe('brief refresh with no subscriptions', () => {
  // Nothing to do is no failure, as `brief feeds` lists no subscriptions with exit 0.
  it('says so in one line and exits 0; with --json answers with an empty refresh as data, nothing else', async () => {
    const lib = tempDir();
    const db = emptyDb();
    const args = ['--articles', lib, '--db', db];
    expect(await runCliAsync(['refresh', ...args])).toMatchObject({
      code: 0,
      stdout: "no subscriptions, nothing to refresh; add a feed with 'brief add FEED_URL'\n",
      stderr: '',
    });
    const json = await runCliAsync(['refresh', '--json', ...args]);
    expect([json.code, json.stderr]).toEqual([0, '']);
    expect(JSON.parse(json.stdout)).toEqual({feeds: [], added: 0, failed: 0});
    expect(await runCliAsync(['feeds', ...args])).toMatchObject({code: 0, stderr: ''});
  });

  // A folder named that does not exist (a typo, a library on a disk not mounted) is not "no subscriptions": as
  // `brief feeds`, `list` and `export-opml` say of it, it cannot be opened (exit 2: the wrong path, null for --json), and nothing is made.
  it('says a named folder that does not exist cannot be opened, as brief feeds does, and makes nothing', async () => {
    const lib = join(tempDir(), 'nowhere');
    const db = emptyDb();
    const args = ['--articles', lib, '--db', db];
    const feeds = await runCliAsync(['feeds', ...args]);
    expect(feeds.code).toBe(2);
    const refresh = await runCliAsync(['refresh', ...args]);
    expect(refresh).toMatchObject({code: 2, stdout: '', stderr: feeds.stderr});
    expect(refresh.stderr).toMatch(/^brief: cannot open the article folder \S+nowhere: no such folder/);
    const json = await runCliAsync(['refresh', '--json', ...args]);
    expect(json).toMatchObject({code: 2, stdout: 'null\n', stderr: feeds.stderr});
    expect(existsSync(lib)).toBe(false);
  });
});
