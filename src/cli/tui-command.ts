import {statSync} from 'node:fs';
import {resolve} from 'node:path';
import type {IndexRun, IndexSummary} from '../store/indexer.js';
import type {IndexingHandle, IndexProgress} from '../store/types.js';
import {INTERRUPTED, type RunExit} from './exit-codes.js';
import {workerCacheDir} from './code-cache.js';
import {openStoreForCli} from './open-store.js';
import {createBackgroundRefresh} from './background-refresh.js';
import {KEY_QUIET_MS} from '../library/limits.js';
import {watchLibrary, type LibraryWatcher} from './library-watch.js';
import {findOpener} from './open-url.js';
import type {Io} from './output.js';
import type {ReaderModules} from './reader-modules.js';
import {reportProblems} from './run-problems.js';
import {UI_WRITE_WAIT_MS} from '../store/write-lock.js';
import {readerCacheKib} from '../store/open-db.js';
import {describeDbError, errorCode} from '../store/db-error.js';

// Indexing (and the modules it needs: the article parser, the worker pool) waits for the reader's first frame,
// drawn from what the database already holds. The UI subscribes to progress in an effect, which runs once that
// frame is committed: that is the signal, with a fallback in case it never subscribes.
const AFTER_SUBSCRIBE_MS = 30;
const FALLBACK_MS = 2000;

type Listener = (progress: IndexProgress, finished: boolean) => void;

/** A handle the UI can subscribe to at once, relaying from an indexing run that starts later. */
function relay(onSubscribe: () => void): {
  handle: IndexingHandle;
  attach: (run: IndexRun) => void;
  /** Ends the run's reports with a failure of the run itself. */
  report: (reason: string) => void;
} {
  const listeners = new Set<Listener>();
  let last: {progress: IndexProgress; finished: boolean} | null = null;
  return {
    handle: {
      subscribe(listener) {
        listeners.add(listener);
        onSubscribe();
        if (last?.finished) listener(last.progress, true);
        return () => listeners.delete(listener);
      },
    },
    attach(run) {
      run.subscribe((progress, finished) => {
        last = {progress, finished};
        for (const listener of listeners) listener(progress, finished);
      });
    },
    report(reason) {
      const before = last?.progress ?? {done: 0, total: 0, rate: 0, etaSeconds: null};
      // Said as what it is: counted among the articles not analysed, it read "1 not analysed: indexing failed: …".
      const progress = {...before, failed: reason};
      last = {progress, finished: true};
      for (const listener of listeners) listener(progress, true);
    },
  };
}

/** Why an indexing run failed: a database's error in the user's terms ("the disk holding … is full"). */
function indexFailure(err: unknown, dbPath: string): string {
  const code = errorCode(err);
  if (code.startsWith('SQLITE_') || code === 'ENOSPC') return describeDbError(err, dbPath);
  return err instanceof Error ? err.message : String(err);
}

