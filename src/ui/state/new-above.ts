import type {ArticleRecord} from '../../store/index.js';

// The table's "↑ N new above": rows indexing brought in above the window while the user was further down, which
// they have not had on screen since. Kept as ids, so rows scrolled into view one by one stop counting one by one,
// and a row that leaves the list (its file deleted, say) stops counting at once.

/** No rows new above: shared, so an unchanged state keeps the same set. */
export const NONE_ABOVE: ReadonlySet<string> = new Set();

/**
 * The rows above the window's first row (`shown[0..start)`) that are new there: those already counted, and those
 * the list did not have at or above the bottom of its window before (`before[0..beforeEnd)`). Rows below the window
 * cannot be new above it: the list is sorted, and the row under the cursor is the same one.
 */
export function rowsNewAbove(
  shown: readonly ArticleRecord[],
  start: number,
  before: readonly ArticleRecord[],
  beforeEnd: number,
  counted: ReadonlySet<string>,
): ReadonlySet<string> {
  if (start <= 0) return NONE_ABOVE;
  const had = new Set<string>();
  for (let i = 0; i < Math.min(beforeEnd, before.length); i++) had.add(before[i]?.id ?? '');
  const next = new Set<string>();
  for (let i = 0; i < Math.min(start, shown.length); i++) {
    const id = shown[i]?.id ?? '';
    if (counted.has(id) || !had.has(id)) next.add(id);
  }
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
