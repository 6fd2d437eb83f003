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
]);

// Units that say how much but not of what: people, money, lengths, weights, durations. Two figures in one of
// these measure the same thing only when their facts say the same of them ("killed 15 people", "killed 12
// people"); "killed 15 people" and "100 people sheltered" count different things.
const GENERIC_UNITS = new Set(
  `people person men man women woman children child residents resident time case dollar euro pound yen rupee
  yuan ruble franc krona kronor km kilometre kilometer mile metre meter m ft foot feet inch cm mm kg kilogram
  gram tonne ton lb litre liter gallon acre hectare square degree hour day week month minute second decade`.split(
    /\s+/,
  ),
);

/**
 * A short bar label from a fact: what comes before its first figure ("Russia launched" of "Russia launched 598
 * drones and 31 missiles"), which names the action for every unit of that fact; the whole text otherwise.
 */
export function figureLabel(text: string): string {
  const first = text.search(/\d/);
  const before =
    first > 0
      ? text
          .slice(0, first)
          .replace(/[\s$£€,(]+$/u, '')
          .replace(/\s+(?:at least|more than|about|nearly|over|some|almost|around)$/i, '')
      : '';
  return before.length >= 3 ? before : text;
}

/** Folds a unit so "drone" and "Drones" compare equal. */
export function unitKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (u.endsWith('ies') && u.length > 4) return `${u.slice(0, -3)}y`;
  if (u.endsWith('s') && !u.endsWith('ss') && u.length > 3) return u.slice(0, -1);
  return u;
}

// The word of a fact that says what happened to its figure: the last word before the number ("killed" of
// "killed at least 15 people"), else the first word after the figure's unit ("sheltered" of "100 people sheltered").
function action(text: string, unit: string): string {
  const label = figureLabel(text);
  if (label !== text) return (label.split(/\s+/).pop() ?? '').toLowerCase();
  const after = text.slice(text.toLowerCase().indexOf(unit.toLowerCase()) + unit.length).trim();
  return (after.split(/\s+/)[0] ?? '').toLowerCase();
}

/** What a bar counts, in words: its fact's label and the unit ("Russia launched" + "drones"). */
export function barLabel(text: string, unit: string): string {
  const label = figureLabel(text);
  return label.toLowerCase().includes(unit.trim().toLowerCase()) ? label : `${label} ${unit.trim()}`;
}

/**
 * Groups of figures that measure the same thing: the same counted noun ("drones": launched 598, shot down 563),
 * and, for a unit that says how much but not of what (people, dollars, kilometres), the same action ("killed").
 * Each group has at least two distinct values from at least two facts; empty when the article has nothing
 * comparable. Units that appear together in the same facts ("598 drones and 31 missiles", "563 drones and 26
 * missiles") are the clearest comparisons and come first, then bigger groups. At most `maxGroups` groups of `max`
 * bars, largest first.
 */
export function keyFigures(facts: readonly Fact[], max = 4, maxGroups = 2): KeyFigures[] {
  const groups = new Map<string, {unit: string; figures: KeyFigure[]; facts: Set<number>}>();
  facts.forEach((fact, index) => {
    for (const v of fact.values) {
      const unit = unitKey(v.unit);
      if (NOT_COUNTS.has(unit) || !Number.isFinite(v.value) || v.value <= 0) continue;
      const key = GENERIC_UNITS.has(unit) ? `${unit}|${action(fact.text, v.unit)}` : unit;
      const group = groups.get(key) ?? {unit: v.unit.trim(), figures: [], facts: new Set<number>()};
      const label = barLabel(fact.text, v.unit);
      if (!group.figures.some((f) => f.label === label && f.value === v.value)) {
        group.figures.push({label, value: v.value});
      }
      group.facts.add(index);
      groups.set(key, group);
    }
  });
  // Bars compare facts: values of one fact in one unit are parts of one measure ("six feet five inches").
  const usable = [...groups.values()].filter(
    (g) => g.facts.size >= 2 && new Set(g.figures.map((f) => f.value)).size >= 2,
  );
  const paired = (g: (typeof usable)[number]) =>
    usable.filter((o) => o !== g && [...o.facts].filter((f) => g.facts.has(f)).length >= 2).length;
  return usable
    .map((g) => ({g, pairs: paired(g)}))
    .sort((a, b) => b.pairs - a.pairs || b.g.figures.length - a.g.figures.length)
    .slice(0, maxGroups)
    .map(({g}) => ({unit: g.unit, figures: [...g.figures].sort((a, b) => b.value - a.value).slice(0, max)}));
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