/** The interactive reader: opens the store, draws from it at once, indexes in the background and keeps watching. */
export async function runReader(
  articles: string,
  dbPath: string,
  io: Io,
  modules: ReaderModules,
  /** Run once when start-up has settled and the user pauses (the classic reader writes its code cache). */
  settled?: () => void,
): Promise<RunExit> {
  // The UI bundle's file is read while the database opens; a failed open leaves the import unused.
  const ui = import('../ui/run-tui.js');
  ui.catch(() => {});
  // What the store says before the reader is up goes to stderr (and stays readable after it quits); from then on
  // the reader shows it, and stderr would draw over its frame.
  let drawing = false;
  // When the last key came: the background walks (the index check, the folder watch) pause while keys are coming.
  let lastKey = -Infinity;
  const lastKeyAt = (): number => lastKey;
  const opened = openStoreForCli(
    articles,
    dbPath,
    io,
    (message) => {
      if (!drawing) io.err(`brief: ${message}\n`);
    },
    undefined,
    readerCache(dbPath),
  );
  if (!opened.store) return opened.code;
  performance.mark('brief:store');
  const store = opened.store;
  let run: IndexRun | null = null;
  // The last finished run's summary: what it skipped or could not analyse is said on stderr when the reader quits.
  let finished: IndexSummary | null = null;
  // Why the last run failed, when no run has finished since: said on stderr when the reader quits, with exit 1.
  let failure: string | null = null;
  // Said once the terminal is the user's again: a line on stderr would be drawn over by the reader's frame.
  let workerNote: string | null = null;
  let closing = false;
  let started = false;
  let again = false;
  let watcher: LibraryWatcher | null = null;
  // One indexing run at a time; changes arriving during a run start one more when it ends.
  const index = (): void => {
    if (closing) return;
    if (run) {
      again = true;
      return;
    }
    void modules
      .indexing()
      .then(
        ([
          {startIndexing},
          {createWorkerPool, findWorkerScript, READER_WORKER_NICE, workerCount, workerCountNote},
        ]) => {
          const script = findWorkerScript();
          if (closing || !script) return;
          if (run) {
            again = true;
            return;
          }
          workerNote = workerCountNote();
          // Each report makes the UI re-list the library (~80 ms at 10,000 articles), so at most one a second.
          const current = startIndexing(store, {
            // ...its workers below the thread that answers keys...
            // (as many as $BRIEF_WORKERS asks, as brief index has; the reader took one per core whatever it said)
            pool: createWorkerPool({
              script,
              size: workerCount(),
              cacheDir: workerCacheDir(),
              nice: READER_WORKER_NICE,
            }),
            progressEveryMs: 1000,
            // Keys are answered between write transactions of at most this long.
            writeSliceMs: 12,
            // ...and a write waits at most this long for another program's lock before it is left for a later turn.
            writeWaitMs: UI_WRITE_WAIT_MS,
            // ...and its walk of the library keeps out of a run of keys.
            lastKeyAt,
          });
          run = current;
          attach(current);
          // Failures while indexing must not print over the UI: the status line shows them; what was stored stays
          // usable.
          void current.done
            .catch((err: unknown) => {
              failure = indexFailure(err, dbPath);
              report(failure);
            })
            .then((summary) => {
              if (summary) {
                finished = summary;
                failure = null;
              }
              run = null;
              if (again) {
                again = false;
                index();
              }
            });
        },
      );
  };
  const start = (): void => {
    if (started || closing) return;
    // Loading the indexing modules (~30 ms of compiling, in one piece) waits for a pause in the keys.
    const wait = lastKey + KEY_QUIET_MS - performance.now();
    if (wait > 0) {
      setTimeout(start, wait);
      return;
    }
    started = true;
    index();
    // Files added, changed or removed while the reader is open are indexed like at start-up.
    watcher = watchLibrary(store.root, index, {lastKeyAt});
  };
  // A database found damaged (or deleted) while reading is rebuilt empty, marks kept: it is indexed again. A run
  // still going starts over on the new database by itself.
  store.onReset(() => {
    if (!run) index();
  });
  const {handle, attach, report} = relay(() => setTimeout(start, AFTER_SUBSCRIBE_MS));
  const timer = setTimeout(start, FALLBACK_MS);
  const refresh = createBackgroundRefresh(store, index, modules.refresh);
  // Like every command: 1 when some file could not be used (each one said on stderr at quit), else 0.
  let code: RunExit = 0;
  // Quit with Ctrl+C: 130, as the help says of any command Ctrl+C stops (q quits with 0 or 1).
  let stoppedByCtrlC = false;
  try {
    const {runTui} = await ui;
    performance.mark('brief:ui');
    const openUrl = findOpener();
    drawing = true;
    const {interrupted} = await runTui({
      store,
      indexing: handle,
      library: resolve(articles),
      refresh,
      ...(openUrl ? {openUrl} : {}),
      ...(settled ? {settled} : {}),
      onKey: () => {
        lastKey = performance.now();
      },
    });
    stoppedByCtrlC = interrupted;
  } finally {
    closing = true;
    clearTimeout(timer);
    (watcher as LibraryWatcher | null)?.close();
    await refresh.stop();
    const stopped = await (run as IndexRun | null)?.stop().catch(() => null);
    store.close();
    // The reader's status line showed only the first of these; now the terminal is the user's again, all of them.
    const last = stopped ?? (finished as IndexSummary | null);
    if (last && reportProblems(last, io) > 0) code = 1;
    if (workerNote !== null) io.err(workerNote);
    const failed = failure as string | null;
    if (failed !== null) {
      io.err(`brief: indexing failed: ${failed}\n`);
      code = 1;
    }
    if (stoppedByCtrlC) code = INTERRUPTED;
  }
  return code;
}

/** The reader's page cache for the database at `dbPath`, by its size (readerCacheKib); none asked when unknown. */
function readerCache(dbPath: string): {cacheKib?: number} {
  let bytes = 0;
  try {
    bytes = statSync(dbPath).size;
  } catch {
    // New, or not there yet: a small database.
  }
  const cacheKib = readerCacheKib(bytes);
  return cacheKib === undefined ? {} : {cacheKib};
}
