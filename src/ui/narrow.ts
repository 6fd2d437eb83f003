// Text of one-column characters that join no neighbour into a cluster (printable ASCII, Latin letters with their
// accents precomposed, typographic punctuation ‘’“” – — … ·, the table's box rules) is its own clusters, one per
// UTF-16 unit, and as wide as it is long: no segmenter needed. The same class as the build's string-width fast
// path (scripts/narrow-text-width.mjs, checked character by character against string-width there).
/** Text whose display width is its length. */
export const NARROW =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0377\u037A-\u037F\u0384-\u038A\u038C\u038E-\u03A1\u03A3-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2190-\u2193\u2500-\u259F\u25B6\u25CF\u2605]*$/;

// string-width (text.ts) costs every command's start-up some 0.26 G instructions (its segmenter and emoji tables):
// what only measures a message for stderr does not load it, and uses it once a command has.
let measure: ((text: string) => number) | null = null;

/** Lets `widthAtMost` measure exactly with `fn` (text.ts's displayWidth, once that module is loaded). */
export function measureWidthWith(fn: (text: string) => number): void {
  measure = fn;
}

/**
 * Columns a text takes, exactly where it is NARROW or string-width is loaded; else at most this: two for each
 * character outside the narrow class (a CJK character or an emoji takes two, a combining accent none), so a line
 * wrapped by it never runs past the edge.
 */
export function widthAtMost(text: string): number {
  if (NARROW.test(text)) return text.length;
  if (measure) return measure(text);
  let width = 0;
  for (const ch of text) width += NARROW.test(ch) ? 1 : 2;
  return width;
}
