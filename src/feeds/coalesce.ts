/**
 * Gathers the calls made in one turn of the event loop and runs them together: `runAll` gets every input asked
 * for since the last run and gives one result per input, in order. A feed's items reach their database writes a
 * few dozen at a time, and one transaction for them all costs what one for each item did (three commits an item
 * made SQLite the largest cost of adding a feed of 3,000 items). When `runAll` throws, every call of that run
 * rejects with its error.
 */
export function coalesce<In, Out>(runAll: (inputs: In[]) => Out[]): (input: In) => Promise<Out> {
  let waiting: {input: In; resolve: (out: Out) => void; reject: (err: unknown) => void}[] = [];
  const flush = (): void => {
    const run = waiting;
    waiting = [];
    let outs: Out[];
    try {
      outs = runAll(run.map((w) => w.input));
    } catch (err) {
      for (const w of run) w.reject(err);
      return;
    }
    run.forEach((w, i) => w.resolve(outs[i]!));
  };
  return (input) =>
    new Promise<Out>((resolve, reject) => {
      // After the I/O callbacks of this turn: the calls their continuations make join the same run.
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({input, resolve, reject});
    });
}
