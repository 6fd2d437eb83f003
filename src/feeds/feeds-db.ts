import {existsSync} from 'node:fs';
import type {Db} from '../store/open-db.js';
import {USER_TABLE_NAMES} from '../store/schema.js';
import {addUserTables, userTablesPresent} from '../store/user-tables.js';

// Subscriptions and what brief has added are the user's own state, like read marks: see USER_TABLES.

/** One subscription as stored. */
export interface FeedRow {
  url: string;
  title: string | null;
  site: string | null;
  addedMs: number;
  /** When it was last fetched (successfully or not), or null when never. */
  fetchedMs: number | null;
  /**
   * When a fetch last read the feed (or the server said it was unchanged), or null when none has or it is not known
   * (a feed failing when its database was made by a brief that did not keep it). Older than `fetchedMs`: the fetches
   * since failed.
   */
  okMs: number | null;
  etag: string | null;
  lastModified: string | null;
  /** Items in the feed at the last successful fetch. */
  items: number;
  /** The last fetch's error, or null when it went well. */
  error: string | null;
}

interface RawFeed {
  url: string;
  title: string | null;
  site: string | null;
  added_ms: number;
  fetched_ms: number | null;
  /** Missing from a database whose feeds table is older than the column, when it could not be added (read-only). */
  ok_ms?: number | null;
  etag: string | null;
  last_modified: string | null;
  items: number;
  error: string | null;
}

const toRow = (r: RawFeed): FeedRow => ({
  url: r.url,
  title: r.title,
  site: r.site,
  addedMs: r.added_ms,
  fetchedMs: r.fetched_ms,
  // (Without the column, a last fetch without an error is the last good one.)
  okMs: r.ok_ms !== undefined ? r.ok_ms : r.error === null ? r.fetched_ms : null,
  etag: r.etag,
  lastModified: r.last_modified,
  items: r.items,
  error: r.error,
});

/** What a fetch of one feed learnt. */
export interface FetchRecord {
  title?: string | null;
  site?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  items?: number;
  /** Articles added by this fetch. */
  added?: number;
  /** The server gave the feed (or said it was unchanged): a fetch that read it, whatever its items' errors. */
  ok?: boolean;
  error: string | null;
}

/** What reading a saved copy of a feed learnt. */
export interface CopyRecord {
  title: string | null;
  site: string | null;
  items: number;
  /** Articles added from it. */
  added: number;
}

