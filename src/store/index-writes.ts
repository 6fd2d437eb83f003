import {collectLargeHeap} from './heap.js';
import type {Db} from './open-db.js';
import type {SqliteStore} from './sqlite-store.js';
import type {Affected, createWriter} from './store-writes.js';
import {BUSY, writeTurns} from './write-lock.js';
import {traceNow, traceSpan, tracing} from './index-trace.js';

// How an index run's results reach the database: queued as they come, written in small transactions (in slices of
// a few milliseconds under a reader), and, under a reader, never waiting on its thread for another program's lock.

/**
 * Least time between two full garbage collections while results are written (each about 10-30 ms, for a live heap
 * of 20-30 MB). By time, not by results: one result of a text copied 80 times writes 80 files' mentions.
 */
const COLLECT_EVERY_MS = 2000;

/**
 * Least time between two recomputations of the entity records whose mentions went (store-writes.ts's
 * refreshEntities), which a re-analysis needs for nearly every key with every write batch: a pass over every
 * mention, 1-5 s of the main thread at 100,000 files, and it took 45 s of a 78 s re-analysis there. Put off, those
 * records lag the mentions (the database says so, and a run that dies before the recomputation leaves it to the
 * next); the run's last write makes it. At least this long, and ten times what the last one took, so that it stays
 * a tenth of a long run.
 */
const ENTITY_REBUILD_EVERY_MS = 15_000;
const ENTITY_REBUILD_SHARE = 10;

/** Batches queued past which a sliced run's lanes wait for its writes (PassWrites.behind). */
const FAR_BEHIND = 4;

/** The database was repaired or made again under a running pass: the pass starts over on the new one. */
export class Restart extends Error {}

/** What one pass over the folder writes with, and how it is going. */
export interface Pass {
  db: Db;
  generation: number;
  writer: ReturnType<typeof createWriter>;
  affected: Affected;
  /** Writes queued, oldest first. */
  pending: (() => void)[];
  /**
   * The articles this pass's reads returned and queued for writing: an extraction handed the same article (the
   * pool's read memo, read-memo.ts: the file unchanged since) has nothing to add to its file's row.
   */
  read: WeakSet<object>;
  /** Set when a write failed: the lanes stop and the pass ends with it. */
  error: unknown;
}

/** How a run writes. */
export interface PassWriteOptions {
  /** Most results written in one transaction. */
  batchSize: number;
  /** Longest a result waits before it is written. */
  flushEveryMs: number;
  /** Longest one write transaction may run before the rest waits for the next turn (Infinity: no limit). */
  writeSliceMs: number;
  /** Longest a write waits on the thread for another program's lock; undefined: the busy timeout. */
  writeWaitMs: number | undefined;
}

/** What the writes need to know of their run. */
export interface PassWriteHooks {
  /** The pass being written now (null between passes). */
  pass(): Pass | null;
  /** The run was asked to stop. */
  stopped(): boolean;
  /** The run stopped or a write failed. */
  halted(): boolean;
  /** Progress to report (forced: now, whatever the rate limit). */
  emit(force: boolean): void;
  /**
   * Whether a write that is not the last leaves the entity records' added mentions unfolded (refreshEntities's
   * `holdAdded`), to fold them later once a key; false when absent.
   */
  holdEntities?(): boolean;
}

/** A run's writes. */
export interface PassWrites {
  /**
   * Queues a write of the current pass: written within `withinMs` (`flushEveryMs`), at once when a batch is full
   * (`batch` writes waiting, at most `batchSize`).
   */
  enqueue(op: () => void, withinMs?: number, batch?: number): void;
  /**
   * Writes what is pending now (a slice of it); a failure is kept as the pass's error instead of thrown. `final`:
   * no more writes follow soon (the run stops), so nothing is put off.
   */
  flushNow(final?: boolean): void;
  /** Writes everything pending, a slice at a time with a turn of the event loop between slices. */
  drain(): Promise<void>;
  /** Runs `write` in an immediate transaction; BUSY (nothing ran) when another program holds the lock. */
  transact<T>(db: Db, write: () => T): T | typeof BUSY;
  /** A write that waits, on timers and not on the thread, for the lock; BUSY only when the run halted meanwhile. */
  whenFree<T>(db: Db, write: () => T): Promise<T | typeof BUSY>;
  /** Another program holds the lock: writes wait. */
  readonly waiting: boolean;
  /** A sliced run's queue is more than `FAR_BEHIND` batches long: its lanes wait before taking another job. */
  behind(): boolean;
  /** Drops the timer of the next write (the run is over). */
  cancel(): void;
  /** Main-thread time in write transactions, and of it in entity records (the summary's timing). */
  readonly spent: {writeMs: number; linkMs: number};
}

