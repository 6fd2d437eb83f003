import type {Key} from 'ink';

/** The query after one keypress in the search box; unchanged for keys the box does not handle. */
export function editQuery(query: string, input: string, key: Partial<Key>): string {
  if (key.backspace || key.delete) return [...query].slice(0, -1).join('');
  if (key.ctrl && input === 'u') return '';
  if (key.ctrl && input === 'w') return query.replace(/\S+\s*$/, '');
  if (
    key.ctrl ||
    key.meta ||
    key.escape ||
    key.return ||
    key.tab ||
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown
  ) {
    return query;
  }
  // Pasted text may arrive as one chunk; keep its printable characters only.
  const printable = [...input]
    .filter((ch) => ch >= ' ' && ch !== '\u007f' && !(ch >= '\u0080' && ch <= '\u009f'))
    .join('');
  return (query + printable).slice(0, 100);
}
