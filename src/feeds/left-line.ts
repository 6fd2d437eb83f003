// Alone in its file: the reader's refresh line says it, and the reader's first frame must not wait for the refresh
// machinery (src/feeds/refresh.ts and what it reads pages with), which loads on the first R.

/**
 * The line a feed with items left says: "1000 of its 100000 items taken (the newest); the other 99000 are left for
 * the next refresh", or null when it took them all.
 */
export function leftLine(r: {items: number; left: number}): string | null {
  if (r.left === 0) return null;
  return `${r.items - r.left} of its ${r.items} items taken (the newest); the other ${r.left} are left for the next refresh`;
}
