import type {Analysis} from '../../extract/index.js';
import {ENTITY_PANELS, PANELS, type PanelId} from './app-state.js';
import {panelLines} from './article-panels.js';
import type {Line} from './lines.js';

/** Terminals at least this wide show panels in two columns. */
export const WIDE_COLUMNS = 100;

/** One panel placed on screen: `height` counts content lines, below a one-line title. */
export interface PanelBox {
  id: PanelId;
  width: number;
  height: number;
  lines: Line[];
  /** Entity panels select an entry; text panels scroll. */
  selects: boolean;
}

/** Panels in columns (one column when narrow), each column's boxes top to bottom. */
export interface ArticleLayout {
  columns: PanelBox[][];
  wide: boolean;
}

/**
 * Shares `total` lines among panels that want `wants[i]` content lines, each also needing a title line. Every
 * panel first gets one content line, the focused one then up to half of what is left, the rest goes round-robin.
 */
export function allocate(wants: readonly number[], total: number, focus: number): number[] {
  const heights = wants.map(() => 0);
  let left = total - wants.length;
  const order = [focus, ...wants.map((_, i) => i).filter((i) => i !== focus)].filter(
    (i) => i >= 0 && i < wants.length,
  );
  for (const i of order) {
    if (left <= 0) break;
    heights[i] = 1;
    left -= 1;
  }
  const focusWant = wants[focus];
  if (focusWant !== undefined && left > 0) {
    const extra = Math.min(Math.max(0, focusWant - (heights[focus] ?? 0)), Math.ceil(left / 2));
    heights[focus] = (heights[focus] ?? 0) + extra;
    left -= extra;
  }
  for (let progressed = true; left > 0 && progressed;) {
    progressed = false;
    for (const i of order) {
      if (left <= 0) break;
      if ((heights[i] ?? 0) < (wants[i] ?? 0)) {
        heights[i] = (heights[i] ?? 0) + 1;
        left -= 1;
        progressed = true;
      }
    }
  }
  // Lines nobody wants go to the focused panel, so the column fills the screen and nothing below jumps.
  if (left > 0 && heights[focus] !== undefined) heights[focus] += left;
  return heights;
}

function column(
  ids: readonly PanelId[],
  analysis: Analysis | null,
  width: number,
  height: number,
  focused: PanelId,
): PanelBox[] {
  const contents = ids.map((id) => panelLines(id, analysis, width));
  const heights = allocate(
    contents.map((c) => c.length),
    height,
    ids.indexOf(focused),
  );
  return ids.map((id, i) => ({
    id,
    width,
    height: heights[i] ?? 0,
    lines: contents[i] ?? [],
    selects: ENTITY_PANELS.includes(id),
  }));
}

/** Lays out the six panels in `width` × `height` cells: side by side when wide, stacked when narrow. */
export function articleLayout(
  analysis: Analysis | null,
  width: number,
  height: number,
  focus: number,
): ArticleLayout {
  const focused = PANELS[focus] ?? 'summary';
  if (width >= WIDE_COLUMNS) {
    const left = Math.floor((width - 3) * 0.62);
    const right = width - 3 - left;
    return {
      wide: true,
      columns: [
        column(['summary', 'facts', 'quotes'], analysis, left, height, focused),
        column(['people', 'places', 'organizations'], analysis, right, height, focused),
      ],
    };
  }
  return {wide: false, columns: [column(PANELS, analysis, width, height, focused)]};
}

/** The box of one panel in a layout. */
export function findPanel(layout: ArticleLayout, id: PanelId): PanelBox | undefined {
  return layout.columns.flat().find((p) => p.id === id);
}
