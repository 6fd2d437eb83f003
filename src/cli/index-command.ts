import type {IndexRun, IndexSummary} from '../store/indexer.js';
import {startIndexing} from '../store/indexer.js';
import {formatProgress} from '../store/progress.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import {createWorkerPool, findWorkerScript} from '../store/worker-pool.js';
import {openStoreForCli} from './open-store.js';
import type {Io} from './output.js';
import {showName, toJson} from '../library/sanitize.js';
import type {ExitCode} from './commands.js';

/** Where progress goes: a redrawn bar when stderr is a terminal, nothing otherwise. */
export interface ProgressSink {
  isTTY: boolean;
  columns: number;
  /** Writes the bar and its redraw sequences as they are (text output is sanitised, which would strip them). */
  write: (text: string) => void;
}

/** Worker threads to use: $BRIEF_WORKERS when set (a smaller machine, or memory to spare), else one per core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const n = Number(env.BRIEF_WORKERS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Runs indexing of an open store with the worker pool, drawing progress; Ctrl+C stops it and keeps what is done. */
export async function indexStore(
  store: SqliteStore,
  io: Io,
  sink: ProgressSink,
): Promise<IndexSummary | null> {
  const script = findWorkerScript();
  if (!script) {
    io.err('brief: the extraction worker (dist/index-worker.js) is missing; run npm run build\n');
    return null;
  }
  const run: IndexRun = startIndexing(store, {pool: createWorkerPool({script, size: workerCount()})});
  const unsubscribe = sink.isTTY
    ? run.subscribe((p, finished) =>
        sink.write(finished ? '\r\u001b[K' : `\r${formatProgress(p, sink.columns - 1)}\u001b[K`),
      )
    : () => {};
  const onSigint = (): void => void run.stop();
  process.once('SIGINT', onSigint);
  try {
    return await run.done;
  } finally {
    process.removeListener('SIGINT', onSigint);
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
): Promise<ExitCode> {
  const store = openStoreForCli(articles, dbPath, io);
  if (!store) return 1;
  let summary: IndexSummary | null;
  try {
    summary = await indexStore(store, io, sink);
  } catch (err) {
    io.err(`brief: indexing failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    store.close();
  }
  if (!summary) return 1;
  for (const s of summary.skipped) io.err(`brief: skipped ${showName(s.path)}: ${s.reason}\n`);
  for (const f of summary.failed) io.err(`brief: not extracted ${showName(f.path)}: ${f.reason}\n`);
  for (const u of summary.unanalysable) io.err(`brief: not analysed ${showName(u.path)}: ${u.reason}\n`);
  const rate = summary.seconds > 0 ? summary.extracted / summary.seconds : 0;
  if (json) {
    const {skipped, failed, unanalysable, ...counts} = summary;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    io.out(
      `${toJson({...counts, skipped: skipped.length, failed: failed.length, unanalysable: unanalysable.length, articlesPerSecond: rate, peakRssMb, db: dbPath})}\n`,
    );
  } else {
    const parts = [
      `${summary.files} files`,
      `${summary.added} new`,
      `${summary.changed} changed`,
      `${summary.removed} removed`,
      `${summary.unchanged} unchanged`,
    ];
    io.out(
      `indexed ${parts.join(', ')}; extracted ${summary.extracted} in ${summary.seconds.toFixed(1)} s` +
        `${summary.extracted > 0 ? ` (${rate.toFixed(1)} articles/s)` : ''}` +
        `${summary.skipped.length ? `; ${summary.skipped.length} skipped` : ''}${summary.stopped ? '; stopped early' : ''}\n`,
    );
  }
  return summary.failed.length > 0 ? 1 : 0;
}
