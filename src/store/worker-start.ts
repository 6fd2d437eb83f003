// Starting an extraction worker (worker-pool.ts): the V8 flags its process runs under, the thread itself, and the
// workers a first index starts from the `brief` command's entry (dist/cli.cjs), before `brief index`'s own script has
// loaded, for the pool to take over. Kept apart from the pool so the entry carries only this (a few KB), not the
// pool's protocol and the article reader's types.
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {tuneV8Flag} from './v8-flags.js';
import {startStaged, type PoolWorker} from './staged-worker.js';
import type {WorkerOptions} from './worker-protocol.js';

/**
 * Finds the bundled worker: beside the CLI bundle (whether this code sits in dist/ or dist/chunks/), or the built
 * one when running from the sources (tests). Its CommonJS entry (dist/index-worker-boot.cjs, scripts/worker-boot.mjs)
 * where the build wrote one: a worker started from it loads no ES module loader; else the ES module.
 */
export function findWorkerScript(): string | null {
  for (const name of ['index-worker-boot.cjs', 'index-worker.js'])
    for (const dir of ['./', '../', '../../dist/']) {
      const path = fileURLToPath(new URL(dir + name, import.meta.url));
      if (existsSync(path)) return path;
    }
  return null;
}

/**
 * The file whose text stands for the extractor a worker script runs (the pool's fingerprint, hashed in JavaScript
 * by sha1.ts at a few µs a KB): for the CommonJS entry, the ES entry beside it, built from the same sources in the
 * same build and naming the same content-hashed chunks in 1.8 KB where the CommonJS entry takes 11.5 KB (its hash
 * was ~20 M instructions of a cold index's main thread, s54e); any other script, itself.
 */
export function fingerprintFile(script: string): string {
  if (!script.endsWith('index-worker-boot.cjs')) return script;
  const es = join(dirname(script), 'index-worker.js');
  return existsSync(es) ? es : script;
}

// Left alone, each worker's heap grows lazily towards V8's default limits (measured: 280 MB for the process with
// two workers over 280 articles); the extractor's live heap is about 40 MB, so these caps only make it collect
// sooner (193 MB, same speed). A young generation of 4 MB rather than 8 took the 10,000-article index from
// 246-251 MB to 235-239 MB at the same speed (291 articles: 4.7-5.0 s either way). A worker that still runs out
// fails its one article, which is retried next run.
export const WORKER_LIMITS = {maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128};

/**
 * V8's interrupt budget (bytecode run before a function is considered for optimisation), about three times its
 * default of 67,584. A worker extracting 140 articles (half of the shipped library) spent about 1.9 s of CPU on
 * background threads compiling with TurboFan, beside 2.1 s running the extractor: the extractor's big functions
 * (findSpans, readContext, splitRun, rankSummary) were optimised, inlined and re-optimised while still warming up,
 * and each worker compiles them again. With this budget that was 0.65 s, the extractor itself no slower; over 1,120
 * articles a worker spends the same CPU either way (the compiling moves later). V8 flags are per process, so this
 * also applies to what the main thread compiles after the first worker starts.
 */
export const INTERRUPT_BUDGET = 200_000;
/**
 * The budget of a batch index (`brief index`), where no UI code shares the process: about fifteen times V8's
 * default. A cold index of the 280 shipped articles gives each worker 140, too few for TurboFan's compiling (~1 s of
 * background CPU at 200,000) to pay back; interleaved at load 3-5, four runs each, whole-run CPU 6.60-7.59 s →
 * 6.09-6.87 s and wall 5.97-7.34 s → 5.59-6.59 s; one worker extracting 560 articles, 9.84-9.90 → 7.88-7.91 s of
 * CPU. The reader keeps INTERRUPT_BUDGET: its own UI code would reach optimised code later too.
 */
export const BATCH_INTERRUPT_BUDGET = 1_000_000;
const DEFAULT_INTERRUPT_BUDGET = 67_584;
/**
 * Whether a batch index compiles each regular expression made from now on straight to machine code. By default V8
 * first compiles a pattern to bytecode for its interpreter and again to machine code once it ran, and the bytecode
 * compiler is slow on the extractor's long alternations (the speech verbs, ~2,000 characters each): the 532
 * patterns a pass over the shipped library runs took 226 ms to compile and run once that way, 57-64 ms straight to
 * machine code, and every worker compiles them anew (a worker's code cache holds no patterns). Done with
 * `--regexp-tier-up-ticks=0` (a pattern made under it is due for machine code at its first run), never
 * `--no-regexp-tier-up`: set while running, that one makes V8 run a pattern already compiled to bytecode as
 * machine code (a segmentation fault in `brief search`'s first index).
 */
