// The gazetteer's country tables (countries' forms, codes, demonyms, languages), built from world-countries'
// fields by the extractor's own key function. The build makes them once (scripts/gazetteer-keys.mjs writes
// dist/data/gazetteer-countries.json): folding every form of the 250 countries and filling the maps with them cost
// each extraction worker ~55 M instructions before its first place look-up (s53a, scripts/bench/README.md), and
// parsing cities.json only to count its entries another ~10 M. A thread without that file (the sources) builds them.
import {stepClock, STEP_MS} from '../../library/steps.js';

/** A place the gazetteer knows: `id` groups the forms of one country ("UK", "Britain", "United Kingdom"). */
export interface KnownPlace {
  id: string;
  kind: 'country' | 'city';
}

/** What the gazetteer reads of a country: world-countries' fields, kept by scripts/build-countries.mjs. */
export interface Country {
  cca2: string;
  name: {common: string; official: string};
  altSpellings: string[];
  capital: string[];
  demonyms: {eng?: {m: string; f: string}};
  unMember: boolean;
  /** The English names of its languages ("Aymara", "Quechua", "Spanish"). */
  languages?: string[];
}

/** The country tables as the gazetteer asks them. */
export interface CountryTables {
  places: Map<string, KnownPlace>;
  codes: Map<string, KnownPlace>;
  initialsOf: Map<string, string>;
  demonyms: Set<string>;
  /** Folded names of the countries' languages. */
  languages: Set<string>;
  // Demonym → its country. Shared by several ("Norwegian" for Norway and Svalbard), it is the one UN member's;
  // shared by two members ("Congolese"), it is neither's.
  demonymCountries: Map<string, {place: KnownPlace; member: boolean}[]>;
}

/**
 * CountryTables as plain arrays, in the maps' order (what the build writes). A place is its id and kind; every
 * entry of one id is one object again when read (countryTablesFrom), as when built.
 */
export interface StoredCountryTables {
  /** The length of the countries.json and cities.json texts they were made from, and the cities' count. */
  made: {countriesChars: number; citiesChars: number; cities: number};
  places: [key: string, id: string, kind: KnownPlace['kind']][];
  codes: [code: string, id: string][];
  initialsOf: [cca2: string, initials: string][];
  demonyms: string[];
  languages: string[];
  demonymCountries: [key: string, places: [id: string, member: boolean][]][];
}

/** Builds the country tables from the countries, `key` folding each form (the gazetteer's nameKey). */
export function* countryTablesSteps(
  countries: readonly Country[],
  key: (form: string) => string,
): Generator<void, CountryTables> {
  const t: CountryTables = {
    places: new Map(),
    codes: new Map(),
    initialsOf: new Map(),
    demonyms: new Set(),
    languages: new Set(),
    demonymCountries: new Map(),
  };
  const addPlace = (form: string, place: KnownPlace): void => {
    const k = key(form);
    if (k !== '' && !t.places.has(k)) t.places.set(k, place);
  };
  // A country's forms cost a few hundred microseconds each on a first run (their keys folded by patterns not yet
  // compiled): a pause every 50 made steps of 6-16 ms.
  const due = stepClock(STEP_MS, 1);
  for (const c of countries) {
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
    for (const l of c.languages ?? []) t.languages.add(key(l));
    const eng = c.demonyms['eng'];
    for (const d of eng ? [eng.m, eng.f] : []) {
      t.demonyms.add(key(d));
      t.demonyms.add(key(`${d}s`));
      const list = t.demonymCountries.get(key(d)) ?? [];
      if (!list.some((x) => x.place.id === country.id)) list.push({place: country, member: c.unMember});
      t.demonymCountries.set(key(d), list);
    }
  }
  return t;
}

/** The tables as the build writes them; `made` says which files they were made from. */
export function storeCountryTables(t: CountryTables, made: StoredCountryTables['made']): StoredCountryTables {
  return {
    made,
    places: [...t.places].map(([k, p]) => [k, p.id, p.kind]),
    codes: [...t.codes].map(([k, p]) => [k, p.id]),
    initialsOf: [...t.initialsOf],
    demonyms: [...t.demonyms],
    languages: [...t.languages],
    demonymCountries: [...t.demonymCountries].map(([k, list]) => [
      k,
      list.map((x) => [x.place.id, x.member]),
    ]),
  };
}

/** The tables again from what storeCountryTables wrote (indexed loops: each worker runs this once, interpreted). */
export function countryTablesFrom(s: StoredCountryTables): CountryTables {
  const byId = new Map<string, KnownPlace>();
  const place = (id: string, kind: KnownPlace['kind']): KnownPlace => {
    let p = byId.get(id);
    if (p === undefined) byId.set(id, (p = {id, kind}));
    return p;
  };
  const country = (id: string): KnownPlace => place(id, 'country');
  const places = new Map<string, KnownPlace>();
  for (let i = 0; i < s.places.length; i++) {
    const [k, id, kind] = s.places[i] as StoredCountryTables['places'][number];
    places.set(k, place(id, kind));
  }
  const codes = new Map<string, KnownPlace>();
  for (let i = 0; i < s.codes.length; i++) {
    const [k, id] = s.codes[i] as StoredCountryTables['codes'][number];
    codes.set(k, country(id));
  }
  const demonymCountries = new Map<string, {place: KnownPlace; member: boolean}[]>();
  for (let i = 0; i < s.demonymCountries.length; i++) {
    const [k, list] = s.demonymCountries[i] as StoredCountryTables['demonymCountries'][number];
    demonymCountries.set(
      k,
      list.map(([id, member]) => ({place: country(id), member})),
    );
  }
  return {
    places,
    codes,
    initialsOf: new Map(s.initialsOf),
    demonyms: new Set(s.demonyms),
    languages: new Set(s.languages),
    demonymCountries,
  };
}
