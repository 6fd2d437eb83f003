// Work built a step at a time (a generator that yields between slices) so the reader can do it while idle and
// answer keys in between; a caller that cannot wait runs the same steps at once.

/** Runs `steps` to the end and returns what it built. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Longest a step of stepwise work runs: a key pressed meanwhile waits for the step it lands on (a step is never
 * cut), so a step of 10-30 ms was a key of 20-40 ms (the reader's first list moves, instrumented).
 */
export const STEP_MS = 2;

/**
 * A clock for the loops of a stepwise job, so that its steps last about `stepMs` whatever each item costs (a count of
 * items per step gave steps of 1-30 ms: an item's cost varies with its data, a first call's with the code not yet
 * compiled, and with a collection landing in it). `due()` is called once per item and says when to yield; the time
 * is read every `every` calls, and counted afresh from the first call after a yield, so the time between steps does
 * not count.
 */
export function stepClock(stepMs = STEP_MS, every = 8): () => boolean {
  let calls = 0;
  let since = -1;
  return () => {
    if (since < 0) {
      since = performance.now();
      calls = 0;
      return false;
    }
    if (++calls < every) return false;
    calls = 0;
    if (performance.now() - since < stepMs) return false;
    since = -1;
    return true;
  };
}
