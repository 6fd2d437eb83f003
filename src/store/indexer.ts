import {failureText, unanalysable} from '../extract/failures.js';
import type {SkippedFile} from '../library/types.js';
import type {ExtractionPool, Job} from './pool.js';
import {scanLibrary, type ReadJob} from './scan.js';
import type {SqliteStore} from './sqlite-store.js';
import {createWriter, type Affected} from './store-writes.js';
import type {IndexingHandle, IndexProgress} from './types.js';

/** What one indexing run did. */
export interface IndexSummary {
  /** Article files found in the folder. */
  files: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Analyses made by the extractor in this run. */
  extracted: number;
  /** Files that are not articles (with the reason), new or remembered. */
  skipped: SkippedFile[];
  /** Files that could not be extracted this time; they are tried again on the next run. */
  failed: SkippedFile[];
  /**
   * Files that this extractor could not analyse (out of time) or analysed only in part (a stage failed): recorded
   * with the reason, and not tried again until the extractor changes.
   */
  unanalysable: SkippedFile[];
  seconds: number;
  extractorVersion: number | null;
  /** True when stop() cut the run short; the rest is picked up next time. */
  stopped: boolean;
}

/** A running index: progress for a bar, the summary when done, and stop() for quitting early. */
export interface IndexRun extends IndexingHandle {
  readonly done: Promise<IndexSummary>;
  progress(): IndexProgress;
  /** Stops extraction, keeps what is stored (each batch is committed as it comes) and resolves with the summary. */
  stop(): Promise<IndexSummary>;
}

/** Tuning for an indexing run. */
export interface IndexOptions {
  /** Where reading and extraction run; the run closes it when done. */
  pool: ExtractionPool;
  /** Least time between progress reports (the final one always comes). Default 200 ms. */
  progressEveryMs?: number;
  /** Most results written in one transaction. Default 64. */
  batchSize?: number;
  /** Longest a result waits before it is written. Default 250 ms. */
  flushEveryMs?: number;
  /** Wait this long before scanning, so a UI can draw its first frame from what is stored. Default 0. */
  delayMs?: number;
}

type Listener = (progress: IndexProgress, finished: boolean) => void;

async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!stopped() && next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({length: Math.max(1, limit)}, lane));
}

/**
 * Brings the store up to date with its folder: files whose path, size and mtime are unchanged are not read;
 * new and changed files are read (and shown) first, then every content hash without an analysis from the
 * current extractor is extracted, newest articles first. Results are committed in small transactions, so a
 * killed run loses at most the last batch and the next run resumes where it stopped.
 */
