import {cleanLine, showName, toJson} from '../library/sanitize.js';
import type {ListedArticle} from '../store/list-rows.js';
import {fit} from '../ui/text.js';

/**
 * One row of the plain list: date, source, title, and last the id (whole, as `brief show` takes it; ids can be
 * long, so the title is the column that gives way). Columns are fitted by display width.
 */
export function formatRow(a: Pick<ListedArticle, 'date' | 'source' | 'title' | 'id'>): string {
  return `${fit(cleanLine(a.date ?? ''), 10)}  ${fit(cleanLine(a.source ?? ''), 16)}  ${fit(cleanLine(a.title), 60)}  ${showName(a.id)}\n`;
}

/** One article of a `--json` array, indented as `toJson` indents the whole array, so streamed equals whole. */
export function jsonItem(a: object): string {
  return `  ${toJson(a).replace(/\n/g, '\n  ')}`;
}
