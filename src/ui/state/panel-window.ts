import type {PanelBox} from './article-layout.js';
import {withEllipsis, type Line} from './lines.js';

/** What a panel shows: its visible lines, and whether there is more above and below. */
export interface PanelWindow {
  lines: Line[];
  up: boolean;
  down: boolean;
}

/**
 * The lines of `box` on screen for a scroll offset (text panels) or selected entry (entity panels). A line cut
 * from the rest of its text by the panel's foot ends in "…", so half a fact does not read as a whole one.
 */
export function panelWindow(box: PanelBox, position: number): PanelWindow {
  // Positions survive a resize that changes the wrapping, so they are clamped here rather than trusted.
  const start = box.selects
    ? Math.max(0, position - box.height + 1)
    : Math.max(0, Math.min(position, box.lines.length - box.height));
  const lines = box.lines.slice(start, start + Math.max(0, box.height));
  const down = start + lines.length < box.lines.length;
  // A block (a bar chart) the foot would cut is left below it whole, unless it is all the window holds: "Key
  // figures: missiles" over its first bar read as a chart of one bar.
  const block = down ? lines.at(-1)?.block : undefined;
  if (block !== undefined && box.lines[start + lines.length]?.block === block) {
    let end = lines.length;
    while (end > 0 && lines[end - 1]?.block === block) end--;
    if (end > 0) lines.length = end;
  }
  const last = lines.at(-1);
  if (down && last?.continues) lines[lines.length - 1] = withEllipsis(last, box.width);
  // A panel with no room shows its title and count only: arrows there would read as "scrolled".
  return {lines, up: lines.length > 0 && start > 0, down: lines.length > 0 && down};
}

/** A title followed by a rule to exactly `width` columns: a long title is cut, never given a "…". */
export function titleRule(title: string, width: number): string {
  const chars = [...`${title}${'─'.repeat(Math.max(0, width))}`];
  return chars.slice(0, Math.max(0, width)).join('');
}
