// What an extraction worker does (src/store/index-worker.ts starts it): reads and extracts article files off the
// UI thread. The extractor (and the data behind it) loads on the first request that needs it, not at start.
import {readlinkSync} from 'node:fs';
import {parentPort, threadId} from 'node:worker_threads';
import type {ExtractInput} from '../extract/types.js';
import type {Article} from '../library/types.js';
import {loadHtmlReaderFor} from '../library/html-file.js';
import {warmGazetteer} from '../extract/entities/gazetteer.js';
import {placeNames} from '../extract/entities/place-names.js';
import {lexiconTags} from '../extract/nlp.js';
import {articleEntities} from './entity-index.js';
import {entityColumns} from './mention-rows.js';
import {packAnalysis} from './packed-analysis.js';
import {readFullJob, readJob, readSentJob, type FullReadOutcome, type Job} from './pool.js';
import {stillAsRead} from './read-memo.js';
import {threadCpuMs} from './thread-cpu.js';
import type {WorkerReply, WorkerRequest} from './worker-protocol.js';
import {traceNow, traceSpan, traceThread, tracing} from './index-trace.js';

type ExtractModule = typeof import('../extract/index.js');
let extractor: Promise<ExtractModule> | null = null;
const loadExtractor = (): Promise<ExtractModule> => (extractor ??= import('../extract/index.js'));

/**
 * Defined in the workers' classic script only, whose extractor has its patterns' Unicode property classes cut to
 * the Basic Multilingual Plane (scripts/bmp-patterns.mjs): whether a text holds a letter, number or mark outside
 * it, which those patterns would not read as written.
 */
declare const __BRIEF_BMP_PATTERNS: {needsWritten(text: string): boolean} | undefined;
const cutPatterns = typeof __BRIEF_BMP_PATTERNS === 'undefined' ? null : __BRIEF_BMP_PATTERNS;

/** Whether `input` needs the extractor with its patterns as written: never, unless this one's are cut. */
export function needsWrittenPatterns(input: ExtractInput): boolean {
  if (!cutPatterns) return false;
  const {needsWritten} = cutPatterns;
  return (
    needsWritten(input.title) ||
    input.paragraphs.some(needsWritten) ||
    (input.authors ?? []).some(needsWritten) ||
    needsWritten(input.outlet ?? '') ||
    needsWritten(input.source ?? '')
  );
}

/** What the worker's starter asks to be told, and gives. */
export interface ServeHooks {
  /** Called once, after `warmAfter` articles were extracted: most of the extractor's code has been run by then. */
  onWarm?: () => void;
  warmAfter?: number;
  /**
   * The extractor with its patterns as written (the ES module), for the text this script's cut patterns cannot
   * read; required when they are cut.
   */
  loadWritten?: () => Promise<ExtractModule>;
}

async function handle(request: WorkerRequest, hooks: ServeHooks): Promise<WorkerReply> {
  if (request.kind === 'version') {
    const {EXTRACTOR_VERSION} = await loadExtractor();
    return {seq: request.seq, kind: 'version', version: EXTRACTOR_VERSION};
  }
  const job: Job = {path: request.path, id: request.id};
  const known = request.kind === 'extract' && request.read ? stillAsRead(request.read) : undefined;
  if (!known) await loadHtmlReaderFor([job.path]);
  // A read answers with the whole article only when the pool keeps it for the extraction (read-memo.ts); else
  // without its paragraphs, which `text` holds too (pool.ts).
  if (request.kind === 'read')
    return {seq: request.seq, kind: 'outcome', outcome: request.whole ? readSentJob(job) : readJob(job)};
  const read: FullReadOutcome | undefined = known ? undefined : readFullJob(job);
  if (read && !read.ok) return {seq: request.seq, kind: 'outcome', outcome: read};
  const cut = await loadExtractor();
  // (The article sent has no `text`, which extraction does not read.)
  const a = read ? read.article : (known as Article);
  const input = cut.toExtractInput(a);
  const {extract} = needsWrittenPatterns(input) ? await loadWritten(hooks) : cut;
  // The CPU the thread spent before (the extractor's loading, other files' reads) is not the article's.
  const cpuMs = threadCpuMs();
  parentPort?.postMessage({seq: request.seq, kind: 'started', ...threadOnce(), cpuMs} satisfies WorkerReply);
  pauseOnPurpose(a.title);
  const t0 = process.hrtime();
  const analysis = extract(input);
  const entities = entityColumns(articleEntities(a, analysis));
  return {
    seq: request.seq,
    kind: 'outcome',
    // The article sent is the pool's: it is not sent back (worker-protocol.ts).
    outcome: read
      ? {ok: true, article: read.article, packed: packAnalysis(analysis), entities}
      : {ok: true, asSent: true, packed: packAnalysis(analysis), entities},
    ms: elapsedMs(t0),
    cpuMs: threadCpuMs(),
  };
}

