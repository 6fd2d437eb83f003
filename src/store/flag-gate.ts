// When a batch's V8 flags (worker-start.ts) come into force. V8 stamps every code cache with a hash of the flags in
// force and refuses one taken under others; Node's own modules are compiled into its binary with such a cache, taken
// under V8's defaults. A worker bootstraps from that cache (~140 of Node's internal modules), so a worker started
// with the batch's flags already set compiled them all from their source instead: ~0.2 G instructions of each
// worker's start-up, before its first article. A gate lets the workers of one start (and the main thread, which
// loads its own script from a cache taken under V8's defaults meanwhile) arrive with the defaults still in force:
// the last to arrive sets the flags for the whole process and lets the others on, so that the workers load their
// extractor, and make its patterns, under them. Flags that only a new isolate reads (an initial heap size) would come
// too late here, so a gate carries none of them.
import {setFlagsFromString} from 'node:v8';

/** What the threads of one start share: two cells (arrivals, open) and the flags to set, as V8 reads them. */
export interface FlagGate {
  cells: SharedArrayBuffer;
  /** Threads that arrive before the flags are set: the workers started together, and the main thread. */
  parties: number;
  /** The settings, each as V8's setFlagsFromString takes it ("--interrupt-budget=1000000"). */
  settings: string[];
  /**
   * Longest a worker waits for the others, in ms: one that failed to start never arrives, and the flags then come
   * from the first worker that gave up waiting (the others start their extractor under them, a little later).
   */
  waitMs: number;
}

const ARRIVED = 0;
/** The gate's state: CLOSED, then SETTING while one thread sets the flags, then OPEN. */
const STATE = 1;
const CLOSED = 0;
const SETTING = 2;
const OPEN = 1;

/** Makes a gate for `parties` threads that opens by setting `settings`. */
export function createFlagGate(parties: number, settings: string[], waitMs = 2000): FlagGate {
  return {cells: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT), parties, settings, waitMs};
}

/** Sets the gate's flags, unless another thread is doing so or did, and lets every waiting thread on. */
function open(gate: FlagGate, cells: Int32Array): void {
  if (Atomics.compareExchange(cells, STATE, CLOSED, SETTING) !== CLOSED) return;
  for (const setting of gate.settings) setFlagsFromString(setting);
  Atomics.store(cells, STATE, OPEN);
  Atomics.notify(cells, STATE);
}

/**
 * Arrives at the gate without waiting (the main thread: it has nothing to wait for, and never blocks): opens it when
 * this is the last arrival. Returns whether the gate is open now.
 */
export function arriveAtGate(gate: FlagGate): boolean {
  const cells = new Int32Array(gate.cells);
  if (Atomics.add(cells, ARRIVED, 1) + 1 >= gate.parties) open(gate, cells);
  return Atomics.load(cells, STATE) === OPEN;
}

/**
 * Arrives at the gate and waits until it is open (a worker, before it loads its extractor). Past `waitMs` it opens
 * the gate itself: the flags must be in force before the extractor's patterns are made.
 */
export function passFlagGate(gate: FlagGate): void {
  const cells = new Int32Array(gate.cells);
  if (arriveAtGate(gate)) return;
  if (Atomics.wait(cells, STATE, CLOSED, gate.waitMs) === 'timed-out') open(gate, cells);
  // Another thread may be setting them still (a few microseconds).
  for (let state = Atomics.load(cells, STATE); state !== OPEN; state = Atomics.load(cells, STATE))
    if (state === CLOSED) open(gate, cells);
    else Atomics.wait(cells, STATE, SETTING, 50);
}

/** Whether the gate's flags are in force. */
export function gateOpen(gate: FlagGate): boolean {
  return Atomics.load(new Int32Array(gate.cells), STATE) === OPEN;
}

/** How many threads arrived at the gate so far. */
export function gateArrivals(gate: FlagGate): number {
  return Atomics.load(new Int32Array(gate.cells), ARRIVED);
}
