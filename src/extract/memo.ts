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
