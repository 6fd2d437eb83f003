import {accessSync, constants, statSync} from 'node:fs';
import {DbError, describeDbError} from '../store/db-error.js';
import type {OpenDbOptions} from '../store/open-db.js';
import {openSqliteStore, type SqliteStore} from '../store/sqlite-store.js';
import {folderProblem} from './folder-problem.js';
import {newDatabaseNote} from './named-db.js';
import {notAFolder} from './not-a-folder.js';
import {TILDE, unexpandedTilde} from './tilde.js';
import type {Io} from './output.js';

/** The open store, or the exit code after the reason was printed: 2 when the user named the wrong file. */
export type OpenedStore = {store: SqliteStore; code: 0} | {store: null; code: 1 | 2};

/** Why an article folder cannot be opened when it does not exist, with what to do next. */
export const NO_FOLDER =
  "no such folder (name your library with --articles DIR, or start one with 'brief add URL')";

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
  try {
    if (!statSync(articles).isDirectory()) {
      io.err(`brief: ${notAFolder(articles)}\n`);
      return {store: null, code: 1};
    }
    // stat() needs no permission on the folder itself: one that cannot be listed passed, and was "no articles".
    accessSync(articles, constants.R_OK | constants.X_OK);
  } catch (err) {
    // In folder-problem.ts's words: the library's own would pull its parser into the reader's start-up.
    const code = (err as NodeJS.ErrnoException).code;
    // A new user's first command lands here when the default folder was never made: say what to do next.
    const why =
      code === 'ENOENT'
        ? unexpandedTilde(articles)
          ? `no such folder: ${TILDE}`
          : NO_FOLDER
        : folderProblem(err);
    io.err(`brief: cannot open the article folder ${articles}: ${why}\n`);
    return {store: null, code: 1};
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
