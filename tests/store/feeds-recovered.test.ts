import {rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {renderArticle} from '../../src/feeds/article-file.js';
import {openFeedsDb} from '../../src/feeds/feeds-db.js';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {syncFiles} from '../../src/store/sync-files.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool} from './fixtures.js';

// Every article a feed added names the feed in its front matter (`feed:`), so subscriptions lost with the database
// (deleted while brief was closed, or another named with --db) come back from the files, as the marks come back
// from their journal; a feed the user removed stays removed while the database that recorded it exists.

const COURIER = 'https://courier.example/feed.xml';
const LEDGER = 'https://ledger.example/rss';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const PARAGRAPHS = [
  'The council agreed the harbour plan on Monday after a long debate about its cost.',
  'Work on the new quay starts in the spring, the mayor said.',
];

/** A library as feeds left it: two Courier articles (one whose page named its site), a Ledger one, one of the user's. */
function feedLibrary(): string {
  const article = (title: string, source: string | null, feed: string | null) =>
    renderArticle({
      title,
      date: '2024-06-03',
      source,
      url: null,
      authors: [],
      feed,
      paragraphs: [title, ...PARAGRAPHS],
    });
  return tempDir({
    'a.md': article('Harbour plan agreed', 'Harbour Courier', COURIER),
    'b.md': article('Ferry timetable changes', 'Harbour Courier', COURIER),
    'c.md': article('Quay contract signed', 'courier.example', COURIER),
    'd.md': article('Markets close higher', 'The Ledger', LEDGER),
    'e.md': article('My own notes on the harbour', null, null),
    // Not a web address: nothing to subscribe to.
    'f.md': article('A note naming no real feed', 'Somewhere', 'my notes'),
  });
}

function openStore(root: string, dbPath: string, notices: string[] = []): SqliteStore {
  const s = openSqliteStore({dbPath, root});
  s.onNotice((m) => notices.push(m));
  open.push(s);
  return s;
}

const subscriptions = (s: SqliteStore) =>
  openFeedsDb(s.db, s.root)
    .list()
    .map((f) => ({url: f.url, title: f.title}));

const counts = (s: SqliteStore) => openFeedsDb(s.db, s.root).articleCounts();

/** Brings the store up to date as the reader and `brief index` do, or as `brief list` and `brief refresh` do. */
const passes: [string, (s: SqliteStore) => Promise<unknown>][] = [
  ['an index', (s) => startIndexing(s, {pool: countingPool()}).done],
  ['a sync of the files', (s) => syncFiles(s)],
];

describe('subscriptions made again from the articles that name their feed', () => {
  it.each(passes)('a new database: after %s, both feeds, once, said in one line', async (_, pass) => {
    const root = feedLibrary();
    const dbPath = join(tempDir(), 'brief.db');
    const notices: string[] = [];
    const s = openStore(root, dbPath, notices);
    await pass(s);
    // The title the feed's articles mostly give as their source (the feed's title, which the next refresh sets).
    expect(subscriptions(s)).toEqual([
      {url: COURIER, title: 'Harbour Courier'},
      {url: LEDGER, title: 'The Ledger'},
    ]);
    expect(counts(s)).toEqual(
      new Map([
        [COURIER, 3],
        [LEDGER, 1],
      ]),
    );
    const said = notices.filter((n) => /subscri/.test(n));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /held no subscriptions; subscribed again to the 2 feeds the library's articles name/,
    );
    expect(said[0]).not.toMatch(/\n/);

    // Once: the next pass, with a file changed, says nothing and adds nothing.
    utimesSync(join(root, 'a.md'), new Date(), new Date(2000, 0, 1));
    await pass(s);
    expect(notices.filter((n) => /subscri/.test(n))).toHaveLength(1);
    expect(subscriptions(s)).toHaveLength(2);
  });

  it('a feed the user removed does not come back while the database that recorded it exists', async () => {
    const root = feedLibrary();
    const dbPath = join(tempDir(), 'brief.db');
    const s = openStore(root, dbPath);
    await startIndexing(s, {pool: countingPool()}).done;
    const feeds = openFeedsDb(s.db, s.root);
    expect(feeds.unsubscribe(COURIER)).toBe(true);
    expect(feeds.unsubscribe(LEDGER)).toBe(true);
    s.close();

    // A new article of the feed, and every file read again: still none.
    writeFileSync(
      join(root, 'g.md'),
      renderArticle({
        title: 'Tide tables',
        date: '2024-06-04',
        source: 'Harbour Courier',
        url: null,
        authors: [],
        feed: COURIER,
        paragraphs: ['Tide tables', ...PARAGRAPHS],
      }),
    );
    const notices: string[] = [];
    const again = openStore(root, dbPath, notices);
    await syncFiles(again);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(subscriptions(again)).toEqual([]);
    expect(notices.join('\n')).not.toMatch(/subscri/);
  });

  it('the database deleted while brief was closed: made again with the marks and the subscriptions', async () => {
    const root = feedLibrary();
    const dir = tempDir();
    const dbPath = join(dir, 'brief.db');
    const s = openStore(root, dbPath);
    await startIndexing(s, {pool: countingPool()}).done;
    s.close();
    for (const f of ['brief.db', 'brief.db-wal', 'brief.db-shm']) rmSync(join(dir, f), {force: true});

    const notices: string[] = [];
    const again = openStore(root, dbPath, notices);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(subscriptions(again).map((f) => f.url)).toEqual([COURIER, LEDGER]);
    expect(notices.filter((n) => /subscribed again/.test(n))).toHaveLength(1);
  });

  it('a library whose articles name no feed: nothing subscribed, nothing said', async () => {
    const root = tempDir({
      'e.md': renderArticle({
        title: 'Notes',
        date: '2024-06-03',
        source: null,
        url: null,
        authors: [],
        feed: null,
        paragraphs: ['Notes', ...PARAGRAPHS],
      }),
    });
    const notices: string[] = [];
    const s = openStore(root, join(tempDir(), 'brief.db'), notices);
    await startIndexing(s, {pool: countingPool()}).done;
    expect(subscriptions(s)).toEqual([]);
    expect(notices).toEqual([]);
  });

  it.each(passes)(
    'a database indexed before files kept their feed: after %s, read once from the front matter',
    async (_, pass) => {
      const root = feedLibrary();
      const dbPath = join(tempDir(), 'brief.db');
      const first = openStore(root, dbPath);
      await syncFiles(first);
      // As an older brief left it: the files read, their feed not kept, no subscription ever held.
      first.db.exec(
        "UPDATE files SET feed = NULL; DELETE FROM meta WHERE key = 'feeds-read'; DELETE FROM feeds; DELETE FROM feed_articles",
      );
      first.close();

      const notices: string[] = [];
      const s = openStore(root, dbPath, notices);
      await pass(s);
      expect(subscriptions(s).map((f) => f.url)).toEqual([COURIER, LEDGER]);
      expect(notices.filter((n) => /subscribed again to the 2 feeds/.test(n))).toHaveLength(1);

      // Once per database: files whose feed is missing again are not read for it again.
      s.db.exec('UPDATE files SET feed = NULL; DELETE FROM feeds; DELETE FROM feed_articles');
      await pass(s);
      expect(subscriptions(s)).toEqual([]);
    },
  );

  it('a database made now never reads the files for it again', () => {
    const s = openStore(feedLibrary(), join(tempDir(), 'brief.db'));
    expect(s.db.prepare("SELECT value FROM meta WHERE key = 'feeds-read'").pluck().get()).toBe('1');
  });
});
