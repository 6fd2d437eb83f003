import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  countryTablesFrom,
  countryTablesSteps,
  storeCountryTables,
  type Country,
  type CountryTables,
  type StoredCountryTables,
} from '../../src/extract/entities/country-tables.js';
import {readDataFile} from '../../src/extract/entities/data-files.js';
import {nameKey} from '../../src/extract/entities/gazetteer.js';
import {runSteps} from '../../src/library/steps.js';

// Made-up countries in world-countries' shape: a demonym two countries share, one of them a UN member, a capital,
// an alternative spelling with "Great ", one outside the Latin script (skipped) and a language.
const COUNTRIES: Country[] = [
  {
    cca2: 'XA',
    name: {common: 'Arvland', official: 'Republic of Arvland'},
    altSpellings: ['XA', 'Great Arvia', 'Арвия'],
    capital: ['Port Vell'],
    demonyms: {eng: {m: 'Arvish', f: 'Arvish'}},
    unMember: true,
    languages: ['Arvic'],
  },
  {
    cca2: 'XB',
    name: {common: 'North Arvland', official: 'North Arvland'},
    altSpellings: ['XB'],
    capital: [],
    demonyms: {eng: {m: 'Arvish', f: 'Arvishwoman'}},
    unMember: false,
  },
];

/** Every table as arrays in its order, the places' objects shared by id or not (which the check compares too). */
function plain(t: CountryTables): unknown {
  return {
    places: [...t.places],
    codes: [...t.codes],
    initialsOf: [...t.initialsOf],
    demonyms: [...t.demonyms],
    languages: [...t.languages],
    demonymCountries: [...t.demonymCountries],
    sameCountry: t.places.get('arvland') === t.codes.get('xa'),
    sameInDemonyms: t.demonymCountries.get('arvish')?.[0]?.place === t.codes.get('xa'),
  };
}

const MADE = {countriesChars: 1, citiesChars: 2, cities: 3};

describe('the country tables, made by the build and read back by each worker', () => {
  const built = runSteps(countryTablesSteps(COUNTRIES, nameKey));

  it('builds the forms, codes, demonyms and languages of the countries', () => {
    expect(built.places.get('arvia')?.id).toBe('XA');
    expect(built.places.get('great arvia')?.id).toBe('XA');
    expect(built.places.get('port vell')).toEqual({id: 'XA:Port Vell', kind: 'city'});
    expect(built.initialsOf.get('XB')).toBe('na');
    expect(built.demonymCountries.get('arvish')?.map((x) => [x.place.id, x.member])).toEqual([
      ['XA', true],
      ['XB', false],
    ]);
    expect(built.languages.has('arvic')).toBe(true);
  });
  it('reads back from the stored arrays as the tables built (order, values, one object per country)', () => {
    const stored = JSON.parse(JSON.stringify(storeCountryTables(built, MADE))) as StoredCountryTables;
    expect(stored.made).toEqual(MADE);
    expect(plain(countryTablesFrom(stored))).toEqual(plain(built));
    expect(plain(built)).toMatchObject({sameCountry: true, sameInDemonyms: true});
  });
  it('reads back the tables of the shipped countries as the sources build them', () => {
    const shipped = runSteps(
      countryTablesSteps(readDataFile<{countries: Country[]}>('countries.json').countries, nameKey),
    );
    expect(shipped.places.size).toBeGreaterThan(500);
    expect(plain(countryTablesFrom(storeCountryTables(shipped, MADE)))).toEqual(plain(shipped));
  });
  const file = new URL('../../dist/data/gazetteer-countries.json', import.meta.url);
  it.skipIf(!existsSync(file))(
    'the build wrote the tables of the shipped countries, as the sources build them',
    () => {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredCountryTables;
      const shipped = runSteps(
        countryTablesSteps(readDataFile<{countries: Country[]}>('countries.json').countries, nameKey),
      );
      expect(plain(countryTablesFrom(stored))).toEqual(plain(shipped));
      const text = (name: string) =>
        readFileSync(new URL(`../../dist/data/${name}`, import.meta.url), 'utf8');
      expect(stored.made).toEqual({
        countriesChars: text('countries.json').length,
        citiesChars: text('cities.json').length,
        cities: readDataFile<string[]>('cities.json').length,
      });
    },
  );
});
