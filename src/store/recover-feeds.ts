import type {Db} from './open-db.js';
import {addUserTables, userTablesPresent} from './user-tables.js';

// Subscriptions, unlike marks, have no journal: every article a feed added names the feed in its front matter
// (`feed:`), and the index keeps it with the file (files.feed), so a database that has never held a subscription
// of the library (deleted while brief was closed, another named with --db) gets them again from the articles. A
// database that has held one (a feed, or an article linked to a feed, which stays when its feed is removed) keeps
// what the user decided: a removed feed does not come back.

/** One article's feed and source, as the index keeps them. */
export interface FeedMention {
  feed: string;
  source: string | null;
}

/** A subscription to make again: the feed's address, and the title its articles mostly give as their source. */
export interface RecoveredFeed {
  url: string;
  title: string | null;
}

const isWebAddress = (text: string): boolean => {
  try {
    const {protocol} = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * The feeds the articles name, by address (web addresses only: a file may say anything), each with the source most
 * of its articles give (a feed's title, unless an item's page named its site), the first in order on a tie.
 */
export function feedsNamed(mentions: readonly FeedMention[]): RecoveredFeed[] {
  const sources = new Map<string, Map<string, number>>();
  for (const {feed, source} of mentions) {
    if (!isWebAddress(feed)) continue;
    const counts = sources.get(feed) ?? new Map<string, number>();
    sources.set(feed, counts);
    if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...sources]
    .map(([url, counts]) => {
      const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
      return {url, title: best?.[0] ?? null};
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** True when the library has held a subscription in this database (a feed, or an article linked to one). */
function hasHistory(db: Db, root: string, present: ReadonlySet<string>): boolean {
  const any = (table: string): boolean =>
    present.has(table) &&
    db.prepare<[string]>(`SELECT 1 FROM ${table} WHERE root = ? LIMIT 1`).get(root) !== undefined;
  return any('feeds') || any('feed_articles');
}

/** True when the library has held a subscription in this database: its lost subscriptions are not looked for. */
export function heldSubscriptions(db: Db, root: string): boolean {
  return hasHistory(db, root, userTablesPresent(db));
}

/**
 * True when recoverFeeds has something to do: the library's articles name a feed and the database has never held
 * a subscription of the library. Reads two or three index entries: cheap enough after every pass.
 */
export function mayRecoverFeeds(db: Db, root: string): boolean {
  const named = db
    .prepare<[string]>('SELECT 1 FROM files WHERE root = ? AND feed IS NOT NULL LIMIT 1')
    .get(root);
  return named !== undefined && !heldSubscriptions(db, root);
}

/**
 * Subscribes the library again to the feeds its articles name, each linked to its articles (as `brief feeds`
 * counts them), when the database has never held a subscription of it; returns how many. Call inside a write
 * transaction, so that two programs on the database do it once.
 */
export function recoverFeeds(db: Db, root: string, now = Date.now()): number {
  const present = userTablesPresent(db);
  addUserTables(db, present);
  if (hasHistory(db, root, userTablesPresent(db))) return 0;
  const rows = db
    .prepare<[string], FeedMention & {path: string}>(
      'SELECT feed, source, path FROM files WHERE root = ? AND feed IS NOT NULL AND hash IS NOT NULL',
    )
    .all(root);
  const feeds = feedsNamed(rows);
  const subscribe = db.prepare<[string, string, string | null, number]>(
    'INSERT OR IGNORE INTO feeds (root, url, title, added_ms) VALUES (?, ?, ?, ?)',
  );
  const link = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO feed_articles (root, feed, path) VALUES (?, ?, ?)',
  );
  const wanted = new Set(feeds.map((f) => f.url));
  for (const f of feeds) subscribe.run(root, f.url, f.title, now);
  for (const r of rows) if (wanted.has(r.feed)) link.run(root, r.feed, r.path);
  return feeds.length;
}

/** The line that says so, where brief reports what it did to its database. */
export function recoveredFeedsLine(dbPath: string, count: number): string {
  const feeds = count === 1 ? 'the feed' : `the ${count} feeds`;
  return `${dbPath} held no subscriptions; subscribed again to ${feeds} the library's articles name (brief feeds lists them)`;
}
