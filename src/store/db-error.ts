import {statfsSync} from 'node:fs';
import {dirname} from 'node:path';

/**
 * Why the database cannot be used, in the user's terms. `usage` when the user named a file brief must not touch
 * (the CLI exits 2 and the file is left as it was); otherwise something went wrong with a file brief may use.
 */
export class DbError extends Error {
  constructor(
    message: string,
    /** The path given is the wrong file (a usage error), not a failure of the right one. */
    readonly usage = false,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

/** The error code SQLite or Node gave, or ''. */
export function errorCode(err: unknown): string {
  const code = (err as {code?: unknown} | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** True for errors that mean the database file's contents are damaged. */
export function isDamage(err: unknown): boolean {
  const code = errorCode(err);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return true;
  // The full-text index's settings live in a table of their own; when its page is damaged, SQLite says only that
  // the table could not be set up.
  return (
    code === 'SQLITE_ERROR' && /vtable constructor failed|malformed/.test(String((err as Error).message))
  );
}

/** True for errors that mean the database (or its folder) cannot be written. */
export function isReadOnly(err: unknown): boolean {
  const code = errorCode(err);
  return code.startsWith('SQLITE_READONLY') || ['SQLITE_PERM', 'EACCES', 'EPERM', 'EROFS'].includes(code);
}

/** Bytes free for unprivileged writes on the disk holding `dir`, or null when it cannot be told. */
export type FreeBytes = (dir: string) => number | null;

const freeBytes: FreeBytes = (dir) => {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
};

// SQLite reports a full disk as SQLITE_FULL only for its own writes; creating or growing the `-shm` file on a full
// disk surfaces as a "disk I/O error". Less than this much room counts as full.
const NEARLY_FULL = 1024 * 1024;

/**
 * True for errors that mean the disk holding the database at `path` is full: SQLite's own full disk, or a disk I/O
 * error (making the `-shm` of a database closed cleanly: SQLITE_IOERR_SHMSIZE) or a file it cannot open while the
 * disk has less than a megabyte free.
 */
export function isDiskFull(err: unknown, path: string, free: FreeBytes = freeBytes): boolean {
  const code = errorCode(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
  if (!code.startsWith('SQLITE_IOERR') && code !== 'SQLITE_CANTOPEN') return false;
  const room = free(dirname(path));
  return room !== null && room < NEARLY_FULL;
}

/** One line saying what went wrong with the database at `path`, in the user's terms rather than SQLite's. */
export function describeDbError(err: unknown, path: string, free: FreeBytes = freeBytes): string {
  if (err instanceof DbError) return err.message;
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (isDiskFull(err, path, free)) return `the disk holding ${path} is full`;
  if (code.startsWith('SQLITE_IOERR')) return `cannot read or write ${path}: ${message} (${code})`;
  if (isReadOnly(err)) return `${path} cannot be written (read-only file or folder)`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `${path} is kept busy by another program`;
  if (isDamage(err)) return `${path} is damaged (${message})`;
  return `cannot use ${path}: ${message}`;
}