/**
 * Milliseconds since `t0` (a process.hrtime()): the same clock as performance.now(), whose first use in a thread
 * loads Node's perf_hooks (nine modules, compiled from source under the workers' V8 flags: ~15 M instructions).
 */
function elapsedMs(t0: [number, number]): number {
  const [s, ns] = process.hrtime(t0);
  return s * 1000 + ns / 1e6;
}

function loadWritten(hooks: ServeHooks): Promise<ExtractModule> {
  if (!hooks.loadWritten)
    throw new Error('no extractor with the patterns as written was given to this worker');
  return hooks.loadWritten();
}

/**
 * What a worker loads as soon as it is idle after starting, a step at a time: the extractor's module and the tables
 * it builds on first use (place names, gazetteer, lexicon: 0.1-0.2 s of a cold worker's first article). Each step
 * is taken only while no request waits, so the first requests of an index, reads of a millisecond each that the
 * main thread waits for to write them, are not held back by more than one step. A whole warm-up extraction was
 * tried: one block of ~0.35 s (under load) that held the reads back while the main thread sat idle.
 */
const warmUpSteps = (): (() => unknown)[] => [
  loadExtractor,
  placeNames,
  warmGazetteer,
  () => lexiconTags('harbour'),
];

/** This thread's id as /proc names it; Node's thread id where there is no /proc (macOS, Windows). */
function threadName(): string {
  return procThreadId() ?? `worker-${threadId}`;
}

/** This thread's id in /proc (`/proc/self/task/<id>`), or undefined where there is none. */
function procThreadId(): string | undefined {
  try {
    const id = readlinkSync('/proc/thread-self').split('/').pop();
    return id && /^\d+$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

let threadSent = false;

/** The thread's /proc id for the first `started` reply (the pool reads its CPU by it: worker-pool.ts). */
function threadOnce(): {thread?: string} {
  if (threadSent) return {};
  threadSent = true;
  const thread = procThreadId();
  return thread ? {thread} : {};
}

/**
 * BRIEF_PAUSE_TITLE makes the extraction of an article with that title wait BRIEF_PAUSE_MS (2,000 by default)
 * without using the processor, as on a machine whose other programs hold the cores: how the tests drive the time
 * budget's CPU count (worker-pool.ts) through real workers.
 */
function pauseOnPurpose(title: string): void {
  if (PAUSE_TITLE === undefined || title !== PAUSE_TITLE) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env.BRIEF_PAUSE_MS ?? 2000));
}

// Read once, as the worker starts (a worker has its own copy of the environment, taken when it was spawned).
const PAUSE_TITLE = process.env.BRIEF_PAUSE_TITLE || undefined;

/** Answers the pool's requests (worker-protocol.ts) on this thread's port. */
export function serve(hooks: ServeHooks = {}): void {
  // The trace names a worker by its thread's id, as /proc and threadline tools do.
  if (tracing) traceThread(threadName());
  if (cutPatterns && !hooks.loadWritten) throw new Error('a worker with cut patterns needs `loadWritten`');
  // One request at a time, in the order sent: the pool sends the next before this one ends, and a request waiting
  // for the extractor to load must not let the one after it begin.
  let last: Promise<void> = Promise.resolve();
  let extracted = 0;
  let pending = 0;
  let warming = false;
  const steps = warmUpSteps();
  const warmNext = (): void => {
    if (warming || pending > 0) return;
    const step = steps.shift();
    if (!step) return;
    warming = true;
    const tw = traceNow();
    void Promise.resolve()
      .then(step)
      .finally(() => {
        if (tracing) traceSpan('warm', tw, String(4 - steps.length));
        warming = false;
        setImmediate(warmNext);
      });
  };
  setImmediate(warmNext);
  const respond = (request: WorkerRequest, tj = traceNow()): Promise<void> =>
    handle(request, hooks).then(
      (reply) => {
        // Before the reply: the pool may end this thread as soon as it has its last one.
        if (tracing) traceSpan(request.kind, tj, 'path' in request ? request.path.slice(-30) : '');
        parentPort?.postMessage(reply);
        if (reply.kind !== 'outcome' || reply.ms === undefined) return;
        // Real articles warm it from now on.
        steps.length = 0;
        if (++extracted === (hooks.warmAfter ?? 0)) hooks.onWarm?.();
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
    pending += 1;
    last = last
      .then(() => respond(request))
      .finally(() => {
        pending -= 1;
        if (pending === 0) setImmediate(warmNext);
      });
  });
}
