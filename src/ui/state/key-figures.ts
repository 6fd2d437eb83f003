import type {Fact} from '../../extract/index.js';
import {numbersIn} from '../../extract/numbers.js';
import {
  figureLabel,
  frameRule,
  GENERIC_UNITS,
  figureAction,
  noBarRule,
  type FrameFigure,
} from './figure-frames.js';

export {figureLabel} from './figure-frames.js';

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
const NOT_COUNTS = new Set([
  '',
  'year',
  'years',
  '%',
  'percent',
  'per cent',
  'percentage',
  'a.m.',
  'p.m.',
  'am',
  'pm',
  // A scale, not a count: magnitude 6 is not twice magnitude 3.
  'magnitude',
  // Odds: "a one-in-five chance".
  'in',
]);

/** Folds a unit so "drone" and "Drones" compare equal. */
export function unitKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (u.endsWith('ies') && u.length > 4) return `${u.slice(0, -3)}y`;
  if (u.endsWith('s') && !u.endsWith('ss') && u.length > 3) return u.slice(0, -1);
  return u;
}

/**
 * What a bar counts, in words: its fact's label and the unit ("Russia launched" + "drones"). With `value`, a
 * figure after another one of the fact is labelled by the words between them when they say something of their
 * own: "injured" of "killed 15 people and injured 40" and "for a total by NBC's reckoning of" of "six electoral
 * college votes, for a total by NBC's reckoning of 279 electoral votes" (the fact's head would label 279 with the
 * six votes); "Russia launched" still labels both figures of "Russia launched 598 drones and 31 missiles".
 */
export function barLabel(text: string, unit: string, value?: number): string {
  const label = (value === undefined ? null : ownLabel(text, value)) ?? figureLabel(text);
  return label.toLowerCase().includes(unit.trim().toLowerCase()) ? label : `${label} ${unit.trim()}`;
}

