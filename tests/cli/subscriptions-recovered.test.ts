import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {rss2} from '../fixtures/web/feeds.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {CLI, emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {existsSync} from 'node:fs';

// The database lost while brief was closed (deleted, or another one named with --db): the subscriptions come back
// from the articles that name their feed, said once; one the user removed stays removed.

const FEED = 'https://courier.example/feed.xml';
const RECOVERED = /held no subscriptions; subscribed again to the feed the library's articles name/;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

/** A library that `brief add` of a saved copy of "Courier" (naming its own address) filled with two articles. */
function subscribedLibrary(): {lib: string; db: string} {
  const items = [0, 1].map((i) => {
    const a = shippedArticle(SHIPPED[i] ?? '', `https://courier.example/n/${i}`);
    return {title: a.title, link: a.url, date: `${a.date}T10:00:00Z`, summary: '', paragraphs: a.paragraphs};
  });
  const saved = tempDir({
    'courier.rss': rss2({title: 'Courier', site: 'https://courier.example/', self: FEED, items}, true),
  });
  const lib = tempDir();
  // brief's default place: one deleted there is made again as quietly as at first (a database named with --db that
  // is not there is refused by list and feeds: db-safety.test.ts).
  const data = tempDir();
  const db = join(data, 'brief', 'brief.db');
  const added = runCli(['add', join(saved, 'courier.rss'), '--articles', lib], {
    XDG_DATA_HOME: data,
    BRIEF_DB: '',
  });
  expect(added.stderr).toBe('');
  expect(added.code).toBe(0);
  return {lib, db};
}

type Listing = {url: string; title: string | null; articles: number};
const listed = (stdout: string): Listing[] =>
  (JSON.parse(stdout) as Listing[]).map(({url, title, articles}) => ({url, title, articles}));

describe('subscriptions lost with the database', () => {
  it.each([
    ['brief feeds', ['feeds', '--json']],
    ['brief list', ['list', '--json']],
    ['brief index', ['index']],
  ])('a database deleted while brief was closed: %s subscribes again, once, and says so', (_, args) => {
    const {lib, db} = subscribedLibrary();
    for (const f of ['', '-wal', '-shm']) rmSync(`${db}${f}`, {force: true});
    const first = runCli([...args, '--articles', lib], {XDG_DATA_HOME: join(db, '..', '..'), BRIEF_DB: ''});
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(RECOVERED);
    expect(first.stderr.split('\n').filter((l) => /subscri/.test(l))).toHaveLength(1);
    const feeds = runCli(['feeds', '--json', '--articles', lib, '--db', db]);
    expect(feeds.stderr).toBe('');
    expect(listed(feeds.stdout)).toEqual([{url: FEED, title: 'Courier', articles: 2}]);
  });

  it('another database named with --db: export-opml has them', () => {
    const {lib} = subscribedLibrary();
    const other = emptyDb('other.db');
    const run = runCli(['export-opml', '--articles', lib, '--db', other]);
    expect(run.stderr).toMatch(RECOVERED);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`xmlUrl="${FEED}"`);
  });

  it('a feed the user removed stays removed while its database exists', () => {
    const {lib, db} = subscribedLibrary();
    const removed = runCli(['feeds', 'remove', FEED, '--articles', lib, '--db', db]);
    expect(removed.code).toBe(0);
    for (const args of [['list'], ['index'], ['feeds', '--json']]) {
      const run = runCli([...args, '--articles', lib, '--db', db]);
      expect(run.stderr).not.toMatch(/subscri/);
    }
    expect(listed(runCli(['feeds', '--json', '--articles', lib, '--db', db]).stdout)).toEqual([]);
  });
});
