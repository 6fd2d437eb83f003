// Worker threads started one after another. Each worker thread bootstraps Node anew, and under the extraction
// workers' V8 flags (worker-start.ts) V8 refuses the code cache Node ships for its own modules, so a worker compiles
// them from source (~220 M instructions, ~60 ms of a core). Node keeps what one worker compiled for the rest of the
// process: a worker started after another has bootstrapped takes that code instead. So the first worker thread of a
// process starts at once and any other asked for before the first is running waits for it (its 'online', ~0.1 s
// after its spawn; or its end), as a stand-in that keeps the messages posted to it until its thread exists. Measured
// on a cold index of the 280 shipped articles with two workers: 17,620 / 17,676 M → 17,477 / 17,488 M instructions
// over every thread (−1.0 %, cachegrind, two runs each).
import {EventEmitter} from 'node:events';
import type {Worker} from 'node:worker_threads';
import {traceNow, traceSpan} from './index-trace.js';

/** What brief's pools use of a worker thread: its events, its messages and its end. */
export type PoolWorker = Pick<Worker, 'on' | 'once' | 'postMessage' | 'terminate'>;

/** The events a stand-in passes on from the thread it became. */
const EVENTS = ['online', 'message', 'messageerror', 'error', 'exit'] as const;

// On a global symbol: the `brief` entry (dist/cli.cjs) and `brief index`'s script hold separate copies of this module,
// and both start workers of the one process.
const GATE = Symbol.for('brief.workerGate');

interface Gate {
  /** A worker thread of this process has been started. */
  started: boolean;
  /** The first has bootstrapped or ended: any worker may start at once. */
  open: boolean;
  /** Stand-ins waiting for the gate to open. */
  waiting: (() => void)[];
}

function gate(): Gate {
  const holder = globalThis as {[GATE]?: Gate};
  return (holder[GATE] ??= {started: false, open: false, waiting: []});
}

function openGate(): void {
  const g = gate();
  if (g.open) return;
  traceSpan('online', traceNow());
  g.open = true;
  for (const start of g.waiting.splice(0)) start();
}

/**
 * A worker thread made by `make`: at once when it is the process's first or the first has bootstrapped, else a
 * stand-in that makes it when the first is running (or has ended) and passes its events on.
 */
export function startStaged(make: () => Worker): PoolWorker {
  const g = gate();
  if (g.open) return make();
  if (!g.started) {
    g.started = true;
    const ts = traceNow();
    const first = make();
    traceSpan('spawn', ts, '1');
    first.once('online', openGate);
    // A first worker that fails before running must not hold the others back.
    first.once('exit', openGate);
    first.once('error', openGate);
    return first;
  }
  return standIn(make, g);
}

class StandIn extends EventEmitter {
  thread: Worker | null = null;
  ended = false;
  readonly posted: unknown[] = [];

  postMessage(message: unknown): void {
    if (this.thread) this.thread.postMessage(message);
    else if (!this.ended) this.posted.push(message);
  }

  terminate(): Promise<number> {
    if (this.thread) return this.thread.terminate();
    // Stopped before its thread existed: it never will, and it ends as a stopped worker does.
    if (!this.ended) {
      this.ended = true;
      this.posted.length = 0;
      queueMicrotask(() => this.emit('exit', 1));
    }
    return Promise.resolve(1);
  }
}

function standIn(make: () => Worker, g: Gate): PoolWorker {
  const stand = new StandIn();
  g.waiting.push(() => {
    if (stand.ended) return;
    const ts = traceNow();
    const thread = make();
    traceSpan('spawn', ts, '2');
    stand.thread = thread;
    for (const event of EVENTS) thread.on(event, (...args: unknown[]) => stand.emit(event, ...args));
    for (const message of stand.posted.splice(0)) thread.postMessage(message);
  });
  return stand as unknown as PoolWorker;
}

/** Forgets that a worker was started (tests: each starts from a process with none). */
export function resetStaging(): void {
  const holder = globalThis as {[GATE]?: Gate};
  delete holder[GATE];
}
