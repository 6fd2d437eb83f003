import {
  closeSync,
  existsSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
} from 'node:fs';
import {basename, dirname, isAbsolute, join, relative, resolve, sep} from 'node:path';
import {makeFolders} from '../library/make-folder.js';
import {DbError, describeDbError, errorCode} from './db-error.js';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const WAL_MAGIC = [0x377f0682, 0x377f0683];

/** What the first page of a SQLite file says, read from the bytes (so a file SQLite refuses can still be told). */
export interface DbHeader {
  /** The file starts with SQLite's magic string. */
  sqlite: boolean;
  /** `PRAGMA application_id`: which program the file belongs to (0 when none said). */
  applicationId: number;
  /** `PRAGMA user_version`: brief's schema version. */
  userVersion: number;
  /** The schema is empty (page 1 is a leaf with no rows): a SQLite file nothing has been stored in. */
  blank: boolean;
}

function readAt(path: string, offset: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The newest copy of page 1 in the `-wal` file, when there is one: a database made and then cut off before its
 * first checkpoint has brief's application id only there, and the main file still says 0.
 */
function walFirstPage(path: string): Buffer | null {
  const wal = `${path}-wal`;
  let size: number;
  try {
    size = statSync(wal).size;
  } catch {
    return null;
  }
  try {
    return newestFirstPage(wal, size);
  } catch (err) {
    // Gone between the stat and the read: another process closed the database's last connection, which removes it.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * The newest page 1 in the `-wal` file `wal` of `size` bytes when stat'ed. Another process may truncate or reset the
 * file meanwhile (a checkpoint): a short read ends the scan rather than reading past what was read.
 */
export function newestFirstPage(wal: string, size: number): Buffer | null {
  const head = readAt(wal, 0, 32);
  if (head.length < 32 || !WAL_MAGIC.includes(head.readUInt32BE(0))) return null;
  const pageSize = head.readUInt32BE(8);
  if (pageSize < 512 || pageSize > 65536) return null;
  const salt = head.subarray(16, 24);
  let found: number | null = null;
  for (let at = 32; at + 24 + pageSize <= size; at += 24 + pageSize) {
    const frame = readAt(wal, at, 24);
    if (frame.length < 24 || !frame.subarray(8, 16).equals(salt)) break;
    if (frame.readUInt32BE(0) === 1) found = at + 24;
  }
  if (found === null) return null;
  const page = readAt(wal, found, 108);
  return page.length < 108 ? null : page;
}

/**
 * The header of the SQLite file at `path` (the `-wal` file's page 1 winning), or null when there is no file.
 * Only a file in WAL mode (bytes 18-19 = 2) has a `-wal` of its own: beside any other, the `-wal` at its path is a
 * leftover of a file that stood there before, and its page 1 says nothing of this one.
 */
export function readHeader(path: string): DbHeader | null {
  return header(path, true);
}

/** The header of the main file at `path` alone, whatever the `-wal` beside it says; null when there is no file. */
export function readMainHeader(path: string): DbHeader | null {
  return header(path, false);
}

function header(path: string, withWal: boolean): DbHeader | null {
  let head: Buffer;
  try {
    head = readAt(path, 0, 108);
  } catch {
    return null;
  }
  if (head.length < 108 || !head.subarray(0, 16).equals(MAGIC)) {
    return {sqlite: false, applicationId: 0, userVersion: 0, blank: false};
  }
  const walMode = head[18] === 2 && head[19] === 2;
  const page = (withWal && walMode && head.readUInt32BE(68) === 0 ? walFirstPage(path) : null) ?? head;
  return {
    sqlite: true,
    applicationId: page.readUInt32BE(68),
    userVersion: page.readUInt32BE(60),
    // A table-leaf b-tree page (type 13) holding no cells: sqlite_schema lists nothing.
    blank: page[100] === 13 && page.readUInt16BE(103) === 0,
  };
}

// Links followed to find a dangling link's target before giving up (the kernel's own limit is 40).
const MAX_LINKS = 40;

/**
 * The real path of `path`, resolving symlinks of whatever part of it exists. A dangling symlink resolves to its
 * target: opening it, SQLite makes the file there (`--db ~/news.db` linked to `~/articles/news.db`).
 */
function realish(path: string, links = 0): string {
  const tail: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...tail.reverse());
    } catch {
      const target = links < MAX_LINKS ? linkTarget(p) : null;
      if (target !== null) return join(realish(resolve(dirname(p), target), links + 1), ...tail.reverse());
      if (dirname(p) === p) return resolve(path);
      tail.push(basename(p));
    }
  }
}

