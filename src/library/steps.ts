// Work built a step at a time (a generator that yields between slices) so the reader can do it while idle and
// answer keys in between; a caller that cannot wait runs the same steps at once.

/** Runs `steps` to the end and returns what it built. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
