import type {Article} from '../library/types.js';
import type {PackedAnalysis} from './packed-analysis.js';
import type {ExtractOutcome, Failure, ReadOutcome, SentArticle} from './pool.js';

/**
 * An extraction done on the article the request carried: the pool answers with its own copy of that article,
 * which the reply leaves out (it was half of the bytes a worker sent, to be read back and collected on the main
 * thread).
 */
export interface AsSentOutcome {
  ok: true;
  asSent: true;
  packed: PackedAnalysis;
  entities?: Extract<ExtractOutcome, {ok: true}>['entities'];
}

/** An extraction of the article the worker read itself: that article, with the analysis as JSON (packed-analysis.ts). */
export interface PackedOutcome {
  ok: true;
  article: Article;
  packed: PackedAnalysis;
  entities?: Extract<ExtractOutcome, {ok: true}>['entities'];
}

/** What the indexer asks a worker. */
export type WorkerRequest =
  | {seq: number; kind: 'version'}
  /** `whole`: answer with the article's paragraphs instead of its text, for the pool's read memo (read-memo.ts). */
  | {seq: number; kind: 'read'; path: string; id: string; whole?: boolean}
  /** `read`: the article as the read pass found it (read-memo.ts), taken when the file has not changed since. */
  | {seq: number; kind: 'extract'; path: string; id: string; read?: SentArticle};

/** What a worker answers, matched to the request by `seq`. */
export type WorkerReply =
  | {seq: number; kind: 'version'; version: number}
  /**
   * The extractor is loaded and this article's extraction begins: its time budget starts now. `thread`: the
   * worker thread's id in /proc, with its first article (where there is /proc), so the pool can read its CPU;
   * `cpuMs`: the thread's CPU now (thread-cpu.ts), from which the article's is counted.
   */
  | {seq: number; kind: 'started'; thread?: string; cpuMs?: number}
  /**
   * `ms`: how long extraction itself took in the worker; `cpuMs`: the worker thread's CPU so far (thread-cpu.ts).
   * Both for the timing in the index summary.
   */
  | {
      seq: number;
      kind: 'outcome';
      outcome: ReadOutcome | Failure | PackedOutcome | AsSentOutcome;
      ms?: number;
      cpuMs?: number;
    };

/** What the pool tells a worker at its start (its workerData). */
export interface WorkerOptions {
  /** Where V8's code cache of the worker's script lives; null: none (BRIEF_CODE_CACHE=0, or a test). */
  cacheDir: string | null;
  /** Whether this worker writes the cache when it has none (one worker of a pool does). */
  saveCache: boolean;
  /** Nice steps the worker's thread runs below the main thread (thread-priority.ts); 0 or none: level with it. */
  nice?: number;
}
