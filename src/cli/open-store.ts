import {DbError, describeDbError} from '../store/db-error.js';
import type {OpenDbOptions} from '../store/open-db.js';
import {openSqliteStore, type SqliteStore} from '../store/sqlite-store.js';
import {articlesFolderRefusal} from './articles-folder.js';
import {newDatabaseNote} from './named-db.js';
import type {Io} from './output.js';

/** The open store, or the exit code after the reason was printed: 2 when the user named the wrong file or folder. */
export type OpenedStore = {store: SqliteStore; code: 0} | {store: null; code: 1 | 2};

/** Opens the library's store for a command, or says why not (one line on stderr). */
export function openStoreForCli(
  articles: string,
  dbPath: string,
  io: Io,
  onWarning: (message: string) => void = (message) => io.err(`brief: ${message}\n`),
  readOnlyNote?: string | null,
  /** How the database is opened otherwise (the reader's smaller page cache). */
  tuned: Pick<OpenDbOptions, 'cacheKib'> = {},
): OpenedStore {
  const refused = articlesFolderRefusal(articles);
  if (refused) {
    io.err(refused.line);
    return {store: null, code: refused.code};
  }
  try {
    const note = readOnlyNote === undefined ? {} : {readOnlyNote};
    // Looked at before SQLite makes the file. Said through the store: on stderr, and in the reader's footer too.
    const made = newDatabaseNote(dbPath);
    const store = openSqliteStore({dbPath, root: articles, onWarning, ...note, ...tuned});
    if (made !== null) store.notify(made);
    return {store, code: 0};
  } catch (err) {
    const usage = err instanceof DbError && err.usage;
    io.err(`brief: ${describeDbError(err, dbPath).replace(/\s*\n\s*/g, ' ')}\n`);
    return {store: null, code: usage ? 2 : 1};
  }
}
