// Work the reader does for later keys while it waits for the user (the article screen drawn once off-screen, the
// gazetteer, search's index), run so that it never holds a key back for long: a slice of steps at a time, a turn
// of the event loop between slices (a key that arrived is handled there), and none while keys are coming in.

/**
 * With BRIEF_TRACE_START set, each step is a `brief-idle-step` measure the start-up trace reports, its detail the
 * name of the chainSteps part it belongs to.
 */
const TRACE = Boolean(process.env.BRIEF_TRACE_START);
let part = '';

/** How a run of idle steps is paced; clock and timers are given so a test can drive them. */
export interface IdleOptions {
  /** Wait before the first slice. */
  delayMs: number;
  /** Longest stretch of steps between two turns of the event loop (a step itself is not cut). */
  sliceMs: number;
  /** No slice starts within this long of the last key: a burst of keys (a held j) has the thread to itself. */
  quietMs: number;
  /** When the last key was handled, on `now`'s clock (-Infinity: none yet). */
  lastKeyAt: () => number;
  /**
   * The user's recent time between keys (ms; Infinity when keys have come in no rhythm). Slices then keep to the
   * first half of that time after a key, and start again only when twice that time has passed with no key: the
   * next key of a rhythm (j pressed every 150 ms) comes when no step is under way, rather than waiting for one.
   */
  keyGapMs?: () => number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Runs `steps` to their end in idle slices; returns a function that stops them. A step that throws ends the run
 * (what it was warming is then made on first use, as without it): a warm-up never takes the reader down.
 */
export function runWhenIdle(steps: Iterator<unknown>, options: IdleOptions): () => void {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let stopped = false;
  let timer: unknown = null;
  const gapMs = options.keyGapMs ?? (() => Infinity);
  /** How long before a slice may run; 0: now. */
  const waitFor = (t: number): number => {
    const since = t - options.lastKeyAt();
    if (since < options.quietMs) return options.quietMs - since;
    const gap = gapMs();
    return since >= gap / 2 && since < 2 * gap ? 2 * gap - since : 0;
  };
  const slice = (): void => {
    timer = null;
    if (stopped) return;
    const start = now();
    const wait = waitFor(start);
    if (wait > 0) {
      timer = setTimer(slice, wait);
      return;
    }
    try {
      do {
        if (TRACE) part = '';
        const stepStart = TRACE ? performance.now() : 0;
        const done = steps.next().done;
        if (TRACE)
          performance.measure('brief-idle-step', {start: stepStart, end: performance.now(), detail: part});
        if (done) return;
      } while (now() - start < options.sliceMs && waitFor(now()) === 0);
    } catch {
      return;
    }
    timer = setTimer(slice, 0);
  };
  timer = setTimer(slice, options.delayMs);
  return () => {
    stopped = true;
    if (timer !== null) clearTimer(timer);
  };
}

/** The steps of `parts` one after the other, each part made when the one before has ended. */
export function* chainSteps(...parts: (() => Iterator<unknown> | null)[]): Generator<void> {
  for (const make of parts) {
    if (TRACE) part = make.name;
    const steps = make();
    if (!steps) continue;
    for (;;) {
      if (TRACE) part = make.name;
      if (steps.next().done) break;
      yield;
    }
    yield;
  }
}
