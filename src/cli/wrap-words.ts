/**
 * A line of a command's summary word-wrapped to a terminal `columns` wide, whose own wrapping cut words in two ("0
 * kn" / "own" at 40 columns). For brief's own words, ASCII, one column a character (not titles or names); a word
 * longer than the width keeps a line of its own.
 */
export function wrapWords(line: string, columns: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > columns) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}
