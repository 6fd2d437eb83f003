import type {Analysis} from '../../extract/index.js';
import {ENTITY_PANELS, PANELS, type PanelId} from './app-state.js';
import {panelLines} from './article-panels.js';
import type {Line} from './lines.js';
import {READING_WIDTH} from './metrics.js';

/** Terminals at least this wide show panels in two columns. */
export const WIDE_COLUMNS = 100;

// The names' column beside prose at the reading measure keeps the proportions of narrower screens (62 : 38), so
// both columns stop growing together (at 165 columns) and the names stay next to the text they come from.
const SIDE_WIDTH = Math.round((READING_WIDTH * 38) / 62);

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
 * Shares `lines` among the panels `ids` (indices into `wants`) by need: each takes an equal share or less if it
 * needs less, and what those leave goes to the ones that need more (the remainder, one line each, in panel order).
 */
function shareByNeed(
  wants: readonly number[],
  ids: readonly number[],
  lines: number,
  heights: number[],
): void {
  let left = lines;
  const pending = [...ids].sort((a, b) => (wants[a] ?? 0) - (wants[b] ?? 0) || a - b);
  while (pending.length > 0) {
    const fair = Math.floor(left / pending.length);
    const least = pending[0] ?? 0;
    const want = wants[least] ?? 0;
    if (want <= fair) {
      heights[least] = want;
      left -= want;
      pending.shift();
      continue;
    }
    // Everyone left needs more than a fair share.
    for (const i of pending) heights[i] = fair;
    left -= fair * pending.length;
    for (const i of [...pending].sort((a, b) => a - b)) {
      if (left <= 0) break;
      heights[i] = (heights[i] ?? 0) + 1;
      left -= 1;
    }
    return;
  }
}

/**
 * Content lines for panels that want `wants[i]` lines, in a column of `total` lines where each panel also has a
 * title line. When everything fits, each panel gets exactly what it needs and the spare lines stay below the
 * column (a short summary is not followed by a hole). When it does not, the focused panel (`focus`, -1 for none
 * in this column) takes what it needs first and the others share the rest by need; a panel left with no lines
 * shows its title (and count) only.
 */
export function allocate(wants: readonly number[], total: number, focus: number): number[] {
  const heights = wants.map(() => 0);
  const room = total - wants.length;
  if (room <= 0) return heights;
  if (wants.reduce((sum, w) => sum + w, 0) <= room) return [...wants];
  let left = room;
  const focusWant = wants[focus];
  if (focusWant !== undefined) {
    heights[focus] = Math.min(focusWant, room);
    left -= heights[focus];
  }
  const others = wants.map((_, i) => i).filter((i) => i !== focus);
  shareByNeed(wants, others, left, heights);
  return heights;
}

// Panel lines depend on the analysis and the width only, not on focus or scroll: made once per article and width,
// they serve the open frame, the key handler's look at the same screen and every later key on it (Tab, j/k).
// Analyses are cached objects (one per article and data version), so a weak map lets them go with their cache.
const linesCache = new WeakMap<Analysis, Map<string, Line[]>>();

function cachedPanelLines(
  id: PanelId,
  analysis: Analysis | null,
  width: number,
  failed: string | null,
): Line[] {
  if (!analysis) return panelLines(id, analysis, width, failed);
  let byPanel = linesCache.get(analysis);
  if (!byPanel) linesCache.set(analysis, (byPanel = new Map()));
  const key = `${id}:${width}`;
  let lines = byPanel.get(key);
  if (!lines) byPanel.set(key, (lines = panelLines(id, analysis, width)));
  return lines;
}

function column(
  ids: readonly PanelId[],
  analysis: Analysis | null,
  width: number,
  height: number,
  focused: PanelId,
  failed: string | null,
): PanelBox[] {
  const contents = ids.map((id) => cachedPanelLines(id, analysis, width, failed));
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

/**
 * Lays out the six panels in `width` × `height` cells: side by side when wide (the prose column at most
 * READING_WIDTH, the space past both columns left empty on the right), stacked when narrow. `failed`: why the index
 * run stopped, which panels without an analysis say in place of "analysing…".
 */
export function articleLayout(
  analysis: Analysis | null,
  width: number,
  height: number,
  focus: number,
  failed: string | null = null,
): ArticleLayout {
  const focused = PANELS[focus] ?? 'summary';
  if (width >= WIDE_COLUMNS) {
    const left = Math.min(Math.floor((width - 3) * 0.62), READING_WIDTH);
    const right = Math.min(width - 3 - left, SIDE_WIDTH);
    return {
      wide: true,
      columns: [
        column(['summary', 'facts', 'quotes'], analysis, left, height, focused, failed),
        column(['people', 'places', 'organizations'], analysis, right, height, focused, failed),
      ],
    };
  }
  return {wide: false, columns: [column(PANELS, analysis, width, height, focused, failed)]};
}

/** The box of one panel in a layout. */
export function findPanel(layout: ArticleLayout, id: PanelId): PanelBox | undefined {
  return layout.columns.flat().find((p) => p.id === id);
}
