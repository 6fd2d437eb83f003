// The other names of countries and large cities (exonyms, historic names, translations), from maintained data:
// world-countries and GeoNames, filtered by scripts/build-place-names.mjs. Search uses them to find "Kyiv" for
// "kiev"; linking uses them to make "Czechia" and "Czech Republic" one entry.
import {readDataText, storedGazetteerKeys, storedGazetteerKeysSteps} from './data-files.js';
import {jsonArraySteps, lineItems} from './json-steps.js';
import {nameKey} from './gazetteer.js';
import {
  firstWordsOfLongKeys,
  fittingKeys,
  gazetteerKeysSteps,
  rangeOf,
  valuesOf,
  type PlaceEntry,
} from './place-keys.js';
import {runSteps} from '../../library/steps.js';
import {memoByText} from '../memo.js';

/** One place of the gazetteer and every name it goes by. */
export interface NamedPlace {
  /** "country:CZ" or "city:<GeoNames id>". */
  id: string;
  name: string;
  others: readonly string[];
  /** The ISO 3166 two-letter code of its country (its own, for a country). */
  country: string;
}

/** Lookups over the gazetteer's names. */
export interface PlaceNames {
  /** The one place a name denotes, or null when the gazetteer does not know it or it could be several. */
  placeOf(name: string): NamedPlace | null;
  /** The country (ISO code) of a state, province or region by its name ("Queensland" → "AU"), when only one. */
  regionCountry(name: string): string | null;
  /** A country's common name from its ISO code ("PH" → "Philippines"), or null. */
  countryName(code: string): string | null;
  /** True when some name of two words or more (folded) starts with the folded word `word`. */
  startsLongName(word: string): boolean;
}

let built: PlaceNames | null = null;
let building: Generator<void, PlaceNames> | null = null;

/**
 * The gazetteer's names, built on first use (or finished, when placeNamesStep began it) and shared. Built at once,
 * its file is one JSON.parse: the slices' scan for where each item ends ran in V8's interpreter in each extraction
 * worker, 60-120 ms of its first article.
 */
export function placeNames(): PlaceNames {
  if (built) return built;
  return (built = runSteps(building ?? build(false)));
}

/**
 * Builds a slice of the gazetteer's names; false once they are all built. The reader warms them up a slice at a
 * time: built in one go (about 100 ms, twice that on a busy machine) they held back any key pressed meanwhile.
 */
export function placeNamesStep(): boolean {
  if (built) return false;
  const step = (building ??= build(true)).next();
  if (!step.done) return true;
  built = step.value;
  return false;
}

/** Entry `i` of the place names' lines, parsed; a line that does not parse is a damaged file, said in one line. */
function lineEntry(lines: readonly string[], i: number): PlaceEntry | undefined {
  const line = lines[i];
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line) as PlaceEntry;
  } catch {
    throw new Error(
      `brief's data file place-names.json is damaged (entry ${i + 1}); reinstall brief (or run npm run build)`,
    );
  }
}

function* build(stepped: boolean): Generator<void, PlaceNames> {
  const text = readDataText('place-names.json');
  if (stepped) yield;
  // The build writes an entry a line (jsonWithLines): a worker, and the reader, parse the entries they look up, not
  // all 8,850 (the reader's linking and search look up a few hundred: parsing every entry in its warm-up was ~40 ms
  // of steps and a few MB its collections copied). Text of another layout is parsed whole, a slice at a time for
  // the reader: the 0.8 MB in one JSON.parse was one of its longest steps.
  const lines = lineItems(text, 'places');
  const parsed: readonly PlaceEntry[] | null = lines
    ? null
    : stepped
      ? yield* jsonArraySteps<PlaceEntry>(text, 'places')
      : ((JSON.parse(text) as {places?: PlaceEntry[]}).places ?? []);
  const count = lines ? lines.length : (parsed?.length ?? 0);
  const entryAt = (i: number): PlaceEntry | undefined => (lines ? lineEntry(lines, i) : parsed?.[i]);
  const allEntries = (): readonly PlaceEntry[] =>
    parsed ?? Array.from({length: count}, (_, i) => entryAt(i) as PlaceEntry);
  // Folded and sorted by the build (place-keys.ts); from the sources, folded here.
  const keys =
    fittingKeys(stepped ? yield* storedGazetteerKeysSteps() : storedGazetteerKeys(), count, null) ??
    (yield* gazetteerKeysSteps(allEntries(), []));
  const {main, other, regions} = keys;
  const places = new Map<number, NamedPlace>();
  const placeAt = (i: number): NamedPlace | null => {
    let place = places.get(i);
    const entry = place ? undefined : entryAt(i);
    if (!place && entry) {
      const [id, name, others, country] = entry;
      place = {id, name, others, country};
      places.set(i, place);
    }
    return place ?? null;
  };
  const countryNames = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    // (A country's line opens with its id: the cities' lines are not parsed for it.)
    if (lines && !lines[i]?.startsWith('["country:')) continue;
    const entry = entryAt(i);
    if (entry?.[0].startsWith('country:')) countryNames.set(entry[3].toUpperCase(), entry[1]);
  }
  let starts: Set<string> | null = null;
  // Regions of several countries have the name (the table's null: no one country to give).
  const regionsOfSeveral = (key: string): boolean => {
    const [start, end] = rangeOf(regions, key);
    return start < end && regions.values[start] === null;
  };
  // (The two tables in an array made once, read by index: no array and iterator per name asked.)
  const tables = [main, other];
  const placeOfName = (name: string): NamedPlace | null => {
    const key = nameKey(name);
    // A main name wins over another place's other name ("Georgia" is the country, whatever else is called so);
    // a country over a city of the same name; otherwise a name claimed twice is no one's.
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t] as typeof main;
      const [start, end] = rangeOf(table, key);
      if (start === end) continue;
      // Another name of a city that regions of several countries have for their own is theirs ("Central",
      // a province of six countries, is not the other name GeoNames gives a Philippine city; "Florida" not a
      // town in Cuba). Regions of one other country are left alone: "Hanover" is still the German city, whatever
      // a Jamaican parish is called.
      const foreign = (p: NamedPlace): boolean =>
        table === other && p.id.startsWith('city:') && regionsOfSeveral(key);
      // Most names are one place's: no lists to make for them.
      if (end - start === 1) {
        const place = placeAt(table.values[start] ?? -1);
        return place && foreign(place) ? null : place;
      }
      const list = table.values
        .slice(start, end)
        .flatMap((i) => placeAt(i) ?? [])
        .filter((p) => !foreign(p));
      const countries = list.filter((p) => p.id.startsWith('country:'));
      if (countries.length === 1) return countries[0] ?? null;
      if (countries.length > 1) return null;
      return list.length === 1 ? (list[0] ?? null) : null;
    }
    return null;
  };
  return {
    countryName: (code) => countryNames.get(code.toUpperCase()) ?? null,
    startsLongName: (word) =>
      (starts ??= keys.longStarts
        ? new Set(keys.longStarts)
        : firstWordsOfLongKeys([main.keys, other.keys])).has(word),
    // Regions only say which country an article is about: a region and a city of one name ("Kyiv", "New York")
    // are sometimes one place and sometimes not, so regions never join or stand for places.
    regionCountry: (name) => valuesOf(regions, nameKey(name))[0] ?? null,
    // (Remembered by the name as written: the run joins, the kind rules and linking ask of the same names many
    // times an article, and each asking searched two sorted tables of ~4,600 and ~29,000 keys.)
    placeOf: memoByText(placeOfName),
  };
}
