import {mkdirSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {openTarget, type Target} from '../feeds/target.js';
import type {Db} from '../store/open-db.js';
import {openStoreForCli} from './open-store.js';
import type {Io} from './output.js';

/** An open library to add to, and how to let go of it. */
export interface OpenTarget {
  target: Target;
  db: Db;
  close(): void;
}

/**
 * Opens the library folder and database for adding or refreshing, or says why not and returns null. With
 * `create`, a missing library folder is made (the first `brief add` makes the default one).
 */
export function openTargetForCli(
  articles: string,
  dbPath: string,
  io: Io,
  create: boolean,
): OpenTarget | null {
  const root = resolve(articles);
  try {
    if (!statSync(root).isDirectory()) {
      io.err(`brief: ${articles} is not a folder\n`);
      return null;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || !create) {
      io.err(
        `brief: cannot open the article folder ${articles}: ${code === 'ENOENT' ? 'no such folder' : code}\n`,
      );
      return null;
    }
    try {
      mkdirSync(root, {recursive: true});
      io.err(`brief: created the article folder ${root}\n`);
    } catch (mkdirErr) {
      io.err(
        `brief: cannot create the article folder ${root}: ${(mkdirErr as NodeJS.ErrnoException).code}\n`,
      );
      return null;
    }
  }
  // Through the store, so the database is checked as every command checks it (never a file that is not brief's,
  // marks restored from the journal, damage repaired).
  const opened = openStoreForCli(root, dbPath, io);
  const store = opened.store;
  if (!store) return null;
  try {
    return {target: openTarget(store.db, root), db: store.db, close: () => store.close()};
  } catch (err) {
    store.close();
    io.err(
      `brief: cannot open the subscriptions in ${dbPath}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return null;
  }
}

/** "3 new articles", "1 new article". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "Courier: 1 item kept as its teaser only (its page: HTTP 404 Not Found)": items whose page is gone for good are
 * kept as what the feed says of them (not tried again), which the user should know; null when there are none.
 */
export function teaserWarning(name: string, r: {teasers: number; teaserError: string | null}): string | null {
  if (r.teasers === 0) return null;
  return `warning: ${name}: ${plural(r.teasers, 'item')} kept as the feed's teaser only (the page: ${r.teaserError ?? 'not read'})`;
}
