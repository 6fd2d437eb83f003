// What an extraction worker does (src/store/index-worker.ts starts it): reads and extracts article files off the
// UI thread. The extractor (and the data behind it) loads on the first request that needs it, not at start.
import {parentPort} from 'node:worker_threads';
import {loadHtmlReaderFor} from '../library/html-file.js';
import {articleEntities} from './entity-index.js';
import {readJob, type Job} from './pool.js';
import type {WorkerReply, WorkerRequest} from './worker-protocol.js';

type ExtractModule = typeof import('../extract/index.js');
let extractor: Promise<ExtractModule> | null = null;
const loadExtractor = (): Promise<ExtractModule> => (extractor ??= import('../extract/index.js'));

/** What the worker's starter asks to be told. */
export interface ServeHooks {
  /** Called once, after `warmAfter` articles were extracted: most of the extractor's code has been run by then. */
  onWarm?: () => void;
  warmAfter?: number;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.kind === 'version') {
    const {EXTRACTOR_VERSION} = await loadExtractor();
    return {seq: request.seq, kind: 'version', version: EXTRACTOR_VERSION};
  }
  const job: Job = {path: request.path, id: request.id};
  await loadHtmlReaderFor([job.path]);
  const read = readJob(job);
  if (request.kind === 'read' || !read.ok) return {seq: request.seq, kind: 'outcome', outcome: read};
  const {extract, toExtractInput} = await loadExtractor();
  parentPort?.postMessage({seq: request.seq, kind: 'started'} satisfies WorkerReply);
  const a = read.article;
  const t0 = performance.now();
  const analysis = extract(toExtractInput(a));
  const entities = articleEntities(a, analysis);
  return {
    seq: request.seq,
    kind: 'outcome',
    outcome: {ok: true, article: a, analysis, entities},
    ms: performance.now() - t0,
  };
}

/** Answers the pool's requests (worker-protocol.ts) on this thread's port. */
export function serve(hooks: ServeHooks = {}): void {
  // One request at a time, in the order sent: the pool sends the next before this one ends, and a request waiting
  // for the extractor to load must not let the one after it begin.
  let last: Promise<void> = Promise.resolve();
  let extracted = 0;
  const respond = (request: WorkerRequest): Promise<void> =>
    handle(request).then(
      (reply) => {
        parentPort?.postMessage(reply);
        if (reply.kind === 'outcome' && reply.ms !== undefined && ++extracted === (hooks.warmAfter ?? 0))
          hooks.onWarm?.();
      },
      (err: unknown) =>
        parentPort?.postMessage({
          seq: request.seq,
          kind: 'outcome',
          outcome: {
            ok: false,
            reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
            transient: true,
          },
        } satisfies WorkerReply),
    );
  parentPort?.on('message', (request: WorkerRequest) => {
    last = last.then(() => respond(request));
  });
}
