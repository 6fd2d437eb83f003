import {displayWidth, truncateWords} from '../text.js';

/** A problem the status line reports: its count ("11 skipped"), which always shows, and its reason, which may be cut. */
export interface StatusProblem {
  count: string;
  /** Follows the count (and hint) directly: ": too long to analyse (more than 10 s)", ": empty file (a.md)". */
  reason: string;
  /** Where to see more, between the count and the reason: " (brief index lists them)"; shown whole or not at all. */
  hint?: string;
}

const SEPARATOR = ' · ';

/**
 * What to print after each count (its hint and reason) when the line is `columns` wide and its head takes `head`
 * columns: every count keeps its place and the rest share what is left, the first problem first. A hint shows whole
 * or not at all ("7 skipped (brief index lists…" cut the words that say where to look); a reason is cut with "…",
 * and dropped rather than shown as a lone "…" when less than two columns are left.
 */
export function fitReasons(head: number, problems: readonly StatusProblem[], columns: number): string[] {
  let room = columns - head - problems.reduce((n, p) => n + SEPARATOR.length + displayWidth(p.count), 0);
  return problems.map((p) => {
    const hint = p.hint && displayWidth(p.hint) <= room ? p.hint : '';
    room -= displayWidth(hint);
    const width = displayWidth(p.reason);
    const shown = width <= room ? p.reason : room >= 2 ? truncateWords(p.reason, room) : '';
    room -= displayWidth(shown);
    return hint + shown;
  });
}
