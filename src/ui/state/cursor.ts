/** A movement inside a list or a scrolled text. */
export type Movement = 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown';

/**
 * Moves a position among `count` rows of which `page` are visible. A cursor ranges over every row; a scroll
 * offset (`scroll` true) stops when the last row reaches the bottom of the view.
 */
export function move(pos: number, movement: Movement, count: number, page: number, scroll = false): number {
  const max = Math.max(0, scroll ? count - Math.max(1, page) : count - 1);
  const step = Math.max(1, page - 1);
  const next = {
    up: pos - 1,
    down: pos + 1,
    top: 0,
    bottom: max,
    pageUp: pos - step,
    pageDown: pos + step,
  }[movement];
  return clamp(next, 0, max);
}

/** Keeps `value` within [lo, hi] (hi wins when the range is empty). */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, value)) || 0;
}

/** First visible row of a window of `page` rows that keeps `selected` in view, moving `top` as little as possible. */
export function scrollIntoView(top: number, selected: number, page: number, count: number): number {
  const rows = Math.max(1, page);
  let start = top;
  if (selected < start) start = selected;
  if (selected >= start + rows) start = selected - rows + 1;
  return clamp(start, 0, Math.max(0, count - rows));
}
