import {mkdirSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {openTarget, type Target} from '../feeds/target.js';
import {openDatabase, type Db} from '../store/open-db.js';
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
  let db: Db;
  try {
    db = openDatabase(dbPath, {onWarning: (message) => io.err(`brief: ${message}\n`)});
  } catch (err) {
    io.err(
      `brief: cannot open the database ${dbPath}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return null;
  }
  try {
    return {target: openTarget(db, root), db, close: () => db.close()};
  } catch (err) {
    db.close();
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
