import {emptyLibraryLine} from './empty-library.js';
import {hasListed} from '../store/list-rows.js';
import {existsSync} from 'node:fs';
import {describeDbError} from '../store/db-error.js';
import type {IndexRun, IndexSummary} from '../store/indexer.js';
import {startIndexing} from '../store/indexer.js';
import {progressLine} from './progress-line.js';
import type {ExtractionPool} from '../store/pool.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import {BATCH_DEPTH, createWorkerPool} from '../store/worker-pool.js';
import {BATCH_FLAGS, findWorkerScript, workerCount, workerCountNote} from '../store/worker-start.js';
import {workerCacheDir} from './code-cache.js';
import {openStoreForCli} from './open-store.js';
import type {Io} from './output.js';
import {indexSummaryText} from './index-summary-text.js';
import {reportProblems} from './run-problems.js';
import {showName, toJson} from '../library/sanitize.js';
import {storedWarnings} from '../store/sync-files.js';
import type {FileWarning} from '../library/index.js';

import {traceNow, traceSpan} from '../store/index-trace.js';
import {STOP_REPORT, STOP_SIGNALS, type RunExit, type StopSignal} from './exit-codes.js';

export {workerCount, workerCountNote} from '../store/worker-start.js';

export {stoppedBySignal, type RunExit} from './exit-codes.js';

/** What stopped a run, for reportRun's line and exit code (absent: Ctrl+C, or not stopped). */
const stoppedBy = new WeakMap<IndexSummary, StopSignal>();

/** A run made with `endWorkersLater`: when its workers' threads have ended. */
const workersEndedOf = new WeakMap<IndexSummary, Promise<void>>();

/**
 * Says on stderr what could not be used, the `warnings` of files read (a warning is no failure), and what stopping
 * early means; returns the exit code the run earns: its signal's (130, 143, 129) when stopped, 1 when any file was
 * skipped, not extracted or not analysed (all else is still done), else 0.
 */
export function reportRun(summary: IndexSummary, io: Io, warnings: readonly FileWarning[] = []): RunExit {
  const problems = reportProblems(summary, io);
  for (const w of warnings) io.err(`brief: warning: ${showName(w.path)}: ${w.message}\n`);
  if (summary.stopped) {
    const stop = STOP_REPORT[stoppedBy.get(summary) ?? 'SIGINT'];
    io.err(`brief: stopped by ${stop.by}; what was indexed is kept and the rest is indexed next time\n`);
    return stop.code;
  }
  return problems > 0 ? 1 : 0;
}

/** Where progress goes: a redrawn bar when stderr is a terminal, nothing otherwise. */
export interface ProgressSink {
  isTTY: boolean;
  columns: number;
  /** Writes the bar and its redraw sequences as they are (text output is sanitised, which would strip them). */
  write: (text: string) => void;
}

/** True when the store holds no file of any library (a first index), or cannot say. */
function isEmptyStore(store: SqliteStore): boolean {
  try {
    return store.db.prepare('SELECT 1 FROM files LIMIT 1').get() === undefined;
  } catch {
    return false;
  }
}

/** The worker pool of a batch run (`brief index`, `brief search`'s first index), or null without a built worker. */
function batchPool(): ExtractionPool | null {
  const script = findWorkerScript();
  return script
    ? createWorkerPool({
        script,
        size: workerCount(),
        cacheDir: workerCacheDir(),
        ...BATCH_FLAGS,
        extractDepth: BATCH_DEPTH,
      })
    : null;
}

/**
 * Runs indexing of an open store with the worker pool, drawing progress; Ctrl+C stops it and keeps what is done.
 * `started`: a pool made (and started) before the store was opened, which this run uses and closes.
 * `endWorkersLater`: the summary comes before the workers' threads have ended (IndexOptions); the caller awaits
 * `workersEnded(summary)` before it reports the process's CPU and memory.
 */
export async function indexStore(
  store: SqliteStore,
  io: Io,
  sink: ProgressSink,
  checkIntegrity: 'daily' | 'now' = 'daily',
  awaitCheck = false,
  started: ExtractionPool | null = null,
  reanalyse = true,
  endWorkersLater = false,
): Promise<IndexSummary | null> {
  const note = workerCountNote();
  if (note) io.err(note);
  const pool = started ?? batchPool();
  if (!pool) {
    io.err('brief: the extraction worker (dist/index-worker.js) is missing; run npm run build\n');
    return null;
  }
  // A store without a file has a first index ahead: its workers start now, their ~0.2 s of start-up beside the
  // library's walk rather than after it. Any other run starts them on its first job, if it has one (nothing changed
  // starts none).
  if (isEmptyStore(store)) pool.startAll?.();
  const run: IndexRun = startIndexing(store, {
    pool,
    // No reader waits on these writes, so they go in fewer, larger transactions: each commit rewrites the index
    // pages its rows touched (mentions_by_key, files), and a 2,000-file first index spent 20-30% less of the main
    // thread's time with 256 results or 1 s per transaction than with 64 or 250 ms (profiled, two pairs, load 10).
    batchSize: 256,
    flushEveryMs: 1000,
    checkIntegrity,
    awaitCheck,
    reanalyse,
    endWorkersLater,
  });
  const line = progressLine(sink.columns - 1);
  const unsubscribe = sink.isTTY
    ? run.subscribe((p, finished) => {
        if (finished) {
          sink.write('\r\u001b[K');
          return;
        }
        const text = line.update(p, performance.now());
        if (text !== null) sink.write(text);
      })
    : () => {};
  // SIGTERM (`kill`, `timeout`, a service manager) and SIGHUP (the terminal closed) stop it as Ctrl+C does: by
  // Node's default they ended the process at once, dropping the results not yet committed.
  let signal: StopSignal | null = null;
  const handlers = STOP_SIGNALS.map((name) => {
    const handler = (): void => {
      signal ??= name;
      void run.stop();
    };
    process.once(name, handler);
    return [name, handler] as const;
  });
  try {
    const summary = await run.done;
    if (signal !== null && summary.stopped) stoppedBy.set(summary, signal);
    if (endWorkersLater) workersEndedOf.set(summary, run.workersEnded);
    return summary;
  } finally {
    for (const [name, handler] of handlers) process.removeListener(name, handler);
    unsubscribe();
  }
}

