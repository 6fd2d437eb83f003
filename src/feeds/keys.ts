import {createHash} from 'node:crypto';
import type {Db} from '../store/open-db.js';
import {urlKey} from '../web/url.js';

// One article, however it arrives, has the same keys: its address without tracking parameters and fragment, its
// text with case, punctuation and spacing folded away, and (from a feed) the feed's id for the item.

/** The key of an article's address. */
export function urlKeyOf(url: string): string {
  return `u:${urlKey(url)}`;
}

/** The key of an article's text. */
export function textKeyOf(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `t:${createHash('sha256').update(folded).digest('hex').slice(0, 32)}`;
}

/** The key of a feed item by the feed's own id for it. */
export function itemKeyOf(feedUrl: string, id: string): string {
  return `g:${feedUrl} ${id}`;
}

/**
 * Keys of the articles the store has indexed for `root` (files the user put there as well as added ones), so an
 * article the user already has is not added again. An index the store has not made yet gives none.
 */
export function indexedKeys(db: Db, root: string): Map<string, string> {
  const keys = new Map<string, string>();
  try {
    const rows = db
      .prepare<[string], {path: string; url: string | null; body: string | null}>(
        'SELECT f.path, f.url, b.body FROM files f LEFT JOIN bodies b ON b.fid = f.fid WHERE f.root = ? AND f.hash IS NOT NULL',
      )
      .iterate(root);
    for (const row of rows) {
      if (row.url) keys.set(urlKeyOf(row.url), row.path);
      if (row.body) keys.set(textKeyOf(row.body), row.path);
    }
  } catch {
    // The store's tables are its own to change; without them only brief's own record of added articles counts.
  }
  return keys;
}
