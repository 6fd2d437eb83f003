import type {ArticleRecord} from '../../store/index.js';

// The table's "↓ N new below", the twin of "↑ N new above": rows a refresh or indexing brought in below the
// window (an item dated older than the list's top lands among older articles, out of sight), which the user has
// not had on screen since. Kept as ids, as new-above.ts's, so they stop counting as they scroll into view.

/** No rows new below: shared, so an unchanged state keeps the same set. */
export const NONE_BELOW: ReadonlySet<string> = new Set();

/** How far ahead a mismatch is looked for in both lists at once. */
const LOOK_AHEAD = 1000;

/** Rows of the old list found nowhere ahead in the new one (removed) before the rest is matched by a Set. */
const MISSES = 8;

/**
 * The ids of `now[from..]` that `was` does not have. The two keep one order, and a refresh or an index run inserts
 * rows in runs (and removes a few), so they are walked side by side: at a mismatch, the next row of each is looked
 * for a little way ahead in the other (rows inserted, or rows removed), then the old row further on in the new list
 * (a long run inserted); an old row found nowhere was removed. A Set of a whole 100,000-row list (new-above.ts's
 * middle once rows land both at the top and below) was 50 ms of a list reload under load; the walk is under 1 ms.
 * After MISSES removed rows, the rest of `was` is put in a Set.
 */
function addedFrom(now: readonly ArticleRecord[], from: number, was: readonly ArticleRecord[]): string[] {
  const added: string[] = [];
  const add = (i: number) => {
    if (i >= from) added.push(now[i]?.id ?? '');
  };
  let i = 0;
  let j = 0;
  let misses = 0;
  while (i < now.length) {
    if (j >= was.length || now[i]?.id === was[j]?.id) {
      if (j >= was.length) add(i);
      i += 1;
      j += 1;
      continue;
    }
    let inserted = 0;
    let removed = 0;
    for (let k = 1; k <= LOOK_AHEAD && inserted + removed === 0; k++) {
      if (i + k < now.length && now[i + k]?.id === was[j]?.id) inserted = k;
      else if (j + k < was.length && was[j + k]?.id === now[i]?.id) removed = k;
      else if (i + k >= now.length && j + k >= was.length) break;
    }
    if (inserted === 0 && removed === 0) {
      const id = was[j]?.id;
      for (let k = i + LOOK_AHEAD + 1; k < now.length && inserted === 0; k++)
        if (now[k]?.id === id) inserted = k - i;
    }
    if (inserted > 0) for (const end = i + inserted; i < end; i++) add(i);
    else if (removed > 0) j += removed;
    else if (++misses <= MISSES) j += 1;
    else {
      const rest = new Set<string>();
      for (let m = j; m < was.length; m++) rest.add(was[m]?.id ?? '');
      for (; i < now.length; i++) if (!rest.has(now[i]?.id ?? '')) add(i);
    }
  }
  return added;
}

/**
 * The rows below the window (`shown[end..]`) that are new there: those already counted, and those `before` did not
 * have. A `before` with no rows counts nothing: a list read for the first time is not news.
 */
export function rowsNewBelow(
  shown: readonly ArticleRecord[],
  end: number,
  before: readonly ArticleRecord[],
  counted: ReadonlySet<string>,
): ReadonlySet<string> {
  if (end >= shown.length) return NONE_BELOW;
  const next = new Set<string>();
  if (counted.size > 0)
    for (let i = end; i < shown.length; i++) {
      const id = shown[i]?.id ?? '';
      if (counted.has(id)) next.add(id);
    }
  if (before.length > 0) for (const id of addedFrom(shown, end, before)) next.add(id);
  return next.size === 0 ? NONE_BELOW : next;
}

/**
 * The rows still new below once the window's end (the row after its last) moves from `from` to `to`: at the list's
 * end, none; scrolled down, those that came into view (`shown[from..to)`) are seen.
 */
export function seenBelow(
  counted: ReadonlySet<string>,
  shown: () => readonly ArticleRecord[],
  from: number,
  to: number,
): ReadonlySet<string> {
  if (counted.size === 0 || to <= from) return counted;
  const rows = shown();
  if (to >= rows.length) return NONE_BELOW;
  const next = new Set(counted);
  for (let i = from; i < to; i++) next.delete(rows[i]?.id ?? '');
  return next.size === counted.size ? counted : next.size === 0 ? NONE_BELOW : next;
}
