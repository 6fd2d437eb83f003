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
