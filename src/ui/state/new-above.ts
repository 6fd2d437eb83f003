import type {ArticleRecord} from '../../store/index.js';

// The table's "↑ N new above": rows indexing brought in above the window while the user was further down, which
// they have not had on screen since. Kept as ids, so rows scrolled into view one by one stop counting one by one,
// and a row that leaves the list (its file deleted, say) stops counting at once.

/** No rows new above: shared, so an unchanged state keeps the same set. */
export const NONE_ABOVE: ReadonlySet<string> = new Set();

/**
 * Which of `now[0..nowEnd)` are not among `was[0..wasEnd)`. New rows come in a few runs (mostly at the top, dated
 * later than the rest), so the common head and tail are matched in place and only the rows between them looked up:
 * a Set of a whole 100,000-row list made each list reload of a scrolled-down reader 30 ms.
 */
function addedRows(
  now: readonly ArticleRecord[],
  nowEnd: number,
  was: readonly ArticleRecord[],
  wasEnd: number,
): {from: number; to: number; isNew: (i: number) => boolean} {
  const n = Math.min(nowEnd, now.length);
  const w = Math.min(wasEnd, was.length);
  let head = 0;
  while (head < n && head < w && now[head]?.id === was[head]?.id) head += 1;
  let tail = 0;
  while (tail < n - head && tail < w - head && now[n - 1 - tail]?.id === was[w - 1 - tail]?.id) tail += 1;
  const middle = new Set<string>();
  for (let i = head; i < w - tail; i++) middle.add(was[i]?.id ?? '');
  return {from: head, to: n - tail, isNew: (i) => !middle.has(now[i]?.id ?? '')};
}

/**
 * The rows above the window's first row (`shown[0..start)`) that are new there: those already counted, and those
 * `before` did not have in its first `wasEnd` rows (the rows seen: above the window and in it). `nowEnd` rows of
 * `shown` are matched against them (the rows above the cursor, whose row is the same, line the two lists up).
 */
export function rowsNewAbove(
  shown: readonly ArticleRecord[],
  start: number,
  before: readonly ArticleRecord[],
  ends: {nowEnd: number; wasEnd: number},
  counted: ReadonlySet<string>,
): ReadonlySet<string> {
  if (start <= 0) return NONE_ABOVE;
  const added = addedRows(shown, Math.max(start, ends.nowEnd), before, ends.wasEnd);
  const next = new Set<string>();
  if (counted.size > 0)
    for (let i = 0; i < Math.min(start, shown.length); i++) {
      const id = shown[i]?.id ?? '';
      if (counted.has(id)) next.add(id);
    }
  for (let i = added.from; i < Math.min(start, added.to); i++)
    if (added.isNew(i)) next.add(shown[i]?.id ?? '');
  return next.size === 0 ? NONE_ABOVE : next;
}

/**
 * The rows still new above once the window's first row moves from `from` to `to`: at the top, none; scrolled up,
 * those that came into view (`shown[to..from)`) are seen.
 */
export function seenAbove(
  counted: ReadonlySet<string>,
  shown: () => readonly ArticleRecord[],
  from: number,
  to: number,
): ReadonlySet<string> {
  if (counted.size === 0 || to >= from) return counted;
  if (to <= 0) return NONE_ABOVE;
  const rows = shown();
  const next = new Set(counted);
  for (let i = to; i < Math.min(from, rows.length); i++) next.delete(rows[i]?.id ?? '');
  return next.size === counted.size ? counted : next.size === 0 ? NONE_ABOVE : next;
}
