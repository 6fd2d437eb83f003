import stringWidth from 'string-width';
import {cleanLine} from '../library/sanitize.js';
import {measureWidthWith, NARROW} from './narrow.js';
import {plainEmoji} from './plain-emoji.js';

// Store text already comes from the library's sanitizer, but the store is a boundary (a database someone else
// may have written), so anything shown goes through the same sanitiser again.

/**
 * One display line: controls, bidi and invisible characters removed, every run of whitespace one space, emoji
 * sequences in the parts every terminal draws at the same width (plain-emoji.ts).
 */
export function safeLine(text: string | null | undefined): string {
  return plainEmoji(cleanLine(text ?? ''));
}

// Widths are measured as Ink lays text out and terminals draw it: string-width over grapheme clusters, so an
// emoji sequence (👨‍👩‍👧, 👍🏽, a flag) is one two-column cluster and is never cut in the middle. NARROW text
// (narrow.ts) is as wide as it is long: no segmenter needed.
export {NARROW};
const PLAIN = NARROW;
// Made on first use: the first Intl.Segmenter loads ICU's break rules (~15 ms), which a first frame of titles in
// Latin script never needs.
let segmenterInstance: Intl.Segmenter | undefined;
const segmenter = {segment: (text: string) => (segmenterInstance ??= new Intl.Segmenter()).segment(text)};

/**
 * Loads ICU's grapheme rules (~15 ms, once a process) while nothing waits: they are shared by every segmenter, so
 * the one slice-ansi makes when Ink first cuts a text to width (a long title on the article screen) is then cheap.
 */
export function warmGraphemes(): void {
  for (const _ of segmenter.segment('é')) break;
}

/** The grapheme clusters of a text: what a terminal draws as one character. */
function clusters(text: string): string[] {
  return PLAIN.test(text) ? [...text] : Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The text without its last grapheme cluster (a flag, an emoji with its modifiers, a letter with its accents). */
export function dropLastCluster(text: string): string {
  const all = clusters(text);
  return text.slice(0, text.length - (all[all.length - 1]?.length ?? 0));
}

/** The longest head of the text of whole grapheme clusters within `units` UTF-16 units. */
export function headWithin(text: string, units: number): string {
  if (text.length <= units) return text;
  let end = 0;
  for (const c of clusters(text)) {
    if (end + c.length > units) break;
    end += c.length;
  }
  return text.slice(0, end);
}

/** Columns a string takes on screen. */
export function displayWidth(text: string): number {
  return PLAIN.test(text) ? text.length : stringWidth(text);
}
// Messages on stderr (cli/wrap-words.ts) measure with it once this module is loaded, without loading it themselves.
measureWidthWith(displayWidth);

/** Cuts text to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  return cut(text, width).text;
}

// A cut that falls just after a space drops it: "at Least …" read as a word cut off after the gap.
function ellipsis(head: string, headWidth: number): {text: string; width: number} {
  const trimmed = head.replace(/[ \u00a0]+$/, '');
  return {text: `${trimmed}…`, width: headWidth - (head.length - trimmed.length) + 1};
}

// The cut and its width, known while cutting: measuring "…" again with string-width was most of `brief list`'s
// time at 50,000 articles (3.6 of 5 s of CPU). Only the clusters up to `width` columns are looked at: a search
// result's "where" line joins three titles, and segmenting all of them for each keystroke was most of its cost.
function cut(text: string, width: number): {text: string; width: number} {
  if (width <= 0) return {text: '', width: 0};
  if (PLAIN.test(text))
    return text.length <= width ? {text, width: text.length} : ellipsis(text.slice(0, width - 1), width - 1);
  let kept = 0;
  let keptWidth = 0;
  let w = 0;
  for (const {segment, index} of segmenter.segment(text)) {
    w += displayWidth(segment);
    if (w > width) return ellipsis(text.slice(0, kept), keptWidth);
    // The longest head that leaves a column for "…", should the text turn out not to fit.
    if (w <= width - 1) {
      kept = index + segment.length;
      keptWidth = w;
    }
  }
  return {text, width: w};
}

// A separator or dash left dangling before "…" ("Name ·…") reads as cut text: it goes with the word after it.
const DANGLING = /[\s·—–]+$/u;

/**
 * The head of `head` (text already cut short, without its "…") that ends at a word: up to its last space, when
 * that keeps at least half of `width` columns; null when the cut already fell between words or no such space is
 * near enough, a long single word being better cut than lost.
 */
export function wordEnd(head: string, next: string, width: number): string | null {
  if (head === '' || /\s/.test(next) || /\s$/.test(head)) return null;
  const space = head.lastIndexOf(' ');
  if (space <= 0) return null;
  const kept = head.slice(0, space).replace(DANGLING, '');
  return displayWidth(kept) * 2 >= width ? kept : null;
}

/**
 * Cuts prose to at most `width` columns ending with "…" when cut, at the end of a word where one is near ("a
 * spokeswoman for…", not "a spokeswoman for t…"); a table cell keeps `truncate`'s cut, which shows more of it.
 */
export function truncateWords(text: string, width: number): string {
  const c = cut(text, width);
  if (c.text === text) return text;
  const head = c.text.slice(0, -1);
  const kept = wordEnd(head, text.charAt(head.length), width);
  return kept === null ? `${head.replace(DANGLING, '')}…` : `${kept}…`;
}

/** `truncateWords`, padded with spaces to exactly `width` columns. */
export function fitWords(text: string, width: number): string {
  const shown = truncateWords(text, width);
  return shown + ' '.repeat(Math.max(0, width - displayWidth(shown)));
}

/** Cuts text to at most `width` columns from the front, starting with "…" when cut: the end stays in view. */
export function truncateStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  const clusters = [...segmenter.segment(text)].map((s) => s.segment);
  let kept = '';
  let keptWidth = 0;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i] ?? '';
    const w = displayWidth(c);
    if (keptWidth + w > width - 1) break;
    kept = c + kept;
    keptWidth += w;
  }
  return `…${kept}`;
}

/** Truncates or pads with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const c = cut(text, width);
  return c.text + ' '.repeat(Math.max(0, width - c.width));
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
      for (const ch of clusters(rest)) {
        // Always take one character, so a wide one in a one-column line cannot stall the loop.
        const cw = displayWidth(ch);
        if (head !== '' && headWidth + cw > w) break;
        if (head === '' && cw > Math.max(w, 2)) {
          // A cluster wider than the line (a letter with spacing marks, 3+ columns) is split by code point.
          head = [...ch][0] ?? ch;
          headWidth = displayWidth(head);
          break;
        }
        head += ch;
        headWidth += cw;
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

/** Two texts joined by " · " cut to fit `room` columns: the shorter kept whole when it takes at most half, the
 *  longer given the rest; neither cut below 8 columns. */
export function fitPair(a: string | null, b: string | null, room: number): [string | null, string | null] {
  if (a === null || b === null) {
    const only = a ?? b;
    const kept = only === null ? null : truncate(only, Math.max(8, room));
    return a === null ? [null, kept] : [kept, null];
  }
  const space = room - 3;
  const wa = displayWidth(a);
  const wb = displayWidth(b);
  if (wa + wb <= space) return [a, b];
  const half = Math.floor(space / 2);
  const keepA = wa <= half ? wa : wb <= half ? Math.max(8, space - wb) : Math.max(8, half);
  const keepB = Math.max(8, space - Math.min(wa, keepA));
  return [truncate(a, keepA), truncate(b, keepB)];
}
