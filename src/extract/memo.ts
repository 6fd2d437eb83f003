/** Entries a text memo holds before it starts afresh: enough for a long article's names, bounded for a long run. */
export const MEMO_LIMIT = 50_000;

/**
 * `fn` remembered by its text argument: the extractor asks the same question of the same name many times within an
 * article (merging compares every form with every other). The memo is emptied when it reaches `limit` entries, so a
 * worker that runs for days keeps a bounded heap.
 */
export function memoByText<T>(fn: (text: string) => T, limit: number = MEMO_LIMIT): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      if (memo.size > limit) memo.clear();
      out = fn(text);
      memo.set(text, out);
    }
    return out;
  };
}

/**
 * A pattern made when first asked for (the same object every time), not when its module loads: V8 parses a
 * pattern when it is made, ~0.1-1 M instructions for one with property classes, and each extraction worker made
 * every pattern of the extractor's modules before its first article. For the patterns of rare paths (s53a: those
 * that no article of the library runs), so a worker that never takes the path never parses them.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