/** What the symlink at `path` points to, or null when `path` is not a symlink. */
function linkTarget(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}

/**
 * Refuses a database path inside the article folder: there it could be (or become) an article, and brief must
 * never write, move or replace the user's files. Hidden folders and files are exempt: brief never reads them as
 * articles, so a library may keep its database in, say, `.brief/brief.db`.
 */
export function refuseInsideLibrary(dbPath: string, root: string): void {
  const rel = relative(realish(root), realish(dbPath));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  if (rel.split(sep).some((part) => part.startsWith('.'))) return;
  throw new DbError(
    `the database ${dbPath} is inside the article folder ${root}; use --db to choose a file elsewhere`,
    true,
  );
}

/** Makes the folder of the database, saying which part of the path is in the way when it cannot. */
export function ensureFolder(dbPath: string): void {
  const dir = dirname(resolve(dbPath));
  try {
    makeFolders(dir);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      for (let p = dir; dirname(p) !== p; p = dirname(p)) {
        if (existsSync(p) && !statSync(p).isDirectory()) {
          throw new DbError(`cannot create the database folder ${dir}: ${p} is a file`);
        }
      }
    }
    if (code === 'ENOSPC') throw new DbError(describeDbError(err, dbPath));
    throw err;
  }
}

/**
 * What is at the database path, refusing anything brief must leave alone: a folder, a special file, a file that
 * is not SQLite, a SQLite file of another program. Returns the header of a file brief may open (null when none).
 */
export function checkDbFile(path: string): DbHeader | null {
  refuseSideFile(path);
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    // ENOTDIR: part of the folder path is a file, which making the folder will explain.
    if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return null;
    throw err;
  }
  if (st.isDirectory()) throw new DbError(`${path} is a folder; use --db to choose a database file`, true);
  if (!st.isFile())
    throw new DbError(`${path} is not a regular file; use --db to choose a database file`, true);
  if (st.size === 0) return null;
  const header = readHeader(path);
  if (!header?.sqlite) {
    throw new DbError(
      `${path} is not a brief database (not a SQLite file) and brief leaves it alone; use --db to choose another file`,
      true,
    );
  }
  return header;
}

// The files kept beside a database, named after it: a database at such a name would be written over by the one it
// stands beside (its marks appended to it, or SQLite taking it for its WAL), and the other way round.
const SIDE_FILES: readonly [string, string][] = [
  ['.marks-unsaved', 'the marks kept aside'],
  ['.marks', 'the marks journal'],
  ['-wal', "SQLite's write-ahead log"],
  ['-shm', "SQLite's shared memory"],
  ['-journal', "SQLite's rollback journal"],
];

/** Refuses a database path named as a file kept beside another database (`brief.db.marks`, `brief.db-wal`). */
function refuseSideFile(path: string): void {
  const side = SIDE_FILES.find(([suffix]) => path.endsWith(suffix) && basename(path) !== suffix);
  if (!side) return;
  throw new DbError(
    `${path} is named as ${side[1]} of the database ${path.slice(0, -side[0].length)}, which would write over it; use --db to choose another name`,
    true,
  );
}

/** A file's identity, to tell whether a path still names the file a connection has open. */
export interface FileId {
  dev: number;
  ino: number;
}

/** The identity of the file at `path`, or null when there is none. */
export function fileId(path: string): FileId | null {
  try {
    const st = statSync(path);
    return {dev: st.dev, ino: st.ino};
  } catch {
    return null;
  }
}

/** True when both name the same file. */
export function sameFile(a: FileId | null, b: FileId | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** Renames a damaged database (with its `-wal` and `-shm`) to `<path>.broken-<time>`; returns the new name. */
export function moveAside(path: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  let aside = `${path}.broken-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.broken-${stamp}-${n}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  return aside;
}
