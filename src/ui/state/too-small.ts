/** Smallest terminal the layout is designed for. */
export const MIN_COLUMNS = 60;
/** Smallest terminal height the layout is designed for. */
export const MIN_ROWS = 15;

/** One line of the "terminal too small" note: its words, and a shorter form for a narrow window. */
interface NoteLine {
  kind: 'title' | 'size' | 'hint';
  long: string;
  short: string;
}

/**
 * The lines of the note shown instead of the layout below MIN_COLUMNS × MIN_ROWS, fitted to the window: each line
 * in its shorter words when the longer do not fit, and no more lines than leave the last row free (a frame as tall
 * as the window scrolls its top row away), the way out ("q to quit") kept the longest, since it is what a person
 * in a tiny window needs.
 */
export function tooSmallLines(columns: number, rows: number): {kind: NoteLine['kind']; text: string}[] {
  const lines: NoteLine[] = [
    {kind: 'title', long: 'terminal too small', short: 'too small'},
    {
      kind: 'size',
      long: `${columns}×${rows}, needs ${MIN_COLUMNS}×${MIN_ROWS}`,
      short: `needs ${MIN_COLUMNS}×${MIN_ROWS}`,
    },
    {kind: 'hint', long: 'enlarge it, or q to quit', short: 'q to quit'},
  ];
  const room = Math.max(1, rows - 1);
  // Dropped first: the size, then the title.
  const kept =
    room >= 3 ? lines : lines.filter((l) => l.kind === 'hint' || (room === 2 && l.kind === 'title'));
  return kept.map((l) => ({kind: l.kind, text: l.long.length <= columns ? l.long : l.short}));
}
