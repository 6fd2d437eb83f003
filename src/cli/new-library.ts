import {existsSync, rmdirSync, unlinkSync} from 'node:fs';
import {dirname, resolve} from 'node:path';

// The files SQLite and brief keep for a database, named after it (store/db-file.ts names them too).
const DB_FILES = ['', '-wal', '-shm', '-journal', '.marks', '.marks-unsaved'];

/** What opening a new library made, so that a run which added nothing can leave the disk as it found it. */
export interface NewLibrary {
  /** Takes away the folders and database files this run made, when the article folder is still empty. */
  undo(): void;
}

/** The folders missing on the way to `dir` (itself included), the innermost first. */
function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let p = resolve(dir); !existsSync(p) && dirname(p) !== p; p = dirname(p)) missing.push(p);
  return missing;
}

/**
 * Notes, before `brief add` or `brief refresh` makes the article folder `made` (the folders it made, outermost
 * first) and opens the database at `dbPath`, which of the database's files and folders exist, so that `undo` takes
 * away only what this run made: a failed first `brief add URL` (the server down, a 404) leaves no empty library
 * and database behind.
 */
export function noteNewLibrary(made: string[], dbPath: string): NewLibrary {
  const dbFolders = missingFolders(dirname(dbPath));
  // A database that was there is left whole: its -wal and -shm may be another program's, open on it now.
  const dbFiles = existsSync(dbPath)
    ? []
    : DB_FILES.map((suffix) => dbPath + suffix).filter((path) => !existsSync(path));
  return {
    undo() {
      const root = made[made.length - 1];
      if (root === undefined) return;
      try {
        // Only an empty folder goes: anything in it (an article another program wrote meanwhile) keeps it all.
        rmdirSync(root);
      } catch {
        return;
      }
      for (const path of dbFiles) {
        try {
          unlinkSync(path);
        } catch {
          // Never made, or gone already.
        }
      }
      for (const dir of [...made.slice(0, -1).reverse(), ...dbFolders].sort((a, b) => b.length - a.length)) {
        try {
          rmdirSync(dir);
        } catch {
          // Not empty (another program's files), or gone already: left as it is.
        }
      }
    },
  };
}
