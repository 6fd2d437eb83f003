import {readFileSync} from 'node:fs';
import {cpuMsOfThread} from './thread-cpu.js';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import type {ExtractOutcome, ExtractionPool, Job, PoolTiming, ReadOutcome, SentArticle} from './pool.js';
import {READ_DEPTH} from './index-jobs.js';
import {withPacked} from './packed-analysis.js';
import type {WorkerOptions, WorkerReply, WorkerRequest} from './worker-protocol.js';
import {createReadMemo} from './read-memo.js';
import type {PoolWorker} from './staged-worker.js';
import {
  fingerprintFile,
  spawnWorker,
  takeEarlyWorker,
  tuneWorkerFlags,
  WORKER_LIMITS,
} from './worker-start.js';
import {sha1Hex} from './sha1.js';
import {traceNow, traceSpan, tracing} from './index-trace.js';

export {
  BATCH_INITIAL_OLD_SPACE_MB,
  BATCH_INTERRUPT_BUDGET,
  BATCH_NATIVE_REGEXPS,
  BATCH_SERIAL_SCAVENGE,
  findWorkerScript,
  workerCount,
  workerCountNote,
} from './worker-start.js';

type Request = WorkerRequest extends infer R ? (R extends {seq: number} ? Omit<R, 'seq'> : never) : never;

interface Task {
  request: Request;
  /** Sent to a worker however many jobs it holds (ExtractionPool.extract's `ahead`). */
  ahead?: boolean;
  resolve: (reply: WorkerReply | {failed: string} | {unanalysable: string}) => void;
}

interface Sent {
  seq: number;
  task: Task;
  /** Runs from the worker's word that the job began. */
  timer: NodeJS.Timeout | null;
  /** performance.now() at that word. */
  startedAt?: number;
}

interface Slot {
  worker: PoolWorker;
  /** Jobs sent and not answered, in the order the worker takes them: the first is the one it is on. */
  sent: Sent[];
  overBudget?: () => void;
  /** The worker thread's id in /proc, from its first `started` reply (where there is /proc). */
  thread?: string;
  /**
   * The thread's CPU in ms as its current extraction began, as its `started` reply says (0 when none says: all the
   * thread's CPU is charged to the article).
   */
  cpuMs: number;
}

/**
 * Jobs a worker holds at once. With one, a worker that finished an article waited for the main thread to send the
 * next, and the main thread was often in a write transaction (tens of ms) or collecting garbage: each of two workers
 * waited 0.4-0.6 s in a cold index of the 280 shipped articles. With two, the next is already there.
 */
const DEPTH = 2;

/**
 * Extraction jobs a worker of a batch pool (`extractDepth`) holds while many more wait: a batch index writes its
 * results in transactions of up to a second's worth (~100-150 ms of the main thread for the 280 shipped articles),
 * through which workers holding two jobs each sat idle (40-130 ms a worker per cold index, measured from profiles).
 * Sixteen articles are ~100 ms of a worker's time. Once fewer jobs wait than the workers could hold, they hold two
 * again, so the last jobs go to whichever worker is free first and neither is left with a long queue at the end.
 */
export const BATCH_DEPTH = 16;

/**
 * Longest one article may take in a worker before the worker is stopped and replaced and the article recorded as
 * too long to analyse. The slowest article of the shipped library takes about 0.35 s and a 5 MB file of the
 * hostile shapes in scripts/bench/4-hostile.mjs up to about a minute; 10 s leaves real articles far inside it.
 * Counted in the worker thread's CPU where the system says (Linux's /proc): on a busy machine an article's wall
 * time runs far past its CPU (a 1.2 s article took 18 s at a load of 25) and was recorded as too long for good.
 * Elsewhere wall-clock time, which is CPU time while there are no more workers than cores.
 */
export const DEFAULT_BUDGET_MS = 10_000;

/**
 * Times the budget an article may run on the clock while its thread's CPU stays under the budget: past it, the
 * worker is stopped and the article failed for this run only, tried again at the next (no machine is that slow for
 * long, and a thread that makes no progress must still end).
 */
