import {wrapText} from '../text.js';
import {line, type Line} from './lines.js';

/** Where a line of the full text starts: its paragraph and how many non-space characters of it come before. */
interface Anchor {
  para: number;
  at: number;
}

/** The article's full text wrapped to a width, with where each line starts in the text (any width's terms). */
export interface FullText {
  lines: Line[];
  anchors: Anchor[];
}

// Each render and each key's command context lay the article out again: its wrapped text is kept per article and
// width (the current width and, after a resize, the one its scroll was made at), not wrapped anew every time.
const wrapped = new WeakMap<readonly string[], Map<number, FullText>>();
const WIDTHS_KEPT = 4;

/**
 * The paragraphs wrapped to `width` (columns - 1, as the screen draws them), a blank line between paragraphs. The
 * blank line before paragraph i starts, in the text's terms, just before it: at -1 of paragraph i.
 */
export function fullText(paragraphs: readonly string[], width: number): FullText {
  let byWidth = wrapped.get(paragraphs);
  if (!byWidth) wrapped.set(paragraphs, (byWidth = new Map()));
  let text = byWidth.get(width);
  if (!text) {
    if (byWidth.size >= WIDTHS_KEPT) byWidth.clear();
    byWidth.set(width, (text = wrapFullText(paragraphs, width)));
  }
  return text;
}

function wrapFullText(paragraphs: readonly string[], width: number): FullText {
  const lines: Line[] = [];
  const anchors: Anchor[] = [];
  paragraphs.forEach((p, para) => {
    if (para > 0) {
      lines.push(line(''));
      anchors.push({para, at: -1});
    }
    let at = 0;
    for (const text of wrapText(p, width)) {
      lines.push(line(text));
      anchors.push({para, at});
      at += text.replace(/ /g, '').length;
    }
  });
  return {lines, anchors};
}

const before = (a: Anchor, b: Anchor): boolean => a.para < b.para || (a.para === b.para && a.at <= b.at);

/** The last line of `text` starting at or before `anchor`: the line that shows what the anchor's line showed first. */
function lineAt(text: FullText, anchor: Anchor): number {
  let lo = 0;
  let hi = text.anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const a = text.anchors[mid];
    if (a && before(a, anchor)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The first line to show of `text` (wrapped to `width`) for a scroll position made at another width: the line
 * holding the words that were at the top then, so a resize keeps the reader's place. Clamped so the last page is
 * full.
 */
export function topLine(
  paragraphs: readonly string[],
  text: FullText,
  scroll: {top: number; width: number},
  width: number,
  height: number,
): number {
  let top = scroll.top;
  if (scroll.width > 0 && scroll.width !== width && top > 0) {
    const anchor = fullText(paragraphs, scroll.width).anchors[top];
    if (anchor) top = lineAt(text, anchor);
  }
  return Math.max(0, Math.min(top, text.lines.length - height));
}
