// Limits of the library walk, in a module of their own so the reader's folder watch can share them without
// loading the article parser.

/**
 * Folders below the library that are read: a tree deeper than this is not a library of articles but a mistake or
 * an attack (1,500 nested folders froze the reader for over a minute, each level's real path costing as much as
 * every level above it), and what lies below is reported, not read.
 */
export const MAX_DEPTH = 32;

/** Longest a sliced walk works before it lets other work (a key, a frame) run: about a frame. */
export const SLICE_MS = 8;

/** When the reader's last key came, on performance.now()'s clock (-Infinity: none yet). */
export type KeyClock = () => number;

/**
 * Background work in the reader (the library's walk and plan, the folder watch's walk) starts no slice within this
 * long of a key, as the reader's own warm-up does: keys pressed one after another have the thread to themselves.
 */
export const KEY_QUIET_MS = 40;

/**
 * Resolves after a turn of the event loop (a key or a frame waiting runs there) and, while keys are coming
 * (`lastKeyAt` within KEY_QUIET_MS), once they have stopped.
 */
export async function nextSlice(lastKeyAt?: KeyClock): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (!lastKeyAt) return;
  for (;;) {
    const wait = lastKeyAt() + KEY_QUIET_MS - performance.now();
    if (!(wait > 0)) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
