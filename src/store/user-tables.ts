import type {Db} from './open-db.js';
import {USER_TABLE_NAMES, USER_TABLES} from './schema.js';

// Before feed_articles, a feed's item with an id left a key "g:FEED ID" beside the file written for it: a database
// of then gets its links from those (an item without an id is not linked until its feed is read again).
const LINKS_FROM_ITEM_KEYS = `INSERT OR IGNORE INTO feed_articles (root, feed, path)
  SELECT root, substr(key, 3, instr(key, ' ') - 3), path FROM added WHERE key LIKE 'g:% %'`;

/** The USER_TABLES the database has. */
export function userTablesPresent(db: Db): Set<string> {
  return new Set(
    db
      .prepare<[], {name: string}>(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (${USER_TABLE_NAMES.map((n) => `'${n}'`).join(', ')})`,
      )
      .all()
      .map((r) => r.name),
  );
}

/**
 * Makes the USER_TABLES that are missing (a database older than feed_articles gets its links); call inside a write
 * transaction, or with `present` read just before.
 */
export function addUserTables(db: Db, present: ReadonlySet<string>): void {
  if (present.size === USER_TABLE_NAMES.length) return;
  db.exec(USER_TABLES);
  if (!present.has('feed_articles')) db.exec(LINKS_FROM_ITEM_KEYS);
}
