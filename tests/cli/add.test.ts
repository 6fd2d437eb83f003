import {readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {opml, TWO_SUBSCRIPTIONS, rss2} from '../fixtures/web/feeds.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {outcomeLine} from '../../src/cli/background-refresh.js';
import {emptyDb, runCliAsync, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer, type TestServer} from '../helpers/web-server.js';

/** Every file under a folder with its bytes: what "the library is unchanged" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'base64');
    }
  };
  walk(dir);
  return out;
}

/** "Harbour Courier" at /feed: one teaser-only item per shipped file, its page at /teaser/I.html. */
function teaserFeed(server: TestServer, files: string[]) {
  const items = files.map((file, i) => {
    const link = server.url(`/teaser/${i}.html`);
    const a = shippedArticle(file, link);
    server.route(`/teaser/${i}.html`, {body: newsPage(a)});
    return {title: a.title, link, date: `${a.date ?? '2019-01-01'}T10:00:00Z`, summary: 'A teaser.'};
  });
  const feed = {title: 'Harbour Courier', site: server.base, self: server.url('/feed'), items};
  server.route('/feed', {body: rss2(feed, false), type: 'application/rss+xml'});
  return items;
}

function setup() {
  const lib = tempDir({'mine.md': '---\ntitle: My own notes\n---\nA paragraph the user wrote.\n'});
  const db = emptyDb();
  const brief = (...args: string[]): Promise<CliRun> => runCliAsync(['--articles', lib, '--db', db, ...args]);
  return {lib, db, brief};
}

describe('brief add', () => {
  it('adds a real-shaped page as an article whose panels match the shipped one', async () => {
    const server = await startServer();
    const url = server.url('/2019/01/florida-pileup.html');
    const article = shippedArticle(SHIPPED[0] ?? '', url);
    server.route('/2019/01/florida-pileup.html', {
      body: newsPage(article, {padTo: 100_000}),
      encoding: 'gzip',
    });
    const {lib, brief} = setup();
    const added = await brief('add', `${url}?utm_source=newsletter`);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const file = readdirSync(lib).find((f) => f !== 'mine.md') ?? '';
    expect(file).toBe('2019-01-05-florida-highway-pileup-fire-kills-five-children-two-truck.md');
    expect(added.stdout).toContain(`added “${article.title}”`);
    const [fromWeb, shipped] = JSON.parse(
      (
        await runCliAsync([
          'extract',
          '--json',
          join(lib, file),
          join(import.meta.dirname, '../../articles', SHIPPED[0] ?? ''),
        ])
      ).stdout,
    ) as Record<string, unknown>[];
    for (const panel of ['summary', 'facts', 'quotes', 'people', 'places', 'organizations'])
      expect(fromWeb?.[panel], panel).toEqual(shipped?.[panel]);
    // The same page again, under a tracking parameter and a fragment: not added twice.
    const again = await brief('add', `${url}#comments`);
    // Named by the file that holds it (which may bear another title: the same text under another headline).
    expect(again.stdout).toContain(`already in the library as ${join(lib, file)}`);
    expect(readdirSync(lib)).toHaveLength(2);
    // Deleted by the user, then asked for again by name: it comes back (a feed listing it would not bring it).
    rmSync(join(lib, file));
    const back = await brief('add', url);
    expect(back.stdout).toContain(`added “${article.title}”`);
    expect(readdirSync(lib)).toContain(file);
  });

  it('`brief URL` is `brief add URL`, and a saved .html file reads the same way', async () => {
    const server = await startServer();
    const article = shippedArticle(SHIPPED[1] ?? '', server.url('/p.html'));
    server.route('/p.html', {body: newsPage(article)});
    const {lib, db} = setup();
    const run = await runCliAsync([server.url('/p.html')], {BRIEF_ARTICLES: lib, BRIEF_DB: db});
    expect(run.code).toBe(0);
    const saved = join(tempDir(), 'saved page.html');
    writeFileSync(saved, newsPage(shippedArticle(SHIPPED[2] ?? '', 'https://courier.example/x')));
    const fromFile = await runCliAsync(['add', saved], {BRIEF_ARTICLES: lib, BRIEF_DB: db});
    expect(fromFile.code).toBe(0);
    expect(readdirSync(lib)).toHaveLength(3);
  });

  it('subscribes to a feed and adds its items; refresh twice then adds nothing and sends conditional requests', async () => {
    const server = await startServer();
    const items = SHIPPED.map((file, i) => {
      const a = shippedArticle(file, server.url(`/n/${i}`));
      return {
        title: a.title,
        link: a.url,
        date: `${a.date}T10:00:00Z`,
        summary: '',
        paragraphs: a.paragraphs,
      };
    });
    const feed = {
      title: 'Harbour Courier',
      site: server.base,
      self: server.url('/feed'),
      items: items.slice(0, 2),
    };
    const lastModified = 'Mon, 01 Jul 2024 08:00:00 GMT';
    server.route('/feed', {body: rss2(feed, true), type: 'application/rss+xml', etag: '"1"', lastModified});
    const {lib, brief} = setup();
    const add = await brief('add', server.url('/feed'));
    expect(add.stdout).toBe(`subscribed to Harbour Courier: 2 new articles\n`);
    // The site publishes two more.
    server.route('/feed', {
      body: rss2({...feed, items}, true),
      type: 'application/rss+xml',
      etag: '"2"',
      lastModified,
    });
    const first = await brief('refresh');
    expect(first.stdout).toBe('refreshed 1 feed: 2 new articles (1 fetched, 0 unchanged)\n');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"1"');
    const before = snapshot(lib);
    const second = await brief('refresh', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({added: 0, failed: 0, feeds: [{status: 'unchanged'}]});
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"2"');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(lastModified);
    expect(snapshot(lib)).toEqual(before);
    expect(Object.keys(before)).toHaveLength(5);
    const feeds = await brief('feeds', '--json');
    expect(JSON.parse(feeds.stdout)).toMatchObject([
      {url: server.url('/feed'), title: 'Harbour Courier', items: 4, articles: 4, error: null},
    ]);
  });

  it('says on stderr, and exits 1, when items of a feed could not be read; refresh too, until they are', async () => {
    const server = await startServer();
    const items = teaserFeed(server, SHIPPED.slice(0, 2));
    server.route('/teaser/1.html', {status: 503});
    const {brief} = setup();
    const add = await brief('add', server.url('/feed'));
    expect(add).toMatchObject({
      code: 1,
      stdout: 'subscribed to Harbour Courier: 1 new article, 1 of 2 items not read\n',
      stderr: `brief: Harbour Courier: “${items[1]?.title}” not read: HTTP 503 Service Unavailable (${items[1]?.link}); tried again next time\n`,
    });
    const refresh = await brief('refresh');
    expect(refresh.code).toBe(1);
    // The feed named as add names it, by its title (refresh said its address: "brief: http://…/feed: “…” not read").
    expect(refresh.stderr).toBe(add.stderr);
    // The page is back: the item comes in, and all is well.
    server.route('/teaser/1.html', {body: newsPage(shippedArticle(SHIPPED[1] ?? '', items[1]?.link ?? ''))});
    const again = await brief('refresh');
    expect(again).toMatchObject({code: 0, stderr: ''});
    expect(again.stdout).toContain('1 new article');
  });

  it('keeps an item whose page is gone (404) as its teaser, and says so, exit 0', async () => {
    const server = await startServer();
    const [item] = teaserFeed(server, SHIPPED.slice(0, 1));
    server.route('/teaser/0.html', {status: 404});
    const {brief} = setup();
    const add = await brief('add', server.url('/feed'));
    expect(add).toMatchObject({
      code: 0,
      stdout: "subscribed to Harbour Courier: 1 new article (1 from the feed's own text)\n",
      stderr: `brief: warning: Harbour Courier: “${item?.title}” added from the feed's own text: its page could not be read (HTTP 404 Not Found)\n`,
    });
    const feeds = JSON.parse((await brief('feeds', '--json')).stdout) as {
      error: string | null;
      items: number;
    }[];
    expect(feeds[0]?.error).toBe('an item kept as its teaser only: HTTP 404 Not Found');
    // The feed was read: its item count is the feed's (it stayed at 0 while the error stood).
    expect(feeds[0]?.items).toBe(1);
  });

  it('imports another reader’s OPML, lists, exports and removes subscriptions', async () => {
    const {lib, brief} = setup();
    const file = join(tempDir(), 'subscriptions.opml');
    writeFileSync(file, opml(TWO_SUBSCRIPTIONS));
    expect((await brief('add', file)).stdout).toBe("subscribed to 2 feeds; 'brief refresh' fetches them\n");
    expect((await brief('add', file)).stdout).toBe(
      "subscribed to 0 feeds (2 already); 'brief refresh' fetches them\n",
    );
    const list = await brief('feeds');
    expect(list.stdout).toContain('Harbour Courier');
    expect(list.stdout).toContain('https://gazette.example/rss');
    expect(list.stdout).toContain('never');
    const exported = await brief('export-opml');
    expect(exported.stdout).toContain('xmlUrl="https://courier.example/feed"');
    expect((await brief('feeds', 'remove', 'https://gazette.example/rss')).code).toBe(0);
    // An address as a page links it, with tracking parameters: the line names the subscription it removed.
    expect(await brief('feeds', 'remove', 'https://courier.example/feed?utm_source=rss')).toMatchObject({
      code: 0,
      stdout:
        'unsubscribed from Harbour Courier (https://courier.example/feed); its articles stay in the library\n',
    });
    expect(await brief('add', file)).toMatchObject({code: 0});
    expect((await brief('feeds', 'remove', 'https://gazette.example/rss')).code).toBe(0);
    const removedTwice = await brief('feeds', 'remove', 'https://gazette.example/rss');
    expect(removedTwice).toMatchObject({
      code: 1,
      stderr: 'brief: no subscription to https://gazette.example/rss (see brief feeds)\n',
    });
    expect(JSON.parse((await brief('feeds', '--json')).stdout)).toHaveLength(1);
    expect(readdirSync(lib)).toEqual(['mine.md']);
  });
});

describe('brief add of a feed whose items can never be read', () => {
  it('says each item once; added again, one line counts them, with nothing on stderr', async () => {
    const server = await startServer();
    const episodes = [1, 2]
      .map(
        (i) =>
          `<item><title>Episode ${i}</title><guid isPermaLink="false">ep-${i}</guid><enclosure url="https://cdn.example/ep${i}.mp3" type="audio/mpeg" length="1"/></item>`,
      )
      .join('');
    server.route('/podcast.xml', {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Podcast</title>${episodes}</channel></rss>`,
      type: 'application/rss+xml',
    });
    const {brief} = setup();
    const first = await brief('add', server.url('/podcast.xml'));
    expect(first.stderr.match(/not read: the item has no text and no link/g)).toHaveLength(2);
    const again = await brief('add', server.url('/podcast.xml'));
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('0 new articles, 2 of 2 items never readable (said before)');
  });
});

describe('brief add with a database new to the library', () => {
  it('counts the articles already in the folder: a feed added again writes none of them twice', async () => {
    const server = await startServer();
    teaserFeed(server, SHIPPED.slice(0, 2));
    const {lib, brief} = setup();
    expect(await brief('add', server.url('/feed'))).toMatchObject({code: 0, stderr: ''});
    const files = readdirSync(lib).sort();
    expect(files).toHaveLength(3);
    // The database lost (or another one named): it has read none of the folder's files yet.
    const fresh = emptyDb();
    const again = await runCliAsync(['--articles', lib, '--db', fresh, 'add', server.url('/feed')]);
    // Its subscription comes back from the articles that name it (store/recover-feeds.ts), said in one line.
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(
      /^brief: \S+ held no subscriptions; subscribed again to the feed the library's articles name \(brief feeds lists them\)\n$/,
    );
    expect(again.stdout).toContain('0 new articles; its 2 items are already in the library');
    expect(readdirSync(lib).sort()).toEqual(files);
  });
});

describe('brief add of an OPML list with relative feed addresses', () => {
  it('reads them against the address the list was fetched from; a file on disk has none to read them against', async () => {
    const server = await startServer();
    const list = opml({
      News: [{title: 'Harbour Courier', xmlUrl: 'feeds/courier.xml', htmlUrl: '/'}],
      Local: [{title: 'Valley Gazette', xmlUrl: '/gazette/rss', htmlUrl: '/'}],
    });
    server.route('/lists/mine.opml', {body: list, type: 'text/x-opml'});
    const {brief} = setup();
    const fetched = await brief('add', server.url('/lists/mine.opml'));
    expect(fetched).toMatchObject({code: 0, stderr: ''});
    expect(fetched.stdout).toBe("subscribed to 2 feeds; 'brief refresh' fetches them\n");
    const urls = (JSON.parse((await brief('feeds', '--json')).stdout) as {url: string}[]).map((f) => f.url);
    expect(urls.sort()).toEqual([server.url('/gazette/rss'), server.url('/lists/feeds/courier.xml')]);

    const file = join(tempDir(), 'mine.opml');
    writeFileSync(file, list);
    const other = setup();
    const fromFile = await other.brief('add', file);
    expect(fromFile.stdout + fromFile.stderr).toContain('“feeds/courier.xml” is not a web address');
  });

  it('takes words with spaces between them for no relative address, not even in a list from the web', async () => {
    const server = await startServer();
    const list = opml({News: [{title: 'Typo', xmlUrl: 'not a url', htmlUrl: '/'}]});
    server.route('/lists/typo.opml', {body: list, type: 'text/x-opml'});
    const {brief} = setup();
    const fetched = await brief('add', server.url('/lists/typo.opml'));
    expect(fetched.code).toBe(1);
    expect(fetched.stderr).toContain(
      '“Typo” not subscribed: its feed address “not a url” is not a web address',
    );
    expect(JSON.parse((await brief('feeds', '--json')).stdout)).toEqual([]);
  });
});

describe('brief export-opml', () => {
  it('exports an OPML list with no feeds without subscriptions, and names a missing folder in words', async () => {
    const {brief} = setup();
    // A backup made before anything was subscribed: a list all the same, exit 0, and a note for a person.
    const empty = await brief('export-opml');
    expect(empty).toMatchObject({
      code: 0,
      stderr:
        "brief: no subscriptions, so the OPML list names no feeds; add a feed with 'brief add FEED_URL'\n",
    });
    expect(empty.stdout).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<opml version="2\.0">\n/);
    expect(empty.stdout).toContain('<title>brief subscriptions</title>');
    expect(empty.stdout).toMatch(/<body\/>\n<\/opml>\n$/);
    const saved = join(tempDir(), 'backup.opml');
    expect(await brief('export-opml', saved)).toMatchObject({code: 0, stdout: `wrote ${saved}\n`});
    expect(readFileSync(saved, 'utf8')).toContain('<body/>');
    // Never over a file, and refused before the note that would read as if the list had been written.
    const before = readFileSync(saved, 'utf8');
    expect(await brief('export-opml', saved)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `brief: ${saved} exists; brief does not write over files (choose another name)\n`,
    });
    expect(readFileSync(saved, 'utf8')).toBe(before);
    // Read back, it is an OPML list (not "not an OPML subscription list") that names no feed: nothing to do is no
    // failure on the way in either.
    expect(await brief('add', saved)).toMatchObject({
      code: 0,
      stdout: `subscribed to no feeds: ${saved} names none\n`,
      stderr: '',
    });
    expect(JSON.parse((await brief('add', saved, '--json')).stdout)).toEqual([
      {source: saved, outcome: {kind: 'opml', subscribed: 0, already: 0, dropped: [], problem: null}},
    ]);
    const opml = join(tempDir(), 'feeds.opml');
    writeFileSync(
      opml,
      '<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="C" xmlUrl="https://courier.example/feed"/></body></opml>',
    );
    expect((await brief('add', opml)).code).toBe(0);
    // "-" is stdout, as other tools take it: no file named "-" is written.
    const dash = await brief('export-opml', '-');
    expect(dash.code).toBe(0);
    expect(dash.stdout).toContain('xmlUrl="https://courier.example/feed"');
    expect(dash.stdout).not.toMatch(/^wrote /);
    expect(await brief('export-opml', join(tempDir(), 'no', 'such', 'x.opml'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/: no such folder\n$/),
    });
  });
});

describe('brief export-opml refused', () => {
  it('says a folder is one, and a missing folder, in one line before any note', async () => {
    const {brief} = setup();
    const folder = tempDir();
    expect(await brief('export-opml', folder)).toEqual({
      code: 1,
      stdout: '',
      stderr: `brief: ${folder} is a folder; name a file in it for the list (${folder}/subscriptions.opml, say)\n`,
    });
    const missing = join(folder, 'no', 'x.opml');
    // Nothing subscribed: the note that the list names no feeds would read as if a list had been written.
    expect(await brief('export-opml', missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `brief: cannot write ${missing}: no such folder\n`,
    });
  });
});

describe('brief add failures', () => {
  it('gives one line and a non-zero exit for each, and leaves the library unchanged', async () => {
    const server = await startServer({
      '/missing': {status: 404},
      '/broken': {status: 500},
      '/slow': {body: 'late', delayMs: 60_000},
      '/huge': {body: Buffer.alloc(11 * 1024 * 1024, 'a')},
      '/links.html': {
        body: `<!DOCTYPE html><html><body><ul>${Array.from({length: 30}, (_, i) => `<li><a href="/${i}">Story ${i}</a></li>`).join('')}</ul></body></html>`,
      },
      '/data.bin': {body: Buffer.from([0, 1, 2, 3, 255]), type: 'application/octet-stream'},
      '/feed.xml': {
        body: '<?xml version="1.0"?><catalog><book>Not a feed</book></catalog>',
        type: 'application/rss+xml',
      },
      // A feed's address answering 200 with no body (a server mid-deploy): nothing there, said so.
      '/empty.xml': {body: '', type: 'application/rss+xml'},
    });
    server.route('/loop', (res) => res.writeHead(302, {location: '/loop'}).end());
    const dead = await startServer();
    const refused = dead.url('/');
    await dead.close();
    const notOpml = join(tempDir(), 'list.opml');
    writeFileSync(notOpml, '<?xml version="1.0"?><outlines><o xmlUrl="x"/></outlines>');
    // Saved files with nothing in them: an export or a save cut off, not documents of some other kind.
    const emptyList = join(tempDir(), 'export.xml');
    writeFileSync(emptyList, '');
    const blankPage = join(tempDir(), 'saved.html');
    writeFileSync(blankPage, '\n  \n');
    const cases: [string, RegExp][] = [
      ['http://brief-test.invalid/story', /DNS lookup failed/],
      [refused, /connection refused by 127\.0\.0\.1:\d+/],
      [server.url('/missing'), /HTTP 404 Not Found$/],
      [server.url('/broken'), /HTTP 500 Internal Server Error$/],
      [server.url('/slow'), /no complete answer within 30 s$/],
      [server.url('/huge'), /: too large \(11\.0 MB; the limit is 10\.0 MB\)$/],
      [server.url('/loop'), /more than 5 redirects/],
      [server.url('/links.html'), /no readable article on the page/],
      [server.url('/feed.xml'), /not an RSS, Atom or JSON feed \(unrecognized feed format\)$/],
      [server.url('/data.bin'), /not a web page, a feed or an OPML file$/],
      [notOpml, /not an OPML subscription list or a feed$/],
      [server.url('/empty.xml'), /: the server answered HTTP 200 with nothing in it$/],
      [emptyList, /: empty file$/],
      [blankPage, /: empty file$/],
      ['/no/such/file.html', /file not found/],
      ['ftp://example.com/feed', /only http and https addresses can be added/],
    ];
    const {lib, brief} = setup();
    const before = snapshot(lib);
    // One process per source, all at once: the slow one's 30 s timeout is waited for once.
    const runs = await Promise.all(cases.map(([source]) => brief('add', source)));
    runs.forEach((run, i) => {
      const [source, reason] = cases[i] ?? ['', /./];
      expect(run.code, source).toBe(1);
      expect(run.stdout, source).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, source).toHaveLength(1);
      expect(lines[0], source).toMatch(reason);
      expect(lines[0]?.startsWith(`brief: cannot add `), source).toBe(true);
    });
    expect(snapshot(lib)).toEqual(before);
    expect(JSON.parse((await brief('feeds', '--json')).stdout)).toEqual([]);
  }, 90_000);
});

describe('a first brief add that adds nothing', () => {
  it('leaves no article folder or database behind; one that adds makes both and says so', async () => {
    const server = await startServer({'/missing': {status: 404}});
    const page = shippedArticle(SHIPPED[0] ?? '', server.url('/story.html'));
    server.route('/story.html', {body: newsPage(page)});
    // A new user's machine: no --articles, no --db, a data folder with nothing of brief's in it.
    const data = tempDir();
    const cwd = tempDir();
    const env = {XDG_DATA_HOME: data, BRIEF_DB: '', BRIEF_ARTICLES: ''};
    const brief = (...args: string[]): Promise<CliRun> => runCliAsync(args, env, cwd);
    for (const args of [['add', server.url('/missing')], ['refresh'], ['add', '/no/such/file.html']]) {
      const run = await brief(...args);
      expect(run.stderr, args.join(' ')).not.toContain('created');
      expect(readdirSync(data), args.join(' ')).toEqual([]);
    }
    const added = await brief('add', server.url('/story.html'));
    expect(added.code).toBe(0);
    const lib = join(data, 'brief', 'articles');
    expect(added.stderr).toBe(`brief: created the article folder ${lib}\n`);
    expect(readdirSync(lib)).toHaveLength(1);
    expect(readdirSync(join(data, 'brief'))).toContain('brief.db');
    // Once made, a failed add leaves the library and its database as they are.
    expect((await brief('add', server.url('/missing'))).code).toBe(1);
    expect(readdirSync(lib)).toHaveLength(1);
    expect(readdirSync(join(data, 'brief'))).toContain('brief.db');
    await server.close();
  });
});

describe('the reader’s refresh line', () => {
  it('says feeds that failed, items not read and items kept as teasers, or nothing more', () => {
    const feed = (
      skipped: number,
      teasers: number,
      status: 'updated' | 'failed' = 'updated',
      problem: string | null = null,
      problemSeen = false,
    ) => ({
      url: 'https://courier.example/feed',
      title: 'Courier',
      status,
      items: 3,
      added: 1,
      known: 0,
      skipped,
      unreadable: 0,
      left: 0,
      error: null,
      teasers,
      teaserError: null,
      notes: [],
      problem,
      problemSeen,
    });
    expect(outcomeLine({added: 2, failed: 0, feeds: [feed(0, 0), feed(0, 0)]})).toBe(
      'Refreshed 2 feeds: 2 new articles',
    );
    expect(outcomeLine({added: 1, failed: 1, feeds: [feed(2, 1), feed(0, 0, 'failed')]})).toBe(
      'Refreshed 2 feeds: 1 new article, 1 feed failed, 2 items not read, 1 item kept as teaser only (brief feeds shows why)',
    );
    // A feed that broke since its last fetch is said; one that was broken already is not, at every refresh.
    const xml = 'not well-formed XML (line 4, column 30: a bare “&”)';
    expect(outcomeLine({added: 2, failed: 0, feeds: [feed(0, 0, 'updated', xml), feed(0, 0)]})).toBe(
      'Refreshed 2 feeds: 2 new articles, 1 feed read in part (not well-formed XML) (brief feeds shows why)',
    );
    expect(outcomeLine({added: 2, failed: 0, feeds: [feed(0, 0, 'updated', xml, true), feed(0, 0)]})).toBe(
      'Refreshed 2 feeds: 2 new articles',
    );
  });
});