export const WALL_BUDGETS = 10;

/** Shortest wait before the budget's CPU is asked again (/proc counts it in steps of 10 ms). */
const RECHECK_MS = 100;

/** "3 s" / "250 ms". */
function spellMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms)} ms`;
}

/**
 * Nice steps a reader's extraction workers run below its main thread (thread-priority.ts). With as many workers as
 * cores, a key's work shared a core with a worker at equal weight, so a 16 ms frame took twice that on the clock
 * while a first index ran; ten steps give the main thread ~90% of a contended core. A batch index keeps its workers
 * level: its user waits for the index, not for keys.
 */
export const READER_WORKER_NICE = 10;

/** A pool of extraction worker threads, started on demand, as many as the machine has cores by default. */
export function createWorkerPool(options: {
  script: string;
  size?: number;
  /** Most milliseconds one extraction may take (DEFAULT_BUDGET_MS). */
  budgetMs?: number;
  /** Budgets on the clock an extraction under its CPU budget may run (WALL_BUDGETS). */
  wallBudgets?: number;
  /** The folder of V8's code cache for the workers' script (src/store/index-worker.ts); none by default. */
  cacheDir?: string | null;
  /** V8's interrupt budget for the process, when this is its first pool (INTERRUPT_BUDGET by default). */
  interruptBudget?: number;
  /** Compile regular expressions straight to machine code (BATCH_NATIVE_REGEXPS), when this is the first pool. */
  nativeRegexps?: boolean;
  /** Nice steps the workers' threads run below the calling thread (READER_WORKER_NICE for a reader); none by default. */
  nice?: number;
  /** Extraction jobs a worker may hold while many wait (BATCH_DEPTH for a batch run); DEPTH by default. */
  extractDepth?: number;
  /** The workers' first old generation in MB (BATCH_INITIAL_OLD_SPACE_MB), when this is the first pool. */
  initialOldSpaceMb?: number;
  /** Scavenge without V8's helper threads (BATCH_SERIAL_SCAVENGE), when this is the first pool. */
  serialScavenge?: boolean;
}): ExtractionPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const wallBudgets = options.wallBudgets ?? WALL_BUDGETS;
  const extractDepth = Math.max(DEPTH, options.extractDepth ?? DEPTH);
  const slots: Slot[] = [];
  // Workers stopped by retireIdle whose threads may still be ending.
  const retiring: Promise<number>[] = [];
  const queue: Task[] = [];
  let seq = 0;
  let closed = false;
  let spawned = false;
  let started = 0;
  const timing: Required<PoolTiming> = {workerStartMs: [], extractMs: [], workerCpuMs: []};
  // What the read pass found, handed to the extraction of the same file (read-memo.ts).
  const memo = createReadMemo();

  const spawn = (): Slot => {
    // V8 refuses a code cache taken under other flags: one entry per set of flags, so that the reader and
    // `brief index` do not rewrite each other's.
    const tuned = tuneWorkerFlags(options);
    const cacheDir = options.cacheDir ? join(options.cacheDir, tuned) : null;
    // One started by the entry for this pool (worker-start.ts), else a new one.
    const early = options.nice ? null : takeEarlyWorker(options.script, cacheDir);
    const spawnedAt = early?.spawnedAt ?? performance.now();
    let ready = false;
    const cpuAt = started++;
    // The first worker writes the code cache if there is none; the others only read it.
    const workerData: WorkerOptions = {
      cacheDir,
      saveCache: early ? early.saveCache : !spawned,
      ...(options.nice ? {nice: options.nice} : {}),
    };
    spawned = true;
    const worker = early?.worker ?? spawnWorker(options.script, workerData);
    const slot: Slot = {worker, sent: [], cpuMs: 0};
    // The job the worker was on fails; those it had not begun go back to the queue, for another worker.
    const fail = (why: string | {unanalysable: string}): void => {
      const [current, ...waiting] = slot.sent;
      slot.sent = [];
      if (current?.timer) clearTimeout(current.timer);
      if (slots.includes(slot)) slots.splice(slots.indexOf(slot), 1);
      queue.unshift(...waiting.map((s) => s.task));
      current?.task.resolve(typeof why === 'string' ? {failed: why} : why);
      pump();
    };
    slot.worker.on('message', (reply: WorkerReply) => {
      const at = slot.sent.findIndex((s) => s.seq === reply.seq);
      const sent = slot.sent[at];
      if (!sent) return;
      // Loading the extractor (once per worker) is not the article's time.
      if (reply.kind === 'started') {
        if (!ready) timing.workerStartMs.push(performance.now() - spawnedAt);
        ready = true;
        slot.thread ??= reply.thread;
        slot.cpuMs = reply.cpuMs ?? 0;
        sent.startedAt ??= performance.now();
        sent.timer ??= setTimeout(() => slot.overBudget?.(), budgetMs);
        return;
      }
      if (tracing) traceSpan('reply', traceNow(), `${reply.kind} ${slots.indexOf(slot)}`);
      if (reply.kind === 'outcome' && reply.ms !== undefined) timing.extractMs.push(reply.ms);
      if (reply.kind === 'outcome' && reply.cpuMs !== undefined) timing.workerCpuMs[cpuAt] = reply.cpuMs;
      if (sent.timer) clearTimeout(sent.timer);
      slot.sent.splice(at, 1);
      sent.task.resolve(reply);
      pump();
    });
    // Out of time: the worker is stopped mid-article (a thread cannot be interrupted otherwise) and a new one
    // takes the next job. Where the thread's CPU is known, the clock's budget is only when to ask it: an article
    // under its CPU budget runs on (up to WALL_BUDGETS budgets on the clock, then fails for this run only).
    slot.overBudget = () => {
      const sent = slot.sent[0];
      const now = slot.thread === undefined ? undefined : cpuMsOfThread(slot.thread);
      const used = now === undefined ? undefined : now - slot.cpuMs;
      if (sent && used !== undefined && used < budgetMs) {
        const onClock = performance.now() - (sent.startedAt ?? 0);
        if (onClock < budgetMs * wallBudgets) {
          // Asked again when its CPU could first reach the budget, or at the clock's limit.
          const wait = Math.min(budgetMs - used, budgetMs * wallBudgets - onClock);
          sent.timer = setTimeout(() => slot.overBudget?.(), Math.max(wait, RECHECK_MS));
          return;
        }
        fail(
          `stopped after ${spellMs(onClock)} on a busy machine, with ${spellMs(used)} of processor time (not recorded as too long to analyse: tried again next time)`,
        );
      } else fail({unanalysable: `too long to analyse (more than ${spellMs(budgetMs)})`});
      void slot.worker.terminate();
    };
    slot.worker.on('error', (err) => {
      // An article that needs more memory than a worker has (a 5 MB file of prose): recorded as unanalysable, as
      // one out of time is, rather than failed again at every run with the runtime's words.
      const extracting = slot.sent[0]?.task.request.kind === 'extract';
      if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && extracting)
        fail({
          unanalysable: `too large to analyse (it needs more than the ${WORKER_LIMITS.maxOldGenerationSizeMb} MB of memory one article may use)`,
        });
      else fail(`extraction worker failed: ${err.message}`);
    });
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(`extraction worker exited (code ${code})`);
    });
    slots.push(slot);
    return slot;
  };

  // An idle worker first, then a new one, then the one holding the fewest jobs if it has room (`depth` of them).
  const pick = (depth: number): Slot | null => {
    const idle = slots.find((s) => s.sent.length === 0);
    if (idle) return idle;
    if (slots.length < size) return spawn();
    const least = slots.reduce<Slot | null>((a, s) => (a && a.sent.length <= s.sent.length ? a : s), null);
    return least && least.sent.length < depth ? least : null;
  };

  // Deep only while the jobs waiting could fill every worker's deep queue (BATCH_DEPTH).
  const depthNow = (): number => (queue.length >= size * extractDepth ? extractDepth : DEPTH);

  const pump = (): void => {
    while (!closed && queue.length > 0) {
      const head = queue[0];
      const slot = pick(head?.ahead ? Infinity : head?.request.kind === 'read' ? READ_DEPTH : depthNow());
      if (!slot) return;
      const task = queue.shift();
      if (!task) return;
      seq += 1;
      slot.sent.push({seq, task, timer: null});
      const tq = traceNow();
      slot.worker.postMessage({...task.request, seq} as WorkerRequest);
      if (tracing) traceSpan('post', tq, `${task.request.kind} ${slots.indexOf(slot)} ${slot.sent.length}`);
    }
  };

  const submit = (
    request: Request,
    ahead = false,
  ): Promise<WorkerReply | {failed: string} | {unanalysable: string}> =>
    new Promise((resolve) => {
      if (closed) return resolve({failed: 'indexing stopped'});
      queue.push({request, resolve, ahead});
      pump();
    });

  // `sent`: the whole article an extraction request carried (without its text), for a reply that leaves it out.
  const outcome = async (
    request: Request,
    ahead = false,
    sent?: SentArticle,
  ): Promise<ReadOutcome | ExtractOutcome> => {
    const reply = await submit(request, ahead);
    if ('failed' in reply) return {ok: false, reason: reply.failed, transient: true};
    if ('unanalysable' in reply) return {ok: false, reason: reply.unanalysable, unanalysable: true};
    if (reply.kind !== 'outcome') return {ok: false, reason: 'unexpected reply from worker'};
    const out = reply.outcome;
    if (!('packed' in out)) return out;
    const article = 'asSent' in out ? sent : out.article;
    return article
      ? withPacked(
          {ok: true as const, article, ...(out.entities ? {entities: out.entities} : {})},
          out.packed,
        )
      : {ok: false, reason: 'unexpected reply from worker'};
  };

  let version: Promise<number> | null = null;
  return {
    size,
    // Enough jobs submitted for the queue to reach depthNow's threshold beside what the workers hold.
    backlog: size * (extractDepth > DEPTH ? extractDepth * 2 : DEPTH),
    // The bundle names its chunks by content hash, so the entry's text changes whenever the extractor does.
    fingerprint: sha1Hex(readFileSync(fingerprintFile(options.script))),
    version: () =>
      (version ??= submit({kind: 'version'}).then((reply) => {
        if ('failed' in reply) throw new Error(reply.failed);
        if ('unanalysable' in reply || reply.kind !== 'version') throw new Error('no version from worker');
        return reply.version;
      })),
    read: async (job: Job) => {
      // The whole article while the memo keeps them; past its limit, reads carry the body once (pool.ts).
      const whole = memo.accepting();
      const read = (await outcome({kind: 'read', path: job.path, id: job.id, whole})) as ReadOutcome;
      if (read.ok && 'paragraphs' in read.article) memo.remember(read.article);
      return read;
    },
    extract: (job: Job, ahead = false) => {
      const sent = memo.take(job.path, job.id);
      return outcome(
        {kind: 'extract', path: job.path, id: job.id, read: sent},
        ahead,
        sent,
      ) as Promise<ExtractOutcome>;
    },
    startAll: () => {
      while (!closed && slots.length < size) spawn();
    },
    retireIdle: () => {
      for (const slot of slots.filter((s) => s.sent.length === 0)) {
        slots.splice(slots.indexOf(slot), 1);
        retiring.push(slot.worker.terminate());
      }
    },
    held: () => slots.map((slot) => slot.sent.length),
    timing: () => ({
      workerStartMs: [...timing.workerStartMs],
      extractMs: [...timing.extractMs],
      workerCpuMs: timing.workerCpuMs.filter((ms) => ms !== undefined),
    }),
    close: async () => {
      closed = true;
      for (const task of queue.splice(0)) task.resolve({failed: 'indexing stopped'});
      const running = slots.splice(0);
      for (const sent of running.flatMap((slot) => slot.sent.splice(0))) {
        if (sent.timer) clearTimeout(sent.timer);
        sent.task.resolve({failed: 'indexing stopped'});
      }
      await Promise.all([...running.map((s) => s.worker.terminate()), ...retiring.splice(0)]);
    },
  };
}
