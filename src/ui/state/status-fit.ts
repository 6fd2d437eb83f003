import {displayWidth, truncateWords} from '../text.js';

/** A problem the status line reports: its count ("11 skipped"), which always shows, and its reason, which may be cut. */
export interface StatusProblem {
  count: string;
  /** Follows the count directly: ": too long to analyse (more than 10 s)", " (brief index lists them): …". */
  reason: string;
}

const SEPARATOR = ' · ';

/**
 * The reasons to print after each count when the line is `columns` wide and its head takes `head` columns: every
 * count keeps its place and the reasons share what is left, the first reason first, each cut with "…". A reason
 * with less than two columns left is dropped rather than shown as a lone "…".
 */
export function fitReasons(head: number, problems: readonly StatusProblem[], columns: number): string[] {
  let room = columns - head - problems.reduce((n, p) => n + SEPARATOR.length + displayWidth(p.count), 0);
  return problems.map((p) => {
    const width = displayWidth(p.reason);
    const shown = width <= room ? p.reason : room >= 2 ? truncateWords(p.reason, room) : '';
    room -= displayWidth(shown);
    return shown;
  });
}
