import type {Analysis} from '../extract/types.js';
import type {EntityColumns} from './mention-rows.js';
import type {PackedAnalysis} from './packed-analysis.js';
import {loadHtmlReaderFor} from '../library/html-file.js';
import {readArticleFile} from '../library/read-article.js';
import type {Article} from '../library/types.js';

/** One file to read or extract, with the id the library gives it. */
export interface Job {
  path: string;
  id: string;
  /** The content hash the indexer expects, so a failure can be recorded against it. */
  hash?: string;
}

/**
 * An article as a read sends it to the main thread: without `paragraphs`, whose text `text` already holds (joined
 * by blank lines, as the store keeps it); sending both copied each body twice between threads.
 */
export type ReadArticle = Omit<Article, 'paragraphs'>;

/**
 * An article as a read for the extraction sends it whole (worker-protocol.ts): without `text`, which its paragraphs
 * make (joined by blank lines) and which only the store's body needs, made from the paragraphs there.
 */
export type SentArticle = Omit<Article, 'text'>;

/** A file read as an article (whole when the read asked for it: worker-protocol.ts), or why it could not be. */
export type ReadOutcome = {ok: true; article: ReadArticle | SentArticle; warnings?: string[]} | Failure;

/** A file read as a whole article (what extraction needs), or why it could not be. */
export type FullReadOutcome = {ok: true; article: Article; warnings?: string[]} | Failure;

/**
 * Why a job produced nothing; `transient` when the file was not at fault (a worker died, indexing stopped), so it
 * is tried again next run; `unanalysable` when the file itself cannot be analysed (it ran out of time), which is
 * recorded so that it is not tried again until the extractor changes.
 */
export interface Failure {
  ok: false;
  reason: string;
  transient?: boolean;
  unanalysable?: boolean;
}

/**
 * A file read and analysed (the article as read, so a file changed meanwhile is stored as it now is), with the
 * entity rows (sentences naming each entity) when the worker derived them, which spares the UI thread that work.
 */
export type ExtractOutcome =
  | {
      ok: true;
      article: Article | SentArticle;
      analysis: Analysis;
      entities?: EntityColumns;
      /** The analysis as a worker sent it (its JSON), which the indexer stores as it is. */
      packed?: PackedAnalysis;
    }
  | Failure;

/** Where reading and extraction run: worker threads in the app, the calling thread in unit tests. */
export interface ExtractionPool {
  /** How many jobs it runs at once. */
  readonly size: number;
  /** How many extraction jobs to keep submitted at once (twice `size` when it does not say). */
  readonly backlog?: number;
  /**
   * Identifies the extractor code (e.g. a hash of the worker bundle): while it is unchanged the version is read
   * from the database instead of loading the extractor just to ask it.
   */
  readonly fingerprint?: string;
  /** The extractor version its analyses carry (loading the extractor if need be). */
  version(): Promise<number>;
  read(job: Job): Promise<ReadOutcome>;
  /**
   * Extracts one file. `ahead`: handed to a worker now, however many it holds, so that it has work while the
   * calling thread is busy for a while (the text index's rebuild of a first index); otherwise a worker holds few
   * jobs at once and the rest wait in the pool for whichever worker is free first.
   */
  extract(job: Job, ahead?: boolean): Promise<ExtractOutcome>;
  /** Stops; jobs still running resolve as failed. */
  close(): Promise<void>;
  /**
   * Starts every worker now rather than on the first job: for a run sure to have work (a first index), so their
   * start-up overlaps the store's opening and the library's walk. Pools without threads need not have it.
   */
  startAll?(): void;
  /**
   * Stops every worker that holds no job, without waiting for its thread to end; the next job starts one again.
   * For a batch run whose extraction is over: a worker's teardown (freeing its heap, tens of ms) then runs beside
   * the run's last writes instead of after them. `close` still waits for every thread to end.
   */
  retireIdle?(): void;
  /** Jobs each worker holds now (sent to it and not answered), when it has workers. */
  held?(): number[];
  /** Where its time went so far, when it keeps count (the worker pool does). */
  timing?(): PoolTiming;
}

/** Where a pool's time went, for the index summary and the bench. */
export interface PoolTiming {
  /** Per worker started: ms from starting the thread to its first extraction beginning (modules and NLP model). */
  workerStartMs: number[];
  /** Per article extracted: ms of extraction in the worker. */
  extractMs: number[];
  /** Per worker started (where the system says): its thread's CPU in ms up to its last answer. */
  workerCpuMs?: number[];
}

/** Reads one job's file whole, for extraction; shared by the worker and the in-thread pool. */
export function readFullJob(job: Job): FullReadOutcome {
  const read = readArticleFile(job.path, {id: job.id});
  if (!read.ok) return {ok: false, reason: read.skipped.reason};
  return read.warnings.length > 0
    ? {ok: true, article: read.article, warnings: read.warnings}
    : {ok: true, article: read.article};
}

/** Reads one job's file as a read for the extraction answers it (without the text); shared like readFullJob. */
export function readSentJob(job: Job): ReadOutcome {
  const read = readFullJob(job);
  if (!read.ok) return read;
  const {text: _, ...article} = read.article;
  return {...read, article};
}

/** Reads one job's file as a read request answers it (without the paragraphs); shared like readFullJob. */
export function readJob(job: Job): ReadOutcome {
  const read = readFullJob(job);
  if (!read.ok) return read;
  const {paragraphs: _, ...article} = read.article;
  return {...read, article};
}

/** Runs `analyze` on the calling thread: for tests, which inject a fast analyzer instead of the extractor. */
export function createInlinePool(analyze: (article: Article) => Analysis, version: number): ExtractionPool {
  return {
    size: 1,
    version: () => Promise.resolve(version),
    read: async (job) => {
      await loadHtmlReaderFor([job.path]);
      return readJob(job);
    },
    extract: async (job) => {
      await loadHtmlReaderFor([job.path]);
      const read = readFullJob(job);
      if (!read.ok) return read;
      try {
        return {ok: true, article: read.article, analysis: analyze(read.article)};
      } catch (err) {
        const reason = `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
        return {ok: false, reason, transient: true};
      }
    },
    close: () => Promise.resolve(),
  };
}
