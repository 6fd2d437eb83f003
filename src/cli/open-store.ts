import {statSync} from 'node:fs';
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
    // The library's own error wording would pull its parser into the reader's start-up; the code says enough.
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (code ?? String(err));
    io.err(`brief: cannot open the article folder ${articles}: ${why}\n`);
    return null;
  }
  try {
    return openSqliteStore({dbPath, root: articles, onWarning: (message) => io.err(`brief: ${message}\n`)});
  } catch (err) {
    io.err(
      `brief: cannot open the database ${dbPath}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return null;
  }
}
