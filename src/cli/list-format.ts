import {cleanLine, showName, toJson} from '../library/sanitize.js';
import type {ListedArticle} from '../store/list-rows.js';
import {displayWidth, fit} from '../ui/text.js';

const TITLE = 60;

/** The reader's marks column: `●` unread, `★` favourite; blank where the marks are not known (no database). */
function marks(a: Partial<Pick<ListedArticle, 'read' | 'favourite'>>): string {
  if (a.read === undefined) return '  ';
  return `${a.read ? ' ' : '●'}${a.favourite ? '★' : ' '}`;
}

/**
 * One row of the plain list: the reader's marks, date, source, title, and last the id (whole, as `brief show` takes
 * it). Columns are fitted by display width. In a terminal a long title is cut to its column (ids can be long, so
 * the title is the column that gives way); anywhere else (`brief list | grep word`) it is written whole, padded to
 * the column when shorter, so a tool reading the output sees every word.
 */
export function formatRow(
  a: Pick<ListedArticle, 'date' | 'source' | 'title' | 'id'> &
    Partial<Pick<ListedArticle, 'read' | 'favourite'>>,
  terminal = false,
): string {
  const title = cleanLine(a.title);
  const shown = terminal || displayWidth(title) <= TITLE ? fit(title, TITLE) : title;
  return `${marks(a)} ${fit(cleanLine(a.date ?? ''), 10)}  ${fit(cleanLine(a.source ?? ''), 16)}  ${shown}  ${showName(a.id)}\n`;
}

/** One article of a `--json` array, indented as `toJson` indents the whole array, so streamed equals whole. */
export function jsonItem(a: object): string {
  return `  ${toJson(a).replace(/\n/g, '\n  ')}`;
}