/** Subscriptions and added-article keys of one library in the database. */
export interface FeedsDb {
  list(): FeedRow[];
  get(url: string): FeedRow | null;
  /** Adds a subscription; false when it was there already (its title is filled in if it had none). */
  subscribe(url: string, title: string | null, site: string | null): boolean;
  /** Removes a subscription; false when there was none. Articles already added stay. */
  unsubscribe(url: string): boolean;
  record(url: string, fetch: FetchRecord): void;
  /**
   * Notes what a saved copy of feed `url` (a file) brought: fills in a missing title, and its item count until the
   * feed is first fetched. The fetch state (when, validators, error) stays as the last fetch left it: a copy says
   * nothing of what the server holds now.
   */
  recordCopy(url: string, copy: CopyRecord): void;
  /** Each key with the file it was added as (which the user may have deleted since). */
  addedKeys(): Map<string, string>;
  /**
   * Claims the keys of an article about to be written, unless another program adding to this library (a second
   * reader's R, a `brief refresh` in another terminal) has written or is writing one of them since this one opened:
   * then the file that holds it (the folder, while the other still writes it). `again`: a holder whose file was
   * deleted does not count, as an explicit add brings it back.
   */
  claim(keys: readonly string[], again: boolean): string | null;
  /** Claims for several articles in one transaction, as claim does each (a later one sees the earlier's claims). */
  claimMany(claims: readonly {keys: readonly string[]; again: boolean}[]): (string | null)[];
  /** Lets go of the keys claimed for a write that failed. */
  release(keys: readonly string[]): void;
  /** Remembers the keys of an article just written (those it claimed now name its file). */
  remember(keys: readonly string[], path: string): void;
  /**
   * Remembers several articles just written, each with the feed that brought it (null: none), in one transaction:
   * each is wholly recorded (its keys and its feed's link) or, when this throws, not at all.
   */
  rememberMany(written: readonly {keys: readonly string[]; path: string; feed: string | null}[]): void;
  /** Notes several articles feeds brought in (see link), in one transaction. */
  linkMany(links: readonly {feed: string; path: string}[]): void;
  /** Notes that feed `url` brought in the article at `path` (written from its item, or found already there). */
  link(url: string, path: string): void;
  /** Per feed, the articles it brought in that are in the library now (files deleted since are not counted). */
  articleCounts(): Map<string, number>;
  /** The keys of feed items found unreadable for good. */
  unreadableKeys(): Set<string>;
  /** Remembers the keys of a feed item that can never be read, and why. */
  rememberUnreadable(keys: readonly string[], reason: string): void;
  /** The keys of feed items not read for now (a 503, a timeout), to be tried again, with when each first failed. */
  retryKeys(): Map<string, number>;
  /**
   * Remembers feed items not read for now, each by its keys with why and its feed (null: a file's), in one
   * transaction: an item failing again keeps when it first failed and has its last failure and reason brought up to
   * date.
   */
  rememberRetries(items: readonly {keys: readonly string[]; reason: string; feed: string | null}[]): void;
  /** Per feed, its items waiting to be tried again (see Retrying); none where the database cannot say. */
  retrying(): Map<string, Retrying>;
}

/** A feed's items not read for now, tried again at each refresh: how many, when they failed, the latest reason. */
export interface Retrying {
  items: number;
  /** The earliest first failure among them (the first to be given up). */
  firstMs: number;
  /** Their latest failure. */
  lastMs: number;
  /** Why the latest failure happened: "HTTP 503 Service Unavailable". */
  reason: string;
}

/** How long a claim on an article's keys (see claim) holds without its file: a write takes milliseconds. */
const STALE_CLAIM_MS = 60_000;

const hasOkColumn = (db: Db): boolean =>
  db
    .prepare<[], {name: string}>("SELECT name FROM pragma_table_info('feeds')")
    .all()
    .some((r) => r.name === 'ok_ms');

/**
 * Adds `ok_ms` (the last fetch that read the feed) to a feeds table made before it, a feed whose last fetch had no
 * error having been read then; false when it cannot be added (a database another program holds, a read-only one),
 * and the feeds are read without it.
 */
function addOkColumn(db: Db): boolean {
  if (hasOkColumn(db)) return true;
  try {
    db.transaction(() => {
      if (hasOkColumn(db)) return;
      db.exec('ALTER TABLE feeds ADD COLUMN ok_ms REAL');
      db.exec('UPDATE feeds SET ok_ms = fetched_ms WHERE error IS NULL');
    }).immediate();
    return true;
  } catch {
    return false;
  }
}

// Feed items not read for now (a server error, a timeout, a stop of the page's reading), by the keys of their link
// and id: tried again at the next refresh on top of its cap of new items, so they do not crowd the feed's older
// items out. Their rows go when the item is written or found unreadable for good (given up: see refresh's RETRY_MS).
// seen_ms is when it first failed, last_ms when it last did; feed is the feed's address and item the item's first
// key (its keys' rows count as one item), for `brief feeds`. (The last three are null in rows of a brief before them.)
const RETRY_TABLE = `CREATE TABLE IF NOT EXISTS retry_items (
  root TEXT NOT NULL,
  key TEXT NOT NULL,
  reason TEXT NOT NULL,
  seen_ms REAL NOT NULL,
  last_ms REAL,
  feed TEXT,
  item TEXT,
  PRIMARY KEY (root, key)
)`;

