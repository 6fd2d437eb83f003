import {cleanLine, showName, toJson} from '../library/sanitize.js';
import type {ListedArticle} from '../store/list-rows.js';
import {displayWidth, fit, fitWords, safeLine} from '../ui/text.js';

const TITLE = 60;

/** The reader's marks column: `●` unread, `★` favourite; blank where the marks are not known (no database). */
function marks(a: Partial<Pick<ListedArticle, 'read' | 'favourite'>>): string {
  if (a.read === undefined) return '  ';
  return `${a.read ? ' ' : '●'}${a.favourite ? '★' : ' '}`;
}

// Narrower than this, a terminal's row leaves the source out: the date, title and id are what the row is for.
const SOURCE_FROM = 60;

// The least of a title a row shows beside its id before the id goes to a line of its own.
const TITLE_BESIDE_ID = 24;

/**
 * One row of the plain list: the reader's marks, date, source, title, and last the id (whole, as `brief show` takes
 * it). Columns are fitted by display width. Anywhere but a terminal (`brief list | grep word`) the title is written
 * whole, padded to its column when shorter, so a tool reading the output sees every word. In a terminal `columns`
 * wide the row fits it: the title is cut to its column, narrowed so the whole id fits beside it; where that would
 * leave less than TITLE_BESIDE_ID of the title, the id goes whole on a line of its own under the row (a row of an
 * 80-column terminal ran on over two or three lines, cut mid-word wherever the terminal wrapped it).
 */
export function formatRow(
  a: Pick<ListedArticle, 'date' | 'source' | 'title' | 'id'> &
    Partial<Pick<ListedArticle, 'read' | 'favourite'>>,
  terminal = false,
  columns = 80,
): string {
  const title = cleanLine(a.title);
  const id = showName(a.id);
  const date = fit(cleanLine(a.date ?? ''), 10);
  if (!terminal) {
    const shown = displayWidth(title) <= TITLE ? fit(title, TITLE) : title;
    return `${marks(a)} ${date}  ${fit(cleanLine(a.source ?? ''), 16)}  ${shown}  ${id}\n`;
  }
  // A terminal gets emoji as every terminal draws them at one width (ui/plain-emoji.ts); a pipe gets them whole.
  const source = columns >= SOURCE_FROM ? `${fit(safeLine(a.source), 16)}  ` : '';
  return titleRow(`${marks(a)} ${date}  ${source}`, safeLine(title), id, columns, TITLE, '   ');
}

/**
 * A terminal row within `columns`: `head` (already fitted), then a title and the id it is opened by. The title is
 * cut (at most `maxTitle` columns) to leave the whole id room beside it; where that would leave less than
 * TITLE_BESIDE_ID of the title, the id goes whole on a line of its own under the row, after `indent` where it fits
 * so (else from the left edge, where it wraps least). One column is left free: a line filling the last column
 * wraps in some terminals.
 */
export function titleRow(
  head: string,
  title: string,
  id: string,
  columns: number,
  maxTitle: number,
  indent: string,
): string {
  const room = Math.max(1, columns - 1 - displayWidth(head));
  const beside = Math.min(maxTitle, room - 2 - displayWidth(id));
  if (beside >= Math.min(TITLE_BESIDE_ID, displayWidth(title)))
    return `${head}${fitWords(title, beside)}  ${id}\n`;
  const under = displayWidth(indent) + displayWidth(id) < columns ? indent : '';
  return `${head}${fitWords(title, Math.min(maxTitle, room)).trimEnd()}\n${under}${id}\n`;
}

/** One article of a `--json` array, indented as `toJson` indents the whole array, so streamed equals whole. */
export function jsonItem(a: object): string {
  return `  ${toJson(a).replace(/\n/g, '\n  ')}`;
}
