// The other names of countries and large cities (exonyms, historic names, translations), from maintained data:
// world-countries and GeoNames, filtered by scripts/build-place-names.mjs. Search uses them to find "Kyiv" for
// "kiev"; linking uses them to make "Czechia" and "Czech Republic" one entry.
import {readDataText} from './data-files.js';
import {jsonArraySteps} from './json-steps.js';
import {keyOf, nameKey} from './gazetteer.js';
import {runSteps} from '../../library/steps.js';

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
}

type Entry = [string, string, string[], string];

let built: PlaceNames | null = null;
let building: Generator<void, PlaceNames> | null = null;
const builder = (): Generator<void, PlaceNames> => (building ??= build());

/** The gazetteer's names, built on first use (or finished, when placeNamesStep began it) and shared. */
export function placeNames(): PlaceNames {
  if (built) return built;
  return (built = runSteps(builder()));
}

/**
 * Builds a slice of the gazetteer's names; false once they are all built. The reader warms them up a slice at a
 * time: built in one go (about 100 ms, twice that on a busy machine) they held back any key pressed meanwhile.
 */
export function placeNamesStep(): boolean {
  if (built) return false;
  const step = builder().next();
  if (!step.done) return true;
  built = step.value;
  return false;
}

// Names folded between pauses of the build.
const SLICE = 1000;

function* build(): Generator<void, PlaceNames> {
  const text = readDataText('place-names.json');
  yield;
  const entries = yield* jsonArraySteps<Entry>(text, 'places');
  // Folded name → the places whose main name it is, and those it is only another name of.
  const main = new Map<string, NamedPlace[]>();
  const other = new Map<string, NamedPlace[]>();
  const add = (map: Map<string, NamedPlace[]>, key: string, place: NamedPlace): void => {
    if (key === '') return;
    const list = map.get(key);
    if (!list) map.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  // Regions only say which country an article is about: a region and a city of one name ("Kyiv", "New York")
  // are sometimes one place and sometimes not, so regions never join or stand for places.
  const regions = new Map<string, string | null>();
  let folded = 0;
  for (const [id, name, others, country] of entries) {
    folded += 1 + others.length;
    if (folded >= SLICE) {
      folded = 0;
      yield;
    }
    if (id.startsWith('region:')) {
      const key = keyOf(name);
      regions.set(key, regions.has(key) && regions.get(key) !== country ? null : country);
      continue;
    }
    const place: NamedPlace = {id, name, others, country};
    add(main, keyOf(name), place);
    for (const o of others) add(other, keyOf(o), place);
  }
  const countryNames = new Map(
    entries.filter(([id]) => id.startsWith('country:')).map(([, name, , code]) => [code.toUpperCase(), name]),
  );
  return {
    countryName: (code) => countryNames.get(code.toUpperCase()) ?? null,
    regionCountry: (name) => regions.get(nameKey(name)) ?? null,
    placeOf(name) {
      const key = nameKey(name);
      // A main name wins over another place's other name ("Georgia" is the country, whatever else is called so);
      // a country over a city of the same name; otherwise a name claimed twice is no one's.
      for (const list of [main.get(key), other.get(key)]) {
        if (!list || list.length === 0) continue;
        const countries = list.filter((p) => p.id.startsWith('country:'));
        if (countries.length === 1) return countries[0] ?? null;
        if (countries.length > 1) return null;
        return list.length === 1 ? (list[0] ?? null) : null;
      }
      return null;
    },
  };
}
