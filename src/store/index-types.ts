import type {SkippedFile} from '../library/types.js';
import type {ExtractionPool} from './pool.js';
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
  /** Files that are not articles (with the reason), new or remembered, and entries the walk could not follow. */
  skipped: SkippedFile[];
  /** Of `skipped`: entries that are not among `files` (broken links, loops, folders that cannot be read). */
  outside: number;
  /** Of `skipped`: files known from an earlier run not to be articles (counted in `unchanged` too). */
  knownSkipped: number;
  /** Texts this run found analysed by another brief on the same database while it ran. */
  byAnother: number;
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
  /** Where the time went (`brief index --json`, the bench); absent when nothing was timed. */
  timing?: IndexTiming;
}

/** Where an indexing run's time went, in ms. */
export interface IndexTiming {
  /** Slowest worker from thread start to its first extraction beginning (modules and NLP model loaded). */
  workerStartMs: number;
  /** Extraction in the workers, summed over articles (CPU time across all workers while they had a core). */
  extractMs: number;
  /** Median extraction of one article. */
  extractMedianMs: number;
  /** SQLite write transactions on the main thread, entity records included. */
  writeMs: number;
  /** Of writeMs: bringing the library's entity records up to date (merging each entity's forms). */
  linkMs: number;
  /** Per worker, its thread's CPU up to its last answer (Linux only; empty elsewhere). */
  workerCpuMs: number[];
}

/** A running index: progress for a bar, the summary when done, and stop() for quitting early. */
export interface IndexRun extends IndexingHandle {
  readonly done: Promise<IndexSummary>;
  /** Resolves once the pool's threads have ended (with `done`, unless the run was made with `endWorkersLater`). */
  readonly workersEnded: Promise<void>;
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
  /**
   * Longest one write transaction may run before the rest waits for the next turn of the event loop (a reader
   * indexing behind its screen sets it, so keys are answered between writes). Default: no limit.
   */
  writeSliceMs?: number;
  /** When the reader's last key came: the library's walk and plan start no slice while keys are coming. */
  lastKeyAt?: () => number;
  /**
   * Longest a write waits, on the thread, for another program's write lock; what it could not write is kept and
   * tried again on a timer, and progress says `waiting` meanwhile (a reader sets it: with the connection's busy
   * timeout of 10 s no key was answered while `brief index` ran in another terminal). Default: the busy timeout.
   */
  writeWaitMs?: number;
  /**
   * Fewest files to read before their bodies are written without the full-text index, built once after them
   * (text-index-sync.ts); only in runs without write slices. Default DEFER_TEXT_INDEX_AT; Infinity: never.
   */
  deferTextIndexAt?: number;
  /** Wait this long before scanning, so a UI can draw its first frame from what is stored. Default 0. */
  delayMs?: number;
  /**
   * When to run SQLite's quick check, on a worker thread beside the run: `daily` (at most once a day; the default)
   * or `now` (`brief index --check`). Damage it finds is repaired (the file moved aside, the marks kept) and the
   * run starts over on the new database.
   */
  checkIntegrity?: 'daily' | 'now';
  /** The run ends only when the check has (a command about to exit); else the check finishes on its own. */
  awaitCheck?: boolean;
  /**
   * `done` resolves without waiting for the pool's threads to end (`workersEnded` says when they have): a command
   * about to exit closes its store and writes its summary while the last worker's thread ends (it frees its heap:
   * tens of ms of the run's tail, after the last article, with nothing else to do). Default false.
   */
  endWorkersLater?: boolean;
  /**
   * Texts analysed by another version of the extractor are analysed again (the default); false: only texts with no
   * analysis at all are, for a one-shot command the older analyses answer (`brief search` after an upgrade).
   */
  reanalyse?: boolean;
}
