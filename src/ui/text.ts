import {stripControls} from '../library/sanitize.js';

// Store text already comes from the library's sanitizer, but the store is a boundary (a database someone else
// may have written), so anything shown goes through here again.

/** One display line: control sequences removed and every run of whitespace (newlines too) made one space. */
export function safeLine(text: string | null | undefined): string {
  return stripControls(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

// [first, last] code point ranges drawn two cells wide (East Asian wide, emoji) or zero (combining, joiners).
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];
const ZERO: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
];

const within = (cp: number, ranges: readonly [number, number][]) =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Columns one character takes: 2 for East Asian wide and emoji, 0 for combining marks, else 1. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (within(cp, ZERO)) return 0;
  return within(cp, WIDE) ? 2 : 1;
}

/** Columns a string takes on screen. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Cuts text to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Truncates or pads with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** Word-wraps one paragraph to `width` columns; words longer than a line are split. Never returns no lines. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of safeLine(text).split(' ')) {
    if (word === '') continue;
    let rest = word;
    let restWidth = displayWidth(rest);
    if (lineWidth > 0 && lineWidth + 1 + restWidth <= w) {
      line += ` ${rest}`;
      lineWidth += 1 + restWidth;
      continue;
    }
    if (lineWidth > 0) lines.push(line);
    while (restWidth > w) {
      let head = '';
      let headWidth = 0;
      for (const ch of rest) {
        // Always take one character, so a wide one in a one-column line cannot stall the loop.
        if (head !== '' && headWidth + charWidth(ch) > w) break;
        head += ch;
        headWidth += charWidth(ch);
      }
      lines.push(head);
      rest = rest.slice(head.length);
      restWidth = displayWidth(rest);
    }
    line = rest;
    lineWidth = restWidth;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
