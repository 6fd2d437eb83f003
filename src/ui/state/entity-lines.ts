import type {EntityOccurrence} from '../../store/index.js';
import {safeLine, truncateWords, wrapText} from '../text.js';
import {quoteText} from './article-panels.js';
import {highlight, line, type Line} from './lines.js';

/**
 * Lines of the entity view: per article a title line, the sentences naming it (highlighted), then its quotes; `first`
 * is the index in the view of the first of `occurrences`.
 */
export function occurrenceLines(
  occurrences: readonly EntityOccurrence[],
  forms: readonly string[],
  width: number,
  first = 0,
): Line[] {
  const out: Line[] = [];
  occurrences.forEach((o, at) => {
    // Items are numbered in the whole view, so a window of it keeps the numbers the cursor uses.
    const i = first + at;
    const date = o.date ? `  ${o.date}` : '';
    out.push({
      item: i,
      segments: [
        {text: `  ${truncateWords(safeLine(o.title), width - 2 - date.length)}`, role: 'title'},
        {text: date, role: 'muted'},
      ],
    });
    for (const sentence of o.sentences) {
      wrapText(sentence, width - 4).forEach((t, j) =>
        out.push({
          item: i,
          segments: [{text: j === 0 ? '  · ' : '    '}, ...highlight(t, forms, 'highlight')],
        }),
      );
    }
    for (const q of o.quotes) {
      wrapText(`“${quoteText(q.text)}”`, width - 4).forEach((t, j) =>
        out.push(line(`${j === 0 ? '  — ' : '    '}${t}`, 'accent', i)),
      );
    }
    out.push(line('', undefined, i));
  });
  return out;
}

/**
 * The lines of only the articles that can be on screen: the selected one's block and those after it until
 * `height` lines are filled, and, when the window ends first, the blocks before it as far as needed. Sliced with
 * occurrenceOffset they show what all of `occurrences` would, while laying out a few articles instead of all of
 * them (an entity view opened on a much-named person read 120 and showed 8).
 */
export function visibleOccurrenceLines(
  occurrences: readonly EntityOccurrence[],
  forms: readonly string[],
  width: number,
  first: number,
  selected: number,
  height: number,
): Line[] {
  const at = selected - first;
  if (at < 0 || at >= occurrences.length) return occurrenceLines(occurrences, forms, width, first);
  const block = (k: number): Line[] => occurrenceLines(occurrences.slice(k, k + 1), forms, width, first + k);
  const after: Line[] = [];
  for (let k = at; k < occurrences.length && after.length < height; k++) after.push(...block(k));
  const before: Line[][] = [];
  let filled = after.length;
  for (let k = at - 1; k >= 0 && filled < height; k--) {
    const lines = block(k);
    before.unshift(lines);
    filled += lines.length;
  }
  return [...before.flat(), ...after];
}

/**
 * The first line to show: the selected article's block at the top, `within` lines down it (a block taller than the
 * screen, scrolled), unless that would leave the end of the view empty.
 */
export function occurrenceOffset(
  lines: readonly Line[],
  selected: number,
  height: number,
  within = 0,
): number {
  const start = lines.findIndex((l) => l.item === selected);
  if (start < 0) return 0;
  let size = 0;
  while (lines[start + size]?.item === selected) size += 1;
  // Never past the block's end: a wider window (a resize) has fewer lines to scroll.
  const down = Math.min(within, Math.max(0, size - height));
  return Math.max(0, Math.min(start + down, lines.length - Math.max(1, height)));
}
