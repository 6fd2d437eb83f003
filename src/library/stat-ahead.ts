import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {availableParallelism, loadavg} from 'node:os';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {MessagePort, Worker} from 'node:worker_threads';
import {Look, STOP, type LookBatch} from './stat-look.js';

// `brief index` with nothing changed at 10,000 files spent ~120 of its ~290 ms walking the library, most of it in an
// lstat per entry (a system call and Node's Stats object, ~11 µs each), on one core of two. So the command starts a
// worker thread first thing (dist/stat-worker.cjs, stat-worker.ts) that looks at the library's entries from the last
// to the first while the main thread loads the command and opens the store; the main thread's walk (find-files.ts)
// then goes from the first, takes the worker's answer for each entry it has one for and looks at the others itself,
// until the two meet. The walk's rules stay the main thread's: the worker only says what an lstat said (links,
// errors and hidden names it leaves alone), so the walk finds the same files, in the same order, with the same
// reasons, whether or not the worker answers at all.
//
// The command's entry and the index script each carry a copy of this module: the look-ahead under way is kept on the
// global object, under a symbol of brief's own.

/** The worker's answers, for the main thread's walk of one root. */
export interface StatAhead {
  /** The worker's answer for `path`, if it has posted one. */
  look(path: string): Look | undefined;
  /** The walk is at top-level entry `index` (in sorted order): the worker stops before it. */
  at(index: number): void;
  /** The walk is over: the worker stops, and is not waited for. */
  done(): void;
}

const SLOT = Symbol.for('brief.statAhead');

interface Started {
  root: string;
  worker: Worker;
  port: MessagePort;
  progress: Int32Array;
  receive: (port: MessagePort) => {message: unknown} | undefined;
}

type Slotted = typeof globalThis & {[SLOT]?: Started};

/**
 * Starts the worker looking at `root` (resolved as the store resolves its root; the walk asks for it by that exact
 * path) with `script`, unless one is under way. Never throws: without it the walk looks at every entry itself.
 */
export function startStatAhead(root: string, script: string): void {
  const slotted = globalThis as Slotted;
  if (slotted[SLOT]) return;
  try {
    // Loaded here, not at the top: the command's entry carries this module, and the reader it also starts must not
    // pay for worker_threads before its first frame.
    const threads = createRequire(import.meta.url)(
      'node:worker_threads',
    ) as typeof import('node:worker_threads');
    const {port1, port2} = new threads.MessageChannel();
    // [0]: the top-level entry the main thread's walk is at (STOP: over); [1]: batches the worker has posted.
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const worker = new threads.Worker(script, {
      workerData: {root, port: port2, progress},
      transferList: [port2],
    });
    // Neither keeps the process alive: a run that fails before its walk ends at once.
    worker.unref();
    port1.unref();
    worker.on('error', () => {});
    slotted[SLOT] = {root, worker, port: port1, progress, receive: threads.receiveMessageOnPort};
  } catch {
    // No worker: the walk looks at everything itself.
  }
}

/** The look-ahead started for `root`, once (a later walk looks for itself), or null. */
export function takeStatAhead(root: string): StatAhead | null {
  const slotted = globalThis as Slotted;
  const started = slotted[SLOT];
  if (!started || started.root !== root) return null;
  delete slotted[SLOT];
  const {worker, port, progress, receive} = started;
  const seen = new Map<string, number>();
  const looks: number[] = [];
  let open = true;
  const add = (message: unknown): void => {
    const batch = message as Partial<LookBatch> | null;
    const paths = batch?.paths;
    const numbers = batch?.looks;
    if (!Array.isArray(paths) || !Array.isArray(numbers) || numbers.length !== paths.length * 3) return;
    for (let i = 0; i < paths.length; i++) {
      seen.set(String(paths[i]), looks.length);
      looks.push(Number(numbers[i * 3]), Number(numbers[i * 3 + 1]), Number(numbers[i * 3 + 2]));
    }
  };
  let received = 0;
  const drain = (): void => {
    // Asking the port costs a call into Node per entry the walk looks at itself; the count costs nothing.
    if (Atomics.load(progress, 1) === received) return;
    for (let m = receive(port); m; m = receive(port)) {
      received += 1;
      add(m.message);
    }
  };
  const stop = (): void => {
    if (!open) return;
    open = false;
    Atomics.store(progress, 0, STOP);
    port.close();
    void worker.terminate().catch(() => {});
  };
  return {
    look(path) {
      let at = seen.get(path);
      if (at === undefined && open) {
        drain();
        at = seen.get(path);
      }
      if (at === undefined) return undefined;
      return new Look(looks[at] === 1, looks[at + 1] ?? -1, looks[at + 2] ?? -1);
    },
    at(index) {
      if (open) Atomics.store(progress, 0, index);
    },
    done: stop,
  };
}

/** The built worker beside this bundle (dist/ or dist/chunks/), or null (running from the sources). */
export function findStatScript(): string | null {
  for (const rel of ['./stat-worker.cjs', '../stat-worker.cjs']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * Whether a second thread would find a core of its own: fewer runnable threads on average over the last minute than
 * cores, less the main thread's. On a busy machine the thread only takes CPU from the main thread (measured at load
 * 3-4 on 2 cores: 10k files, nothing changed, 450 -> 630 ms).
 */
export function coreToSpare(cores = availableParallelism(), load = loadavg()[0] ?? 0): boolean {
  return load + 1 < cores;
}

/**
 * Starts looking ahead at the library `brief index` is about to scan: `articles` as the command line gave it,
 * resolved as the store resolves its root. Not when no core is to spare, with BRIEF_STAT_AHEAD=0 (off) or without a
 * built worker script; BRIEF_STAT_AHEAD=1 starts it whatever the load.
 */
export function statAheadFor(articles: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.BRIEF_STAT_AHEAD === '0' || (env.BRIEF_STAT_AHEAD !== '1' && !coreToSpare())) return;
  const script = findStatScript();
  if (script) startStatAhead(resolve(articles), script);
}