/** `brief index`: brings the store up to date and reports counts (JSON with --json). */
export async function indexCommand(
  articles: string,
  dbPath: string,
  json: boolean,
  io: Io,
  sink: ProgressSink,
  check = false,
): Promise<RunExit> {
  // What the store says on opening is held back until it is clear the index can be saved at all.
  const said: string[] = [];
  let holding = true;
  // Whether a check (or a query) found damage: --check says the outcome either way.
  let damage = false;
  // No database file yet: a first index is ahead, and its workers start before the store is even opened, their
  // start-up (~0.1 s of each thread) beside the opening and the library's walk; closed unused if the store cannot be
  // opened or saved.
  const early = dbPath !== ':memory:' && !existsSync(dbPath) ? batchPool() : null;
  early?.startAll?.();
  const opened = openStoreForCli(articles, dbPath, io, (message) => {
    if (/ is damaged /.test(message)) damage = true;
    if (holding) said.push(message);
    else io.err(`brief: ${message}\n`);
  });
  if (!opened.store) {
    await early?.close();
    return opened.code;
  }
  const store = opened.store;
  if (store.readOnly) {
    io.err(`brief: cannot save the index: ${store.readOnly}; use --db to choose another file\n`);
    store.close();
    await early?.close();
    return 1;
  }
  holding = false;
  for (const message of said) io.err(`brief: ${message}\n`);
  let summary: IndexSummary | null;
  let empty = false;
  let warnings: FileWarning[] = [];
  try {
    // The whole database is checked once a day (or now, with --check), on a thread beside the scan, and the run
    // ends when the check has: checked on every run, a library of 10,000 articles spent 0.5 s of a 1.7 s run with
    // nothing changed on it (7 s with the file out of the page cache).
    // The last worker's thread ends (freeing its heap) while the store closes (its last checkpoint, with its
    // fsyncs): awaited below, before the summary reports the process's CPU and peak memory.
    summary = await indexStore(store, io, sink, check ? 'now' : 'daily', true, early, true, true);
    // As `brief list` and the reader say it: an empty library is no failure, but the user needs to know how to fill it.
    // A run stopped before it listed the files (Ctrl+C in its first second) has not found the library empty.
    empty = summary !== null && !summary.stopped && !hasListed(store.db, store.root);
    // What reading a file warned about (front matter YAML could not read, an invalid date), kept with the file: said
    // on every run while it is unchanged, as brief list says it.
    if (summary !== null) warnings = storedWarnings(store.db, store.root);
  } catch (err) {
    io.err(`brief: indexing failed: ${describeDbError(err, dbPath)}\n`);
    return 1;
  } finally {
    // (Its last checkpoint: the WAL copied into the file, and two fsyncs.)
    const tc = traceNow();
    store.close();
    traceSpan('close', tc);
  }
  const tw = traceNow();
  if (summary) await workersEndedOf.get(summary);
  traceSpan('workers-ended', tw);
  if (!summary) return 1;
  if (check && !damage) io.err(`brief: checked the whole database ${dbPath}: no damage found\n`);
  const code = reportRun(summary, io, warnings);
  if (empty) io.err(emptyLibraryLine(articles));
  const rate = summary.seconds > 0 ? summary.extracted / summary.seconds : 0;
  if (json) {
    const {skipped, failed, unanalysable, ...counts} = summary;
    const usage = process.resourceUsage();
    const peakRssMb = Math.round(usage.maxRSS / 1024);
    // CPU of every thread of the run, the workers' included: on a shared machine a steadier figure than the wall time.
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    io.out(
      `${toJson({...counts, skipped: skipped.length, failed: failed.length, unanalysable: unanalysable.length, articlesPerSecond: rate, peakRssMb, cpuSeconds, db: dbPath})}\n`,
    );
  } else {
    io.out(indexSummaryText(summary, io.terminal ? io.columns : undefined));
  }
  return code;
}
