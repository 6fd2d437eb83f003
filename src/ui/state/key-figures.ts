import type {Fact} from '../../extract/index.js';

/** One bar of the chart. */
export interface KeyFigure {
  label: string;
  value: number;
}

/** Figures of one unit that are worth comparing ("drones": launched 598, shot down 563). */
export interface KeyFigures {
  unit: string;
  figures: KeyFigure[];
}

// Units that are dates or proportions, not counts: bars of them would compare nothing.
const NOT_COUNTS = new Set(['', 'year', 'years', '%', 'percent', 'per cent', 'percentage', 'a.m.', 'p.m.', 'am', 'pm']);

/** Folds a unit so "drone" and "Drones" compare equal. */
export function unitKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (u.endsWith('ies') && u.length > 4) return `${u.slice(0, -3)}y`;
  if (u.endsWith('s') && !u.endsWith('ss') && u.length > 3) return u.slice(0, -1);
  return u;
}

/**
 * The largest group of facts whose values share a unit (at least two distinct figures), for a bar chart; null
 * when the article has nothing comparable. At most `max` bars, largest first.
 */
export function keyFigures(facts: readonly Fact[], max = 6): KeyFigures | null {
  const groups = new Map<string, {unit: string; figures: KeyFigure[]}>();
  for (const fact of facts) {
    for (const v of fact.values) {
      const key = unitKey(v.unit);
      if (NOT_COUNTS.has(key) || !Number.isFinite(v.value) || v.value <= 0) continue;
      const group = groups.get(key) ?? {unit: v.unit.trim(), figures: []};
      if (!group.figures.some((f) => f.label === fact.text && f.value === v.value)) {
        group.figures.push({label: fact.text, value: v.value});
      }
      groups.set(key, group);
    }
  }
  let best: KeyFigures | null = null;
  for (const group of groups.values()) {
    if (new Set(group.figures.map((f) => f.value)).size < 2) continue;
    if (!best || group.figures.length > best.figures.length) best = group;
  }
  if (!best) return null;
  return {unit: best.unit, figures: [...best.figures].sort((a, b) => b.value - a.value).slice(0, max)};
}

/** A bar of `width` cells for `value` out of `max`, at least one cell for any positive value. */
export function barCells(value: number, max: number, width: number): number {
  if (max <= 0 || value <= 0 || width <= 0) return 0;
  return Math.max(1, Math.round((value / max) * width));
}
