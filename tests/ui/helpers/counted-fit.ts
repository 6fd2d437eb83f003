// text.ts with its `fit` and `fitWords` counted: how the row tests tell how many rows a render worked out (each row fits its
// texts). A test mocks text.js with it: vi.mock('…/text.js', (original) => countedFit(original, fitted)).
type Text = typeof import('../../../src/ui/text.js');

/** text.ts as `original` gives it, with each call of `fit` or `fitWords` added to `counter.calls`. */
export async function countedFit(original: <T>() => Promise<T>, counter: {calls: number}): Promise<Text> {
  const text = await original<Text>();
  return {
    ...text,
    fit: (...args: Parameters<Text['fit']>) => {
      counter.calls += 1;
      return text.fit(...args);
    },
    fitWords: (...args: Parameters<Text['fitWords']>) => {
      counter.calls += 1;
      return text.fitWords(...args);
    },
  };
}