const RETRY_COLUMNS = ['last_ms REAL', 'feed TEXT', 'item TEXT'];

const missingRetryColumns = (db: Db): string[] => {
  const names = new Set(
    db
      .prepare<[], {name: string}>("SELECT name FROM pragma_table_info('retry_items')")
      .all()
      .map((r) => r.name),
  );
  return RETRY_COLUMNS.filter((c) => !names.has(c.split(' ')[0]!));
};

/**
 * Makes the retry_items table when missing, or adds the columns a table of an older brief lacks (each made only
 * then: CREATE and ALTER take the write lock); false when that cannot be done (a read-only database, one another
 * program holds), and items not read for now are simply new again at the next refresh.
 */
function addRetryTable(db: Db): boolean {
  const has = (): boolean =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retry_items'").get() !==
    undefined;
  if (has() && missingRetryColumns(db).length === 0) return true;
  try {
    db.transaction(() => {
      if (!has()) db.exec(RETRY_TABLE);
      for (const column of missingRetryColumns(db)) db.exec(`ALTER TABLE retry_items ADD COLUMN ${column}`);
    }).immediate();
    return true;
  } catch {
    return false;
  }
}

/** Opens (creating on first use) the subscription tables for library `root` in an open brief database. */
export function openFeedsDb(db: Db, root: string): FeedsDb {
  // Made only when missing: CREATE … IF NOT EXISTS takes the write lock, and `brief feeds` waited out the busy
  // timeout (then failed) while another program wrote the database.
  const present = userTablesPresent(db);
  if (present.size < USER_TABLE_NAMES.length) db.transaction(() => addUserTables(db, present)).immediate();
  const okColumn = addOkColumn(db);
  const retryTable = addRetryTable(db);
  const q = {
    list: db.prepare<[string], RawFeed>(
      'SELECT * FROM feeds WHERE root = ? ORDER BY coalesce(title, url) COLLATE NOCASE',
    ),
    get: db.prepare<[string, string], RawFeed>('SELECT * FROM feeds WHERE root = ? AND url = ?'),
    insert: db.prepare<[string, string, string | null, string | null, number]>(
      'INSERT OR IGNORE INTO feeds (root, url, title, site, added_ms) VALUES (?, ?, ?, ?, ?)',
    ),
    fillTitle: db.prepare<[string | null, string | null, string, string]>(
      'UPDATE feeds SET title = coalesce(title, ?), site = coalesce(site, ?) WHERE root = ? AND url = ?',
    ),
    copy: db.prepare<[string | null, string | null, number, number, string, string]>(
      `UPDATE feeds SET title = coalesce(title, ?), site = coalesce(site, ?),
        items = CASE WHEN fetched_ms IS NULL THEN ? ELSE items END, articles = articles + ?
        WHERE root = ? AND url = ?`,
    ),
    remove: db.prepare<[string, string]>('DELETE FROM feeds WHERE root = ? AND url = ?'),
    // A claim names the folder until its file is written (see claim).
    keys: db.prepare<[string], {key: string; path: string}>(
      'SELECT key, path FROM added WHERE root = ? AND path <> root',
    ),
    held: db.prepare<[string, string], {path: string; added_ms: number}>(
      'SELECT path, added_ms FROM added WHERE root = ? AND key = ?',
    ),
    claim: db.prepare<[string, string, string, number]>(
      'INSERT OR REPLACE INTO added (root, key, path, added_ms) VALUES (?, ?, ?, ?)',
    ),
    release: db.prepare<[string, string]>('DELETE FROM added WHERE root = ? AND key = ? AND path = root'),
    remember: db.prepare<[string, string, string, number]>(
      `INSERT INTO added (root, key, path, added_ms) VALUES (?, ?, ?, ?)
        ON CONFLICT (root, key) DO UPDATE SET path = excluded.path WHERE added.path = added.root`,
    ),
    link: db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO feed_articles (root, feed, path) VALUES (?, ?, ?)',
    ),
    links: db.prepare<[string], {feed: string; path: string}>(
      'SELECT feed, path FROM feed_articles WHERE root = ?',
    ),
    unreadable: db.prepare<[string], {key: string}>('SELECT key FROM unreadable WHERE root = ?'),
    rememberUnreadable: db.prepare<[string, string, string, number]>(
      'INSERT OR IGNORE INTO unreadable (root, key, reason, seen_ms) VALUES (?, ?, ?, ?)',
    ),
  };
  const retry = retryTable
    ? {
        keys: db.prepare<[string], {key: string; seen_ms: number}>(
          'SELECT key, seen_ms FROM retry_items WHERE root = ?',
        ),
        // Its first failure kept (the give-up counts from it); its last failure, reason and feed made current.
        add: db.prepare<[string, string, string, number, number, string | null, string]>(
          `INSERT INTO retry_items (root, key, reason, seen_ms, last_ms, feed, item) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (root, key) DO UPDATE SET reason = excluded.reason, last_ms = excluded.last_ms,
              feed = coalesce(excluded.feed, feed), item = excluded.item`,
        ),
        done: db.prepare<[string, string]>('DELETE FROM retry_items WHERE root = ? AND key = ?'),
        // SQLite gives the bare reason of the row whose last failure is the latest.
        byFeed: db.prepare<
          [string],
          {feed: string; items: number; first_ms: number; last_ms: number; reason: string}
        >(
          `SELECT feed, COUNT(DISTINCT coalesce(item, key)) AS items, MIN(seen_ms) AS first_ms,
              MAX(coalesce(last_ms, seen_ms)) AS last_ms, reason
            FROM retry_items WHERE root = ? AND feed IS NOT NULL GROUP BY feed`,
        ),
      }
    : null;
  // The articles whose front matter names a subscribed feed, where the library last found them (renamed, moved).
  // Asked only when counting, and none where the library's tables are not made yet (a feeds-only database).
  let named:
    {iterate: (root: string, again: string) => Iterable<{feed: string; path: string}>} | null | undefined;
  const namedFiles = (): Iterable<{feed: string; path: string}> => {
    if (named === undefined) {
      try {
        named = db.prepare<[string, string], {feed: string; path: string}>(
          `SELECT f.feed, f.path FROM files f WHERE f.root = ? AND f.skip_reason IS NULL
             AND f.feed IN (SELECT url FROM feeds WHERE root = ?)`,
        );
      } catch {
        named = null;
      }
    }
    return named ? named.iterate(root, root) : [];
  };

  const claimMany = (claims: readonly {keys: readonly string[]; again: boolean}[]): (string | null)[] =>
    db
      .transaction((): (string | null)[] => {
        const now = Date.now();
        return claims.map(({keys, again}) => {
          for (const key of keys) {
            const row = q.held.get(root, key);
            if (!row) continue;
            // A claim left by a program that stopped while writing holds nothing after a while.
            const held =
              row.path === root ? now - row.added_ms < STALE_CLAIM_MS : !(again && !existsSync(row.path));
            if (held) return row.path;
          }
          for (const key of keys) q.claim.run(root, key, root, now);
          return null;
        });
      })
      .immediate();
  const rememberMany = (
    written: readonly {keys: readonly string[]; path: string; feed: string | null}[],
  ): void => {
    const now = Date.now();
    db.transaction(() => {
      for (const w of written) {
        for (const key of w.keys) {
          q.remember.run(root, key, w.path, now);
          retry?.done.run(root, key);
        }
        if (w.feed !== null) q.link.run(root, w.feed, w.path);
      }
    })();
  };

  return {
    list: () => q.list.all(root).map(toRow),
    get: (url) => {
      const row = q.get.get(root, url);
      return row ? toRow(row) : null;
    },
    subscribe: (url, title, site) => {
      const added = q.insert.run(root, url, title, site, Date.now()).changes > 0;
      if (!added) q.fillTitle.run(title, site, root, url);
      return added;
    },
    unsubscribe: (url) => q.remove.run(root, url).changes > 0,
    record: (url, fetch) => {
      const sets: string[] = [];
      const values: (string | number | null)[] = [];
      const set = (column: string, value: string | number | null): void => {
        sets.push(`${column} = ?`);
        values.push(value);
      };
      const now = Date.now();
      set('fetched_ms', now);
      if (fetch.ok && okColumn) set('ok_ms', now);
      set('error', fetch.error);
      // A failed fetch says only its error, and keeps what the last good one learnt (validators, title, item
      // count). A feed that was read is recorded whole even when some of its items were not: its item count was
      // left at 0 when an item's page answered 404, though the feed listed its items.
      if (fetch.title) set('title', fetch.title);
      if (fetch.site) set('site', fetch.site);
      if (fetch.etag !== undefined) set('etag', fetch.etag);
      if (fetch.lastModified !== undefined) set('last_modified', fetch.lastModified);
      if (fetch.items !== undefined) set('items', fetch.items);
      if (fetch.added) sets.push(`articles = articles + ${Math.trunc(fetch.added)}`);
      db.prepare(`UPDATE feeds SET ${sets.join(', ')} WHERE root = ? AND url = ?`).run(...values, root, url);
    },
    recordCopy: (url, copy) => {
      q.copy.run(copy.title, copy.site, copy.items, Math.trunc(copy.added), root, url);
    },
    addedKeys: () => new Map(q.keys.all(root).map((r) => [r.key, r.path])),
    claim: (keys, again) => claimMany([{keys, again}])[0]!,
    claimMany,
    release: (keys) => {
      for (const key of keys) q.release.run(root, key);
    },
    remember: (keys, path) => rememberMany([{keys, path, feed: null}]),
    rememberMany,
    linkMany: (links) => {
      if (links.length === 0) return;
      db.transaction(() => {
        for (const l of links) q.link.run(root, l.feed, l.path);
      })();
    },
    link: (url, path) => {
      q.link.run(root, url, path);
    },
    articleCounts: () => {
      // Each feed's files: those it wrote or found (by the path it knew them by) and those naming it where the
      // library last read them, so an article renamed or moved since still counts, once.
      const files = new Map<string, Set<string>>();
      for (const {feed, path} of [...q.links.iterate(root), ...namedFiles()]) {
        const set = files.get(feed) ?? new Set<string>();
        files.set(feed, set.add(path));
      }
      const counts = new Map<string, number>();
      const exists = new Map<string, boolean>();
      for (const [feed, paths] of files)
        for (const path of paths) {
          let there = exists.get(path);
          if (there === undefined) exists.set(path, (there = existsSync(path)));
          if (there) counts.set(feed, (counts.get(feed) ?? 0) + 1);
        }
      return counts;
    },
    unreadableKeys: () => new Set(q.unreadable.all(root).map((r) => r.key)),
    rememberUnreadable: (keys, reason) => {
      const now = Date.now();
      db.transaction(() => {
        for (const key of keys) {
          q.rememberUnreadable.run(root, key, reason, now);
          retry?.done.run(root, key);
        }
      })();
    },
    retryKeys: () => new Map(retry ? retry.keys.all(root).map((r) => [r.key, r.seen_ms]) : []),
    rememberRetries: (items) => {
      if (!retry || items.length === 0) return;
      const now = Date.now();
      db.transaction(() => {
        for (const {keys, reason, feed} of items)
          for (const key of keys) retry.add.run(root, key, reason, now, now, feed, keys[0]!);
      })();
    },
    retrying: () =>
      new Map(
        (retry?.byFeed.all(root) ?? []).map((r) => [
          r.feed,
          {items: r.items, firstMs: r.first_ms, lastMs: r.last_ms, reason: r.reason},
        ]),
      ),
  };
}
