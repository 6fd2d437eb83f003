import Database from 'better-sqlite3';
import {rmSync, statSync} from 'node:fs';
import {fileId, readMainHeader, sameFile} from './db-file.js';
import type {Db} from './open-db.js';
import {APPLICATION_ID, SCHEMA_VERSION} from './schema.js';

// A database replaced while brief runs by a file brief must leave alone (another program's SQLite file, a newer
// brief's database, a text file) is not opened: the reader goes on from a copy in memory of the database it had,
// and marks made meanwhile are kept aside until a brief database is back at the path (live-db.ts).

/**
 * What now stands at the database path, judged from the main file's own bytes: while brief's connection to the
 * file that was there is open, the `-wal` beside the path is that file's, so it must not count.
 * `null` when nothing is there (the file was deleted); `'brief'` for a file brief may open; otherwise what it is.
 */
export function occupant(path: string): 'brief' | string | null {
  let st;
  try {
    st = statSync(path);
  } catch {
    return null;
  }
  if (st.isDirectory()) return 'a folder';
  if (!st.isFile()) return 'a file that is not a regular file';
  if (st.size === 0) return 'brief';
  const header = readMainHeader(path);
  if (!header?.sqlite) return 'a file that is not a SQLite database';
  if (header.applicationId === APPLICATION_ID) {
    return header.userVersion > SCHEMA_VERSION ? 'a database of a newer brief' : 'brief';
  }
  return header.applicationId === 0 && header.blank ? 'brief' : "another program's SQLite database";
}

/**
 * A copy in memory of everything `db` holds, for reading on when its file is gone from the path. Closing `db`
 * afterwards checkpoints its `-wal` into its own file and removes it from beside the path, where another
 * program opening the new file would otherwise read brief's pages over its own.
 */
export function memoryCopy(db: Db): Db {
  const image = db.serialize();
  // A WAL database's header says so (bytes 18-19 = 2); a database in memory has no WAL.
  if (image.length > 19 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20);
  return new Database(image);
}

/**
 * Closes the connection to a file no longer at `path`, taking its `-wal` and `-shm` from beside the path: SQLite
 * leaves them there when the file was replaced, and the next file opened at the path (another program's, or a
 * brief database put back) would be read with the old file's pages over its own. The WAL is checkpointed into the
 * old file first; only the very `-wal` and `-shm` this connection had are removed.
 */
export function closeReplaced(db: Db, path: string): void {
  const sides = ['-wal', '-shm'].map((suffix) => ({at: path + suffix, id: fileId(path + suffix)}));
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Removed below all the same: the old file is gone from the path, and the copy taken holds its pages.
  }
  db.close();
  for (const side of sides) {
    if (side.id && sameFile(fileId(side.at), side.id)) rmSync(side.at, {force: true});
  }
}
