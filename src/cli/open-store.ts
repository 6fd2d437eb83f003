import {statSync} from 'node:fs';
import {describeFsError} from '../library/read-article.js';
import {openSqliteStore, type SqliteStore} from '../store/sqlite-store.js';
import type {Io} from './output.js';

/** Opens the library's store for a command, or says why not (on stderr) and returns null. */
export function openStoreForCli(articles: string, dbPath: string, io: Io): SqliteStore | null {
  try {
    if (!statSync(articles).isDirectory()) {
      io.err(`brief: ${articles} is not a folder\n`);
      return null;
    }
  } catch (err) {
    io.err(`brief: cannot open the article folder ${articles}: ${describeFsError(err)}\n`);
    return null;
  }
  try {
    return openSqliteStore({dbPath, root: articles, onWarning: (message) => io.err(`brief: ${message}\n`)});
  } catch (err) {
    io.err(`brief: cannot open the database ${dbPath}: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
}
