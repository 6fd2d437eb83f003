import {readdirSync} from 'node:fs';
import Database from 'better-sqlite3';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createBackgroundRefresh} from '../../src/cli/background-refresh.js';
import {readerModules} from '../../src/cli/reader-modules.js';
import {NO_FEEDS, type RefreshState} from '../../src/feeds/refresh-control.js';
import {openFeedsDb} from '../../src/feeds/feeds-db.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {emptyDb, runCliAsync} from '../helpers/run-cli.js';
import {portmereRss} from '../helpers/portmere-feed.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// The reader's R on a database that has not read the folder yet (made new a moment ago, its first index not
// done): as `brief refresh` does, it reads the folder's files first, so an item a file holds is not written again
// beside it. Text is made up.

/** A feed served on 127.0.0.1 whose one item `brief add` wrote into a new library through another database. */
async function libraryAddedByAnother() {
  const server = await startServer();
  server.route('/feed', {body: portmereRss(server.url('/ferry')), type: 'application/rss+xml'});
  const lib = tempDir();
  const added = await runCliAsync(['add', server.url('/feed'), '--articles', lib, '--db', emptyDb('a.db')]);
  expect(added.code).toBe(0);
  return {server, lib};
}

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

describe("the reader's R", () => {
  it('reads the folder first: an item a file already holds is not written again', async () => {
    const {server, lib} = await libraryAddedByAnother();
    expect(readdirSync(lib)).toHaveLength(1);

    // Another database, subscribed, that has not read the folder.
    const store = openSqliteStore({dbPath: join(tempDir(), 'b.db'), root: lib});
    open.push(store);
    openFeedsDb(store.db, store.root).subscribe(server.url('/feed'), 'Portmere Weekly', null);
    const refresh = createBackgroundRefresh(store, () => {}, readerModules.refresh);
    const finished = new Promise<RefreshState>((resolve) =>
      refresh.subscribe((s) => {
        if (!s.running && s.outcome) resolve(s);
      }),
    );
    expect(refresh.start()).toBe('started');
    expect((await finished).outcome).toBe('Refreshed 1 feed: 0 new articles');
    expect(readdirSync(lib)).toHaveLength(1);
  });

  it('on a database made new, finds the subscriptions its articles name, as brief refresh does', async () => {
    const {lib} = await libraryAddedByAnother();
    const store = openSqliteStore({dbPath: join(tempDir(), 'b.db'), root: lib});
    open.push(store);
    const ends = (refresh: ReturnType<typeof createBackgroundRefresh>) =>
      new Promise<string | null>((resolve) =>
        refresh.subscribe((s) => {
          if (!s.running && s.outcome) resolve(s.outcome);
        }),
      );
    const refresh = createBackgroundRefresh(store, () => {}, readerModules.refresh);
    const finished = ends(refresh);
    expect(refresh.start()).toBe('started');
    expect(await finished).toBe('Refreshed 1 feed: 0 new articles');
  });

  it('says there is nothing to refresh once the folder, read, names no feed', async () => {
    const store = openSqliteStore({dbPath: join(tempDir(), 'b.db'), root: tempDir()});
    open.push(store);
    const refresh = createBackgroundRefresh(store, () => {}, readerModules.refresh);
    const finished = new Promise<string | null>((resolve) =>
      refresh.subscribe((s) => {
        if (!s.running && s.outcome) resolve(s.outcome);
      }),
    );
    expect(refresh.start()).toBe('started');
    expect(await finished).toBe(NO_FEEDS);
    expect(refresh.start()).toBe('no-feeds');
  });

  it("leaves the folder to the index while another program holds the write lock, and does not write the feed's items", async () => {
    const {server, lib} = await libraryAddedByAnother();
    const dbPath = join(tempDir(), 'b.db');
    const store = openSqliteStore({dbPath, root: lib});
    open.push(store);
    openFeedsDb(store.db, store.root).subscribe(server.url('/feed'), 'Portmere Weekly', null);
    // Another program (a `brief index` in another terminal) holds the write lock all along.
    const other = new Database(dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const indexed: string[] = [];
      const refresh = createBackgroundRefresh(store, (p) => indexed.push(p), readerModules.refresh);
      const finished = new Promise<string | null>((resolve) =>
        refresh.subscribe((s) => {
          if (!s.running && s.outcome) resolve(s.outcome);
        }),
      );
      expect(refresh.start()).toBe('started');
      // Before: the folder's read waited the connection's busy timeout on the reader's thread, then the refresh
      // went on without it and wrote the item again beside the file that holds it.
      expect(await finished).toBe(
        'Not refreshed: another program is writing the database; press R again soon',
      );
      expect(readdirSync(lib)).toHaveLength(1);
      expect(indexed).toEqual([lib]);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