export const BATCH_NATIVE_REGEXPS = true;
/**
 * The old generation a batch index's worker starts with, in MB (V8's `--initial-old-space-size`; V8 caps it at half
 * of WORKER_LIMITS' old generation). Left to V8, a worker's old generation starts near 20 MB and grows by
 * collecting: each worker of a cold index of the 280 shipped articles ran four full mark-compacts (live heap 14 →
 * 29 MB, as the tables and compiled code grow), with pauses of 10-62 ms plus incremental marking steps up to 45 ms
 * and V8's helper threads marking beside them. Starting at 48 MB it runs one: whole-run CPU 0.96 of V8's default
 * (median of six interleaved rounds, twice, at 48 and 64 MB; a loaded machine), peak RSS 180 → 203 MB. Starting
 * at 64 MB (the most V8 allows under WORKER_LIMITS' 128 MB) a worker of that index runs none (its heap ends near
 * 46-51 MB): the whole run's instructions, every thread, 17,861-17,879 M → 17,586-17,592 M (-1.6 %; the concurrent
 * marking and sweeping of V8's helper threads, and the worker's own finishing of the collection); peak RSS
 * 201-209 → 219-222 MB. A flag of the process, set before the first worker starts, so the main thread's heap (created
 * already) keeps V8's default; the reader's pool keeps it too (its workers live long and share the machine with
 * the UI).
 */
export const BATCH_INITIAL_OLD_SPACE_MB = 64;
/**
 * Whether a batch index's collections of the young generation run on the thread that allocated, without V8's helper
 * threads (`--no-parallel-scavenge`). Each extraction worker of a cold index scavenges ~130 times, and V8 splits
 * each scavenge between the worker and its helper threads; with as many workers as cores, the helpers have no core
 * of their own, and the worker waits for them while they wait for a core. On one thread, cold indexes of the 280
 * shipped articles, interleaved pairs: wall 0.955 of the default (seven pairs of seven faster), 0.944 (eight of eight),
 * CPU 0.97; one set of six on the machine's slow state was even (3.02 / 3.03 s). V8's parallel marking, the other
 * such switch, is not touched: `--no-parallel-marking` aborts Node 20 in a mark-compact. A flag of the process: the
 * main thread of `brief index` scavenges on its own too (a dozen times a run); the reader keeps V8's default.
 */
export const BATCH_SERIAL_SCAVENGE = true;

/** The process-wide V8 flags a pool's workers run under (set by the first pool, or the entry, of the process). */
export interface WorkerFlags {
  /** V8's interrupt budget (INTERRUPT_BUDGET by default). */
  interruptBudget?: number;
  /** Compile regular expressions straight to machine code (BATCH_NATIVE_REGEXPS). */
  nativeRegexps?: boolean;
  /** The workers' first old generation in MB (BATCH_INITIAL_OLD_SPACE_MB). */
  initialOldSpaceMb?: number;
  /** Scavenge without V8's helper threads (BATCH_SERIAL_SCAVENGE). */
  serialScavenge?: boolean;
}

/** The flags of a batch index (`brief index`, `brief search`'s first index). */
export const BATCH_FLAGS: WorkerFlags = {
  interruptBudget: BATCH_INTERRUPT_BUDGET,
  nativeRegexps: BATCH_NATIVE_REGEXPS,
  initialOldSpaceMb: BATCH_INITIAL_OLD_SPACE_MB,
  serialScavenge: BATCH_SERIAL_SCAVENGE,
};

// On global symbols: the entry (dist/cli.cjs) and `brief index`'s script (dist/index-command.cjs) hold separate
// copies of this module.
const TUNED = Symbol.for('brief.workerFlagsTuned');
const EARLY = Symbol.for('brief.earlyWorkers');

/** A worker started before its pool was made, waiting to be taken. */
interface EarlyWorker {
  script: string;
  cacheDir: string | null;
  worker: PoolWorker;
  /** performance.now() when it was spawned (the pool's start-up timing counts from here). */
  spawnedAt: number;
  saveCache: boolean;
  exited: boolean;
}

const holder = globalThis as {[TUNED]?: string; [EARLY]?: EarlyWorker[]};

/**
 * Sets the workers' V8 flags for the process, the first time only (V8's flags are per process; the first pool's
 * win), and returns the name of the code cache folder of the flags in force.
 */
