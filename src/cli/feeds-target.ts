import {mkdirSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import type {FeedResult} from '../feeds/refresh.js';
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
 * What went wrong with a feed's items, one stderr line each (without "brief: "): items not read (input that failed,
 * tried again next time: the command exits 1) and items kept as the feed's teaser alone because their page is gone
 * for good (a warning). `brief add` and `brief refresh` say them alike.
 */
export function itemProblems(
  name: string,
  r: Pick<FeedResult, 'skipped' | 'error' | 'teasers' | 'teaserError'>,
): string[] {
  const lines: string[] = [];
  if (r.skipped) lines.push(`${name}: ${plural(r.skipped, 'item')} not read (${r.error})`);
  if (r.teasers)
    lines.push(
      `warning: ${name}: ${plural(r.teasers, 'item')} kept as the feed's teaser only (the page: ${r.teaserError ?? 'not read'})`,
    );
  return lines;
}
