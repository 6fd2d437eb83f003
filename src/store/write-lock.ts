import {errorCode} from './db-error.js';
import type {Db} from './open-db.js';

// A reader writes on the thread that answers keys. With the connection's busy timeout (10 s) a write waited that
// long, synchronously, whenever another process held the database's write lock (a `brief index` in another
// terminal, a second reader): no key was answered and the progress line stood still. The reader's writes try the
// lock with a wait shorter than a frame instead, and what they could not write waits for a later turn.

/** How long a write on the reader's thread waits for the lock: well inside one frame. */
export const UI_WRITE_WAIT_MS = 8;

/** What a write that did not get the write lock returns: nothing of it ran. */
export const BUSY: unique symbol = Symbol('busy');

/** True for SQLite's "another connection holds the lock" errors. */
export function isBusy(err: unknown): boolean {
  const code = errorCode(err);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** Thrown by a store write that did not get the write lock in its short wait; nothing was written. */
export class WriteBusy extends Error {
  constructor(path: string) {
    super(`${path} is being written by another program; will try again`);
    this.name = 'WriteBusy';
  }
}

/**
 * Runs `write` in an immediate transaction, waiting at most `waitMs` for another connection's write lock (the
 * connection's own busy timeout is put back after). BUSY when the lock was not had: `write` did not run. An error
 * from inside `write` (a BUSY included) is thrown as it is, its transaction rolled back.
 */
export function tryWrite<T>(db: Db, waitMs: number, write: () => T): T | typeof BUSY {
  const before = db.pragma('busy_timeout', {simple: true}) as number;
  const wait = Math.max(0, Math.round(waitMs));
  if (before !== wait) db.pragma(`busy_timeout = ${wait}`);
  let entered = false;
  try {
    return db
      .transaction(() => {
        entered = true;
        return write();
      })
      .immediate();
  } catch (err) {
    if (!entered && isBusy(err)) return BUSY;
    throw err;
  } finally {
    if (before !== wait && db.open) db.pragma(`busy_timeout = ${before}`);
  }
}

/**
 * The write lock as a background writer on a UI thread sees it: each write tries it briefly; once refused, later
 * writes do not try again (and so do not wait at all) until a retry time, which backs off from 50 ms to 1 s while
 * the other program keeps the lock.
 */
export interface WriteTurns {
  /** Runs `write` in an immediate transaction, or returns BUSY (nothing ran) while the lock is taken. */
  write<T>(db: Db, write: () => T): T | typeof BUSY;
  /** True from a refused write until one succeeds. */
  readonly waiting: boolean;
  /** Milliseconds until the next write may try the lock (0 when not waiting). */
  delay(): number;
}

const FIRST_RETRY_MS = 50;
const LAST_RETRY_MS = 1000;

/** Write turns for writes that wait at most `waitMs` for the lock; `onChange` hears when waiting starts or ends. */
export function writeTurns(waitMs: number, onChange: (waiting: boolean) => void = () => {}): WriteTurns {
  let retryAt = 0;
  let backoff = 0;
  return {
    write(db, write) {
      if (backoff > 0 && performance.now() < retryAt) return BUSY;
      const out = tryWrite(db, waitMs, write);
      if (out === BUSY) {
        const first = backoff === 0;
        backoff = first ? FIRST_RETRY_MS : Math.min(LAST_RETRY_MS, backoff * 2);
        retryAt = performance.now() + backoff;
        if (first) onChange(true);
      } else if (backoff > 0) {
        backoff = 0;
        onChange(false);
      }
      return out;
    },
    get waiting() {
      return backoff > 0;
    },
    delay() {
      return backoff > 0 ? Math.max(0, retryAt - performance.now()) : 0;
    },
  };
}
