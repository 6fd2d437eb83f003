// Screen arithmetic shared by the screens (to draw) and the root (to tell the reducer how far a page goes).
// Ink clears the whole terminal on every frame as tall as the terminal, so frames stay one line shorter.

/** Lines a frame may use in a terminal of `rows`. */
export function usableRows(rows: number): number {
  return Math.max(1, rows - 1);
}

/** Table rows visible in the list: status line, table rules and heading, footer. */
export function listPage(rows: number): number {
  return Math.max(1, usableRows(rows) - 5);
}

/** Lines under the article header (its title's lines, meta line) and above the footer. */
export function articleBody(rows: number, titleLines = 1): number {
  return Math.max(1, usableRows(rows) - 2 - titleLines);
}

/** Most lines an article's title takes: a headline longer than the screen is wide goes on over a second line. */
export const TITLE_LINES = 2;

/** Lines each search result takes: its name, then where it is named. */
export const RESULT_LINES = 2;

/** Results visible in search (status, query box, kind tabs and footer take the rest). */
export function searchPage(rows: number): number {
  return Math.max(1, Math.floor((usableRows(rows) - 4) / RESULT_LINES));
}

/** Lines of the entity view's body: header (name, counts) and footer. */
export function entityBody(rows: number): number {
  return Math.max(1, usableRows(rows) - 3);
}

/** Lines of the help body: title and footer. */
export function helpBody(rows: number): number {
  return Math.max(1, usableRows(rows) - 2);
}

/**
 * Lines the screen above a footer message keeps however long the message: the table's status line, head, one row
 * and foot (an article's title, meta line and a line of its body fit in them too).
 */
export const SCREEN_KEPT = 5;

/**
 * Most lines a footer message may take: what it needs, down to the screen's last `SCREEN_KEPT` lines. A third of the
 * frame cut a long web address ("No system opener found. URL: …", 400 characters at 80×20), which the footer shows
 * to be copied whole; the next key clears the message and gives the screen its room back.
 */
export function messageRoom(rows: number): number {
  return Math.max(1, usableRows(rows) - SCREEN_KEPT);
}

/**
 * Rows the screen above the footer has while the footer's message takes `messageLines` lines (its first is the
 * footer's own line). The screens are drawn in them and the keys measure them: one number for both.
 */
export function screenRows(rows: number, messageLines: number): number {
  return rows - Math.max(0, messageLines - 1);
}

/**
 * The widest line of prose the reader draws (an article's text, its summary, facts and quotes, an entity's
 * sentences): past about 100 columns the eye loses its way back to the next line's start, so a 200-column terminal
 * still gets lines of 100, not 200.
 */
export const READING_WIDTH = 100;

/** Columns for lines that indent prose by `indent` (an entity's sentences: 4): the screen's, up to the measure. */
export function proseColumns(columns: number, indent: number): number {
  return Math.min(columns, READING_WIDTH + indent);
}
