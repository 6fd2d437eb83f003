import {cleanLine} from './sanitize.js';

/** A YAML parser message said in brief's words: the parser's own wording where it reads as a garbled line. */
interface YamlWording {
  id: string;
  /** The parser's message (its first line). */
  match: RegExp;
  /** brief's text; `$1`… are the match's groups. */
  text: string;
  example: string;
}

/** The parser messages brief rewords, first match wins; any other is kept as one clean line. */
export const YAML_WORDINGS: readonly YamlWording[] = [
  {
    id: 'unclosed-quote',
    match: /^Missing closing (["'])quote$/,
    text: 'a value opened with $1 is never closed (a line break or carriage return inside quotes must be followed by an indented line)',
    example: 'title: "Ferry<CR>late"',
  },
];

/** One line saying why YAML front matter could not be read, from whatever the parser threw. */
export function yamlErrorText(err: unknown): string {
  const first = (err instanceof Error ? err.message : String(err)).split(/\r\n?|\n/)[0] ?? '';
  for (const w of YAML_WORDINGS) {
    const m = w.match.exec(first);
    if (m) return w.text.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
  }
  return cleanLine(first);
}