export function startIndexing(store: SqliteStore, options: IndexOptions): IndexRun {
  const {pool} = options;
  const progressEveryMs = options.progressEveryMs ?? 200;
  const batchSize = options.batchSize ?? 64;
  const flushEveryMs = options.flushEveryMs ?? 250;
  const {db, root} = store;
  const writer = createWriter(db);
  const listeners = new Set<Listener>();
  const affected: Affected = new Map();
  const pending: (() => void)[] = [];
  const started = performance.now();
  let flushTimer: NodeJS.Timeout | null = null;
  let lastEmit = 0;
  let stopped = false;
  let finished = false;
  let writeError: unknown = null;
  let done = 0;
  let total = 0;
  const summary: IndexSummary = {
    files: 0,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    extracted: 0,
    skipped: [],
    failed: [],
    unanalysable: [],
    seconds: 0,
    extractorVersion: null,
    stopped: false,
  };

  // Progress counts extractions, the slow part: reading a changed file takes a millisecond and would make the
  // rate (and so the ETA) meaningless if it counted the same.
  let extractStart: number | null = null;
  const progress = (): IndexProgress => {
    const seconds = extractStart === null ? 0 : (performance.now() - extractStart) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const etaSeconds = done > 0 && rate > 0 ? Math.max(0, total - done) / rate : null;
    const problems = [...summary.unanalysable, ...summary.failed];
    const first = problems[0];
    return first
      ? {done, total, rate, etaSeconds, failures: {count: problems.length, first: first.reason}}
      : {done, total, rate, etaSeconds};
  };
  const emit = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastEmit < progressEveryMs) return;
    lastEmit = now;
    const p = progress();
    for (const listener of listeners) listener(p, finished);
  };
  const flush = (): void => {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    if (pending.length === 0 && affected.size === 0) return;
    const ops = pending.splice(0);
    db.transaction(() => {
      for (const op of ops) op();
      writer.refreshEntities(affected);
    }).immediate();
    emit(false);
  };
  // A write that fails (another process held the lock past the busy timeout, disk full) stops the run; the
  // error surfaces from `done` instead of escaping from a timer.
  const safeFlush = (): void => {
    try {
      flush();
    } catch (err) {
      writeError ??= err;
      stopped = true;
    }
  };
  const enqueue = (op: () => void): void => {
    pending.push(op);
    if (pending.length >= batchSize) safeFlush();
    else flushTimer ??= setTimeout(safeFlush, flushEveryMs);
  };

  const readOne = async (job: ReadJob): Promise<void> => {
    const outcome = await pool.read(job);
    if (stopped) return;
    if (outcome.ok) {
      summary[job.isNew ? 'added' : 'changed'] += 1;
      enqueue(() => writer.putArticle(root, outcome.article, affected));
    } else if (outcome.transient) {
      summary.failed.push({path: job.path, reason: outcome.reason});
    } else {
      summary.skipped.push({path: job.path, reason: outcome.reason});
      enqueue(() => writer.putSkipped(root, {...job, reason: outcome.reason}, affected));
    }
    emit(false);
  };

  const extractOne =
    (version: number) =>
    async (job: Job): Promise<void> => {
      const outcome = await pool.extract(job);
      if (stopped) return;
      done += 1;
      if (outcome.ok) {
        summary.extracted += 1;
        // Stored with its failures, so it reads as incomplete and is redone only by a new extractor.
        const incomplete = failureText(outcome.analysis);
        if (incomplete)
          summary.unanalysable.push({path: job.path, reason: `analysis incomplete: ${incomplete}`});
        enqueue(() => {
          writer.putArticle(root, outcome.article, affected);
          writer.putAnalysis(outcome.article.hash, version, outcome.analysis, affected, outcome.entities);
        });
      } else if (outcome.unanalysable && job.hash) {
        const {hash} = job;
        summary.unanalysable.push({path: job.path, reason: outcome.reason});
        enqueue(() => writer.putAnalysis(hash, version, unanalysable(outcome.reason), affected));
      } else {
        summary.failed.push({path: job.path, reason: outcome.reason});
      }
      emit(false);
    };

  const missing = (version: number): Job[] =>
    db
      .prepare<[string, number], Job>(
        // One file per content hash (path and id from the same row: the id is written back with the article).
        `SELECT f.path, f.id, f.hash FROM files f WHERE f.fid IN (
           SELECT min(g.fid) FROM files g
           WHERE g.root = ? AND g.hash IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.hash = g.hash AND a.version = ?)
           GROUP BY g.hash)
         ORDER BY coalesce(f.date, '') DESC`,
      )
      .all(root, version);

  // Asking the pool loads the extractor (hundreds of ms, on a thread the UI shares cores with); the answer is
  // kept per extractor fingerprint so an unchanged build never has to be asked again.
  const extractorVersion = async (): Promise<number> => {
    const key = pool.fingerprint ? `extractor-version:${pool.fingerprint}` : null;
    const meta = db.prepare<[string], {value: string}>('SELECT value FROM meta WHERE key = ?');
    const known = key ? Number(meta.get(key)?.value ?? NaN) : NaN;
    if (Number.isInteger(known)) return known;
    const asked = await pool.version();
    if (key) {
      db.transaction(() => {
        db.prepare("DELETE FROM meta WHERE key LIKE 'extractor-version:%'").run();
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, String(asked));
      }).immediate();
    }
    return asked;
  };

  const run = async (): Promise<IndexSummary> => {
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
    try {
      const plan = scanLibrary(db, root);
      summary.files = plan.present.size;
      summary.unchanged = plan.unchanged;
      summary.skipped.push(...plan.skipped);
      db.transaction(() => {
        summary.removed = writer.removeMissing(root, plan.present, affected);
        for (const move of plan.idMoves) writer.setId(move.path, move.id);
        writer.refreshEntities(affected);
      }).immediate();
      const version = extractorVersion();
      version.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
      const unanalysed = db
        .prepare<[string], {n: number}>(
          'SELECT count(DISTINCT hash) AS n FROM files f WHERE root = ? AND hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.hash = f.hash)',
        )
        .get(root);
      // An estimate until the extractor's version is known: new and changed files plus content never analysed.
      total = plan.reads.length + (unanalysed?.n ?? 0);
      emit(true);
      await forEachLimit(plan.reads, pool.size * 2, readOne, () => stopped);
      flush();
      if (!stopped) {
        summary.extractorVersion = await version;
        const jobs = missing(summary.extractorVersion);
        total = jobs.length;
        extractStart = performance.now();
        emit(true);
        await forEachLimit(jobs, pool.size * 2, extractOne(summary.extractorVersion), () => stopped);
      }
      flush();
      if (writeError) throw writeError;
    } finally {
      if (flushTimer) clearTimeout(flushTimer);
      await pool.close();
      summary.stopped = stopped;
      summary.seconds = (performance.now() - started) / 1000;
      finished = true;
      if (!stopped) total = done;
      emit(true);
    }
    return summary;
  };

  const donePromise = run();
  return {
    done: donePromise,
    progress,
    subscribe(listener) {
      listeners.add(listener);
      if (finished) listener(progress(), true);
      return () => listeners.delete(listener);
    },
    async stop() {
      if (!finished) {
        stopped = true;
        // Results already received are written; only work in flight is dropped.
        safeFlush();
        await pool.close();
      }
      return donePromise;
    },
  };
}
