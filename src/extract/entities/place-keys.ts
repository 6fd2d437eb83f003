// The gazetteer's names folded and sorted once, when brief is built (scripts/gazetteer-keys.mjs writes dist/data/
// gazetteer-keys.json), rather than in every thread that asks for a place: folding the ~55,000 names of
// place-names.json and cities.json and filling maps with them took each extraction worker 0.15-0.3 s before its
// first article. Sorted arrays are searched as they are parsed, with nothing to build.
import {foldName} from '../names.js';
import {runSteps} from '../../library/steps.js';
import {jsonArraysSteps} from './json-steps.js';

/** The comparison key of a gazetteer name: the folded name (names.ts) without a leading "the". */
export function keyOf(s: string): string {
  return foldName(s).replace(/^the /, '');
}

/** One place-names.json entry: [id, name, other names, country]. */
export type PlaceEntry = [id: string, name: string, others: string[], country: string];

/** Keys in code-unit order, each with a value; a key with several values repeats, in the order they came. */
export interface SortedTable<T> {
  keys: string[];
  values: T[];
}

/** The gazetteer's data files as sorted tables of folded keys. */
export interface GazetteerKeys {
  /** How many entries place-names.json and cities.json had, so keys made from other files are not used. */
  counts: [places: number, cities: number];
  /** Main names of places (not regions) → index of the entry. */
  main: SortedTable<number>;
  /** Other names of places → index of the entry (once per entry and key). */
  other: SortedTable<number>;
  /** Region names → their country, or null when regions of several countries share the name. */
  regions: SortedTable<string | null>;
  /** Folded city names (no values). */
  cities: string[];
  /**
   * The first words of the main and other keys of two words or more, sorted (firstWordsOfLongKeys), and of the
   * cities': each worker read them from ~47,000 keys. Absent from files of older builds.
   */
  longStarts?: string[];
  cityLongStarts?: string[];
}

const byKey = (a: [string, unknown], b: [string, unknown]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

function table<T>(pairs: [string, T][]): SortedTable<T> {
  // Array.prototype.sort is stable: the values of one key keep the order they came in.
  pairs.sort(byKey);
  return {keys: pairs.map(([k]) => k), values: pairs.map(([, v]) => v)};
}

/** Folds and sorts every name of the two data files (what the build writes; a thread without that file does it). */
export function gazetteerKeys(places: readonly PlaceEntry[], cities: readonly string[]): GazetteerKeys {
  return runSteps(gazetteerKeysSteps(places, cities));
}

// Names folded between pauses of gazetteerKeysSteps.
const SLICE = 1000;

/** gazetteerKeys a slice at a time, for the reader's warm-up when the build's keys are missing (the sources). */
export function* gazetteerKeysSteps(
  places: readonly PlaceEntry[],
  cities: readonly string[],
): Generator<void, GazetteerKeys> {
  const main: [string, number][] = [];
  const other: [string, number][] = [];
  const regions = new Map<string, string | null>();
  let folded = 0;
  for (const [i, [id, name, others, country]] of places.entries()) {
    folded += 1 + others.length;
    if (folded >= SLICE) {
      folded = 0;
      yield;
    }
    const key = keyOf(name);
    if (id.startsWith('region:')) {
      regions.set(key, regions.has(key) && regions.get(key) !== country ? null : country);
      continue;
    }
    if (key !== '') main.push([key, i]);
    for (const k of new Set(others.map(keyOf))) if (k !== '') other.push([k, i]);
  }
  const mainTable = table(main);
  const otherTable = table(other);
  const cityKeys = [...new Set(cities.map(keyOf))].sort();
  return {
    counts: [places.length, cities.length],
    main: mainTable,
    other: otherTable,
    regions: table([...regions]),
    cities: cityKeys,
    longStarts: [...firstWordsOfLongKeys([mainTable.keys, otherTable.keys])].sort(),
    cityLongStarts: [...firstWordsOfLongKeys([cityKeys])].sort(),
  };
}

/** The index of the first key ≥ `key` in sorted `keys`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the values of `key` sit in `t`: indexes [start, end), empty when it has none. */
export function rangeOf<T>(t: SortedTable<T>, key: string): [start: number, end: number] {
  const start = lowerBound(t.keys, key);
  let end = start;
  while (end < t.keys.length && t.keys[end] === key) end++;
  return [start, end];
}

/** Every value of `key` in `t`, in order. */
export function valuesOf<T>(t: SortedTable<T>, key: string): T[] {
  const [start, end] = rangeOf(t, key);
  return t.values.slice(start, end);
}

/** True when sorted `keys` holds `key`. */
export function hasKey(keys: readonly string[], key: string): boolean {
  return keys[lowerBound(keys, key)] === key;
}

/** `keys` when they were made from files of these sizes, else null (the caller folds the names itself). */
export function fittingKeys(
  keys: GazetteerKeys | null,
  places: number | null,
  cities: number | null,
): GazetteerKeys | null {
  if (!keys) return null;
  if (places !== null && keys.counts[0] !== places) return null;
  return cities !== null && keys.counts[1] !== cities ? null : keys;
}

// The arrays of a GazetteerKeys as JSON.stringify writes them, in its order.
const HEADS = [
  '"counts":[',
  '"main":{"keys":[',
  '"values":[',
  '"other":{"keys":[',
  '"values":[',
  '"regions":{"keys":[',
  '"values":[',
  '"cities":[',
  '"longStarts":[',
  '"cityLongStarts":[',
];

/**
 * The build's gazetteer-keys.json parsed a slice at a time (in one JSON.parse, its 0.8 MB were one step of the
 * reader's warm-up that a key could wait for); text of another layout is parsed whole.
 */
export function* parseGazetteerKeysSteps(text: string): Generator<void, GazetteerKeys> {
  const arrays = yield* jsonArraysSteps(text, HEADS, 100);
  if (!arrays) return JSON.parse(text) as GazetteerKeys;
  const [
    counts,
    mainKeys,
    mainValues,
    otherKeys,
    otherValues,
    regionKeys,
    regionValues,
    cities,
    long,
    cityLong,
  ] = arrays;
  return {
    counts: counts as [number, number],
    main: {keys: mainKeys as string[], values: mainValues as number[]},
    other: {keys: otherKeys as string[], values: otherValues as number[]},
    regions: {keys: regionKeys as string[], values: regionValues as (string | null)[]},
    cities: cities as string[],
    longStarts: long as string[],
    cityLongStarts: cityLong as string[],
  };
}

/** The first words of the keys of two words or more in sorted key lists (a quick test before whole-name look-ups). */
export function firstWordsOfLongKeys(lists: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const keys of lists)
    for (const key of keys) {
      const space = key.indexOf(' ');
      if (space > 0) out.add(key.slice(0, space));
    }
  return out;
}