export function createPassWrites(
  store: SqliteStore,
  options: PassWriteOptions,
  run: PassWriteHooks,
): PassWrites {
  const {batchSize, flushEveryMs, writeSliceMs} = options;
  const spent = {writeMs: 0, linkMs: 0};
  let timer: NodeJS.Timeout | null = null;
  // When the timer's write is due (performance.now()).
  let timerDue = Infinity;
  // When the entity records whose mentions went were last recomputed (or the run began), and how long that took.
  let rebuiltAt = performance.now();
  let rebuildMs = 0;
  // When the last full garbage collection ran (see heap.ts).
  let collectedAt = performance.now();
  // A reader's writes try the write lock briefly and leave what they could not write for a later turn
  // (write-lock.ts); a batch run waits for the lock as long as the connection's busy timeout.
  const turns =
    options.writeWaitMs === undefined ? null : writeTurns(options.writeWaitMs, () => run.emit(true));
  const transact = <T>(db: Db, write: () => T): T | typeof BUSY =>
    turns ? turns.write(db, write) : db.transaction(write).immediate();
  const nextTurn = (): Promise<void> =>
    new Promise((resolve) => setTimeout(resolve, Math.max(1, turns?.delay() ?? 0)));

  // Writes what is pending; with a slice, only as much as fits in it (at least one result), the rest on the next
  // turn. A reader re-analysing a library of many copies wrote a batch of 64 texts, each into its ~80 copies'
  // mentions, in one transaction of several seconds, during which no key was answered.
  const flush = (sliceMs = Infinity, final = false): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    timerDue = Infinity;
    if (soon) clearImmediate(soon);
    soon = null;
    const p = run.pass();
    if (!p || (p.pending.length === 0 && p.affected.size === 0)) return;
    // A database deleted or replaced meanwhile is made again (or reopened); this pass's work belongs to the old.
    if (store.ensureFile() || store.generation !== p.generation) throw new Restart();
    const t0 = performance.now();
    const tt = traceNow();
    const n0 = p.pending.length;
    const out = transact(p.db, () => {
      for (let op = p.pending.shift(); op; op = p.pending.shift()) {
        op();
        if (performance.now() - t0 > sliceMs) break;
      }
      const t1 = performance.now();
      const defer =
        !final && t1 - rebuiltAt < Math.max(ENTITY_REBUILD_EVERY_MS, ENTITY_REBUILD_SHARE * rebuildMs);
      const refreshed = p.writer.refreshEntities(
        p.affected,
        defer,
        !final && (run.holdEntities?.() ?? false),
      );
      if (refreshed === 'rebuilt') rebuildMs = performance.now() - t1;
      if (!defer) rebuiltAt = performance.now();
      spent.linkMs += performance.now() - t1;
    });
    if (out === BUSY) {
      // Another program holds the write lock: the results stay queued, in order, for a later turn.
      timer = setTimeout(flushNow, Math.max(1, turns?.delay() ?? 0));
      return;
    }
    if (tracing) traceSpan('flush', tt, `${n0 - p.pending.length}`);
    spent.writeMs += performance.now() - t0;
    if (performance.now() - collectedAt >= COLLECT_EVERY_MS) {
      const tg = traceNow();
      collectLargeHeap();
      traceSpan('gc', tg);
      collectedAt = performance.now();
    }
    if (p.pending.length > 0) {
      if (writeSliceMs === Infinity) timer = setTimeout(flushNow, 0);
      else flushSoon();
    }
    run.emit(false);
  };
  // A write that fails (another process held the lock past the busy timeout, disk full, damage) stops the pass;
  // the error surfaces from the run's `done` (or restarts the pass) instead of escaping from a timer.
  // A sliced run (the reader) writes its next slice after the loop has polled for input, one slice a turn: written
  // at once from each result's handler, slices ran back to back through a burst of worker replies, and keys waited
  // for all of them. A batch run writes as soon as a batch is full.
  let soon: NodeJS.Immediate | null = null;
  const flushSoon = (): void => {
    soon ??= setImmediate(() => {
      soon = null;
      flushNow();
    });
  };
  // A reader's writes keep to their slices however far behind they fall: written at once, a queue of hundreds of
  // results held its keys for a few hundred ms at a time through a 10,000-file first index. Its lanes wait for the
  // writes instead (`behind`, indexer.ts), so the queue cannot grow; a batch run writes it all at once.
  const flushNow = (final = false): void => {
    const p = run.pass();
    try {
      flush(writeSliceMs, final);
    } catch (err) {
      if (p) p.error ??= err;
    }
  };

  return {
    enqueue(op, withinMs = flushEveryMs, batch = batchSize) {
      const p = run.pass();
      if (!p) return;
      p.pending.push(op);
      if (p.pending.length >= Math.min(batch, batchSize))
        return writeSliceMs === Infinity ? flushNow() : flushSoon();
      const due = performance.now() + withinMs;
      if (timer && timerDue <= due) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flushNow, withinMs);
      timerDue = due;
    },
    flushNow,
    async drain() {
      for (;;) {
        flush(writeSliceMs, true);
        const p = run.pass();
        if (!p || p.pending.length === 0) return;
        // A stopped reader does not wait for another program's lock: what it could not write is extracted again
        // by the next run.
        if (run.stopped() && turns?.waiting) return;
        await (turns?.waiting ? nextTurn() : new Promise((resolve) => setTimeout(resolve, 0)));
      }
    },
    transact,
    async whenFree(db, write) {
      for (;;) {
        const out = transact(db, write);
        if (out !== BUSY || run.halted()) return out;
        await nextTurn();
      }
    },
    get waiting() {
      return turns?.waiting ?? false;
    },
    behind: () => writeSliceMs !== Infinity && (run.pass()?.pending.length ?? 0) > batchSize * FAR_BEHIND,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (soon) clearImmediate(soon);
      soon = null;
    },
    spent,
  };
}