// Words that join a figure to the one before it and say nothing of it ("and 31 missiles", "giving him 6").
const JOINERS = /^(?:and|or|but|plus|with|while|as well as|for)\s+/iu;
// What may stand at the end of a label, before its figure, and is left out as figureLabel leaves it out.
const LABEL_TAIL = /[\s$£€,(]+$/u;
const QUALIFIER_TAIL = /\s+(?:at least|more than|about|nearly|over|some|almost|around)$/iu;

// The label of the figure `value` when another figure comes before it in `text`: the words after that figure (from
// the last clause mark between them, else after the earlier figure's unit and a joining word); null when the
// figure comes first, is not found, or those words are too few to say anything.
function ownLabel(text: string, value: number): string | null {
  const numbers = numbersIn(text);
  const at = numbers.findIndex((n) => n.value === value || n.value * (n.factor ?? 1) === value);
  const previous = at > 0 ? numbers[at - 1] : undefined;
  const current = numbers[at];
  if (!previous || !current) return null;
  let between = text.slice(previous.end, current.start);
  const clause = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'), between.lastIndexOf(':'));
  if (clause >= 0) between = between.slice(clause + 1);
  else {
    // The earlier figure's noun ("598 drones and 31 missiles"): the first word after it, then the joiner.
    between = between.replace(/^\s*[\p{L}\p{M}'’-]+/u, '');
  }
  const label = between
    .trim()
    .replace(JOINERS, '')
    .replace(LABEL_TAIL, '')
    .replace(QUALIFIER_TAIL, '')
    .trim();
  // A word of three letters at least, not a lone joiner left over ("and").
  return /\p{L}{3}/u.test(label) && !/^(?:and|or|but|plus|with|the)$/iu.test(label) ? label : null;
}

interface Candidate extends FrameFigure, KeyFigure {}

// The largest set of figures of one unit that each share a frame with every other, greedily from each figure.
function largestFrame(figures: readonly Candidate[]): Candidate[] {
  let best: Candidate[] = [];
  for (const seed of figures) {
    const group = [seed];
    for (const f of figures) {
      if (f === seed || group.some((g) => g.label === f.label && g.value === f.value)) continue;
      if (group.every((g) => frameRule(g, f) !== null)) group.push(f);
    }
    if (group.length > best.length) best = group;
  }
  return best;
}

/**
 * Groups of figures that measure the same thing: the same counted noun ("drones": launched 598, shot down 563)
 * from facts that one of `FRAME_RULES` puts in one frame, and no figure of a fact that `NO_BAR_RULES` keeps out
 * (a part of another, a change, a rate).
 * Each group has at least two distinct values from at least two facts; empty when the article has nothing
 * comparable. Units that appear together in the same facts ("598 drones and 31 missiles", "563 drones and 26
 * missiles") are the clearest comparisons and come first, then bigger groups. At most `maxGroups` groups of `max`
 * bars, largest first.
 */
export function keyFigures(facts: readonly Fact[], max = 4, maxGroups = 2): KeyFigures[] {
  const byUnit = new Map<string, {unit: string; figures: Candidate[]}>();
  facts.forEach((fact, index) => {
    if (noBarRule(fact.text) !== null) return;
    const units = new Set(
      fact.values.map((v) => unitKey(v.unit)).filter((u) => !NOT_COUNTS.has(u) && !GENERIC_UNITS.has(u)),
    );
    for (const v of fact.values) {
      const unit = unitKey(v.unit);
      if (NOT_COUNTS.has(unit) || !Number.isFinite(v.value) || v.value <= 0) continue;
      const group = byUnit.get(unit) ?? {unit: v.unit.trim(), figures: []};
      group.figures.push({
        label: barLabel(fact.text, v.unit, v.value),
        value: v.value,
        fact: index,
        sentence: fact.sentence,
        action: figureAction(fact.text, v.unit),
        units,
        measure: GENERIC_UNITS.has(unit),
      });
      byUnit.set(unit, group);
    }
  });
  // Bars compare facts: values of one fact in one unit are parts of one measure ("six feet five inches").
  const usable = [...byUnit.values()]
    .map(({unit, figures}) => ({unit, figures: largestFrame(figures)}))
    .filter(
      (g) =>
        new Set(g.figures.map((f) => f.fact)).size >= 2 && new Set(g.figures.map((f) => f.value)).size >= 2,
    );
  const facts2 = (g: (typeof usable)[number]) => new Set(g.figures.map((f) => f.fact));
  const paired = (g: (typeof usable)[number]) =>
    usable.filter((o) => o !== g && [...facts2(o)].filter((f) => facts2(g).has(f)).length >= 2).length;
  return usable
    .map((g) => ({g, pairs: paired(g)}))
    .sort((a, b) => b.pairs - a.pairs || b.g.figures.length - a.g.figures.length)
    .slice(0, maxGroups)
    .map(({g}) => ({
      unit: g.unit,
      figures: [...g.figures]
        .sort((a, b) => b.value - a.value)
        .slice(0, max)
        .map(({label, value}) => ({label, value})),
    }));
}

/** A bar of `width` cells for `value` out of `max`, at least one cell for any positive value. */
export function barCells(value: number, max: number, width: number): number {
  if (max <= 0 || value <= 0 || width <= 0) return 0;
  return Math.max(1, Math.round((value / max) * width));
}

/**
 * A figure as en-US formatting shows it: digits grouped by threes, at most three decimals ("1,234.5"). Written out
 * rather than through toLocaleString, whose first call loads ICU's number formats: ~30 ms (100 ms under load) on
 * the first article opened that has a chart.
 */
export function figureText(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  // The shortest form that reads back as the value, as ICU starts from; more than three decimals are rounded.
  let digits = String(Math.abs(value));
  if (/e|\.\d{4}/.test(digits))
    digits = Math.abs(value)
      .toFixed(3)
      .replace(/\.?0+$/, '');
  const [whole = '', decimals] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}
