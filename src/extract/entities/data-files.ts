import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {StoredCountryTables} from './country-tables.js';
import {parseGazetteerKeysSteps, type GazetteerKeys} from './place-keys.js';

// The gazetteer's tables (2.2 MB of names) are read when first asked for, not bundled as code: bundled, they were
// parsed and built with the reader's store, before a first frame that never needs a place (about a fifth of its
// start-up). The files sit beside this module in the sources and in dist/data/ in the build (scripts/build.mjs);
// a bench bundle under node_modules/.cache/<name>/ finds them in the sources.
const PLACES = ['./', './data/', '../data/', '../../../src/extract/entities/'];

/** The text of the extractor's data file `name`, or null where there is none. */
function readOptionalText(name: string): string | null {
  for (const place of PLACES) {
    const path = fileURLToPath(new URL(`${place}${name}`, import.meta.url));
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return null;
}

/** The text of the extractor's data file `name` (cities.json, countries.json, place-names.json, lexicon.json). */
export function readDataText(name: string): string {
  const text = readOptionalText(name);
  if (text === null)
    throw new Error(`brief's data file ${name} is missing; reinstall brief (or run npm run build)`);
  return text;
}

let storedKeys: GazetteerKeys | null | undefined;

/** The gazetteer's names as folded by the build (dist/data/gazetteer-keys.json), or null without that file. */
export function storedGazetteerKeys(): GazetteerKeys | null {
  if (storedKeys === undefined) {
    // In one go JSON.parse is about three times as fast as in slices: for threads that do not answer keys.
    const text = readOptionalText('gazetteer-keys.json');
    storedKeys = text === null ? null : (JSON.parse(text) as GazetteerKeys);
  }
  return storedKeys;
}

/** storedGazetteerKeys parsed a slice at a time, for the reader's warm-up (a key may come between two). */
export function* storedGazetteerKeysSteps(): Generator<void, GazetteerKeys | null> {
  if (storedKeys !== undefined) return storedKeys;
  const text = readOptionalText('gazetteer-keys.json');
  if (text === null) return (storedKeys = null);
  yield;
  const keys = yield* parseGazetteerKeysSteps(text);
  // Another caller may have parsed them meanwhile: one copy is kept.
  return (storedKeys ??= keys);
}

let storedCountries: StoredCountryTables | null | undefined;

/** The country tables as built by the build (dist/data/gazetteer-countries.json), or null without that file. */
export function storedCountryTables(): StoredCountryTables | null {
  if (storedCountries === undefined) {
    const text = readOptionalText('gazetteer-countries.json');
    storedCountries = text === null ? null : (JSON.parse(text) as StoredCountryTables);
  }
  return storedCountries;
}

/** The parsed JSON data file `name` of the extractor. */
export function readDataFile<T>(name: string): T {
  return JSON.parse(readDataText(name)) as T;
}
