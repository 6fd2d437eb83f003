import {widthAtMost} from '../ui/narrow.js';

/**
 * A line of a command's message word-wrapped to a terminal `columns` wide, whose own wrapping cut words in two ("0
 * kn" / "own" at 40 columns). Words are measured as the terminal draws them (a CJK character two columns, a letter
 * with a combining accent one; at most that before string-width is loaded): a title or file name in a message is
 * any text. A word longer than the width keeps a line of its own (an address or a path stays whole to copy).
 */
export function wrapWords(line: string, columns: number): string {
  const lines: string[] = [];
  let current = '';
  let width = 0;
  for (const word of line.split(' ')) {
    const w = widthAtMost(word);
    if (current !== '' && width + 1 + w > columns) {
      lines.push(current);
      current = word;
      width = w;
    } else if (current === '') {
      current = word;
      width = w;
    } else {
      current = `${current} ${word}`;
      width += 1 + w;
    }
  }
  lines.push(current);
  return lines.join('\n');
}
