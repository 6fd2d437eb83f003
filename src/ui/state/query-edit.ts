import type {Key} from 'ink';
import {dropLastCluster, headWithin} from '../text.js';

/** The search box: its text, and whether that text is selected (a query brought back by `/`). */
export interface QueryBox {
  query: string;
  /** Selected text is replaced by the next character typed and cleared by Backspace; → or End unselect it. */
  marked: boolean;
}

/** The box's own editing keys, for the help screen (keys as the help writes them, what each does). */
export const QUERY_KEYS: readonly {keys: string; help: string}[] = [
  {keys: 'Backspace', help: 'delete a character (a query brought back by / is cleared)'},
  {keys: 'Ctrl+W', help: 'delete the last word'},
  {keys: 'Alt+Backspace', help: 'delete the last word'},
  {keys: 'Ctrl+U', help: 'clear the query'},
  {keys: '→ / End', help: 'edit a query brought back by / instead of replacing it'},
];

// Keys the box leaves alone: the keymap's (results, filter, back) and the ones it has no use for.
function ignored(key: Partial<Key>): boolean {
  return Boolean(
    key.ctrl ||
    key.meta ||
    key.escape ||
    key.return ||
    key.tab ||
    key.upArrow ||
    key.downArrow ||
    key.pageUp ||
    key.pageDown,
  );
}

/** The box after one keypress; unchanged for keys the box does not handle. */
export function editQuery(box: QueryBox, input: string, key: Partial<Key>): QueryBox {
  const {query, marked} = box;
  // Ctrl+W and Alt+Backspace delete the last word, as in a shell.
  if ((key.ctrl && input === 'w') || ((key.backspace || key.delete) && key.meta))
    return {query: marked ? '' : query.replace(/\S+\s*$/, ''), marked: false};
  if (key.backspace || key.delete) return {query: marked ? '' : dropLastCluster(query), marked: false};
  if (key.ctrl && input === 'u') return {query: '', marked: false};
  // The box has no cursor to move: the arrows and Home/End only turn a selection into text to edit.
  if (key.leftArrow || key.rightArrow || key.home || key.end) return {query, marked: false};
  if (ignored(key)) return box;
  // Pasted text may arrive as one chunk; keep its printable characters only.
  const printable = [...input]
    .filter((ch) => ch >= ' ' && ch !== '\u007f' && !(ch >= '\u0080' && ch <= '\u009f'))
    .join('');
  if (printable === '') return box;
  return {query: headWithin((marked ? '' : query) + printable, 100), marked: false};
}
