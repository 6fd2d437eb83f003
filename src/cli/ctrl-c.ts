import {STOP_REPORT, STOP_SIGNALS, type StopReport, type StopSignal} from './exit-codes.js';

/**
 * Ctrl+C, SIGTERM and SIGHUP caught for a command that writes files (`brief add`, `brief refresh`): instead of
 * Node's default, which ends the process at once, perhaps between a temporary file's write and its rename, the
 * first aborts `signal`, so the work in flight stops at the next item, each article being written finishes whole,
 * and the command says what was kept and exits as the signal earns (130, 143, 129; as `brief index` does). Every
 * signal is caught while the command runs (a second one must not cut a write short either); the fetches it stops
 * end within their own time limits.
 */
export interface CtrlC {
  /** Aborted by the first signal. */
  readonly signal: AbortSignal;
  /** True once a signal came. */
  readonly stopped: boolean;
  /** What stopped the command, in its line's words, and its exit code; null while nothing has. */
  readonly stoppedBy: StopReport | null;
  /** Gives the signals back to Node's default. */
  dispose(): void;
}

// A signal before the command's own catch (the bundle loading: 150-200 ms of a loaded machine) ended the process by
// Node's default, silently. The first lines of the program catch it instead, and the command's catch takes it over.
// Through a global, since the two may be in different bundles (dist/cli.cjs, dist/cli.js).
const EARLY = Symbol.for('brief.ctrl-c.early');

interface Early {
  first: StopSignal | null;
  listeners: (readonly [StopSignal, () => void])[];
}

const early = (): {[EARLY]?: Early} => globalThis as {[EARLY]?: Early};

/** One listener for each stopping signal, calling `on` with its name. */
const listenersFor = (on: (name: StopSignal) => void): (readonly [StopSignal, () => void])[] =>
  STOP_SIGNALS.map((name) => [name, () => on(name)] as const);

/** From the program's first lines, for a command that writes files: a signal is kept for `catchCtrlC` to take. */
export function catchCtrlCEarly(): void {
  const g = early();
  if (g[EARLY]) return;
  const caught: Early = {first: null, listeners: listenersFor((name) => (caught.first ??= name))};
  g[EARLY] = caught;
  for (const [name, listener] of caught.listeners) process.on(name, listener);
}

/** Ends the early catch; the first signal that came during it, or null. */
function takeEarly(): StopSignal | null {
  const g = early();
  const caught = g[EARLY];
  if (!caught) return null;
  delete g[EARLY];
  for (const [name, listener] of caught.listeners) process.removeListener(name, listener);
  return caught.first;
}

/** Starts catching Ctrl+C, SIGTERM and SIGHUP until `dispose`, a signal `catchCtrlCEarly` caught counting first. */
export function catchCtrlC(): CtrlC {
  const controller = new AbortController();
  let first: StopSignal | null = null;
  const onSignal = (name: StopSignal): void => {
    first ??= name;
    controller.abort();
  };
  const listeners = listenersFor(onSignal);
  for (const [name, listener] of listeners) process.on(name, listener);
  const before = takeEarly();
  if (before !== null) onSignal(before);
  return {
    signal: controller.signal,
    get stopped() {
      return controller.signal.aborted;
    },
    get stoppedBy() {
      return first === null ? null : STOP_REPORT[first];
    },
    dispose: () => {
      for (const [name, listener] of listeners) process.removeListener(name, listener);
    },
  };
}

/** What stopped `ctrlC` (Ctrl+C when it cannot tell), for a stopped command's line and exit code. */
export function stopOf(ctrlC: CtrlC): StopReport {
  return ctrlC.stoppedBy ?? STOP_REPORT.SIGINT;
}