export function tuneWorkerFlags(flags: WorkerFlags): string {
  const done = holder[TUNED];
  if (done !== undefined) return done;
  const budget = flags.interruptBudget ?? INTERRUPT_BUDGET;
  // V8 stamps its code cache with the flags in force: the reader's cache (src/store/classic-script.ts) is taken
  // with these set back to their defaults, or the next start, with default flags, would refuse it.
  tuneV8Flag('--interrupt-budget', String(budget), String(DEFAULT_INTERRUPT_BUDGET));
  if (flags.nativeRegexps) tuneV8Flag('--regexp-tier-up-ticks', '0', '1');
  const oldSpace = flags.initialOldSpaceMb ?? 0;
  if (oldSpace > 0) tuneV8Flag('--initial-old-space-size', String(oldSpace), '0');
  if (flags.serialScavenge) tuneV8Flag('--parallel-scavenge', 'false', 'true');
  return (holder[TUNED] =
    `worker-budget-${budget}${flags.nativeRegexps ? '-native-regexps' : ''}${oldSpace > 0 ? `-old-${oldSpace}` : ''}${flags.serialScavenge ? '-serial-scavenge' : ''}`);
}

/** The code cache folder name of the workers' flags set in this process (tuneWorkerFlags), or null when none are. */
export function tunedWorkerFlags(): string | null {
  return holder[TUNED] ?? null;
}

/**
 * Starts a worker thread on `script` with the pool's memory limits: at once for the process's first, else once the
 * first is running, so that it takes the Node modules the first compiled (staged-worker.ts).
 */
export function spawnWorker(script: string, workerData: WorkerOptions): PoolWorker {
  return startStaged(() => new Worker(script, {resourceLimits: WORKER_LIMITS, workerData}));
}

/**
 * Worker threads to use: $BRIEF_WORKERS when set (a smaller machine, or memory to spare), else one per core; never
 * more than two per core: more only share the cores (each with its own ~30 MB heap), and with 1,000 asked for, 275
 * threads took 8 GB and ran articles out of their time budget.
 */
export function workerCount(
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): number | undefined {
  const n = Number(env.BRIEF_WORKERS);
  return Number.isInteger(n) && n > 0 ? Math.min(n, Math.max(2, cores * 2)) : undefined;
}

/**
 * One line saying what was used instead when $BRIEF_WORKERS asks for what workerCount does not give (`abc`, `0`, `-3`,
 * `1.5`, more than two per core), else null: it was ignored or cut without a word, and a user who set it to limit
 * brief's threads saw it take every core. Unset or empty is no request.
 */
export function workerCountNote(
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): string | null {
  const raw = env.BRIEF_WORKERS;
  if (raw === undefined || raw.trim() === '') return null;
  const used = workerCount(env, cores);
  const shown = JSON.stringify(raw).slice(1, -1);
  if (used === undefined)
    return `brief: warning: BRIEF_WORKERS=${shown} is not a whole number above 0; using ${Math.max(1, cores)} (one per core)\n`;
  return used === Number(raw)
    ? null
    : `brief: warning: BRIEF_WORKERS=${shown} is more than two per core; using ${used}\n`;
}

/**
 * Starts the workers of a batch pool now, for a pool made later in this process to take (takeEarlyWorker): a first
 * index's workers spend ~0.2 s each starting (Node's worker bootstrap, the extractor's script from its code cache)
 * before they can read the first files, while the main thread waited for them; started from the entry, that runs
 * beside the loading of `brief index`'s own script too. `cacheBase`: the code cache folder (null: none).
 */
export function startEarlyWorkers(script: string, size: number, cacheBase: string | null): void {
  const tuned = tuneWorkerFlags(BATCH_FLAGS);
  const cacheDir = cacheBase ? join(cacheBase, tuned) : null;
  const list = (holder[EARLY] ??= []);
  for (let i = 0; i < size; i++) {
    const spawnedAt = performance.now();
    // The first writes the code cache if there is none, as a pool's first worker does.
    const saveCache = i === 0;
    const early: EarlyWorker = {
      script,
      cacheDir,
      worker: spawnWorker(script, {cacheDir, saveCache}),
      spawnedAt,
      saveCache,
      exited: false,
    };
    // One that ends before a pool takes it (it should not) is never taken.
    early.worker.once('exit', () => (early.exited = true));
    // An error before a pool listens would otherwise be thrown as an unhandled 'error' event.
    early.worker.once('error', () => (early.exited = true));
    list.push(early);
  }
}

/** A worker startEarlyWorkers started on `script` with the code cache `cacheDir`, handed over once; else null. */
export function takeEarlyWorker(
  script: string,
  cacheDir: string | null,
): {worker: PoolWorker; spawnedAt: number; saveCache: boolean} | null {
  const list = holder[EARLY];
  if (!list) return null;
  for (;;) {
    const at = list.findIndex((e) => e.script === script && e.cacheDir === cacheDir);
    const early = at >= 0 ? list.splice(at, 1)[0] : undefined;
    if (!early) return null;
    if (!early.exited) return early;
  }
}

/** Ends the workers started early that no pool took (a run that made none). */
export async function endEarlyWorkers(): Promise<void> {
  const list = holder[EARLY]?.splice(0) ?? [];
  await Promise.all(list.map((e) => e.worker.terminate()));
}
