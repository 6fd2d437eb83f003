// Writes src/extract/entities/place-names.json: the other names of countries and large cities, so that a reader
// who types "Kiev", "Burma" or "Peking" finds Kyiv, Myanmar and Beijing, and the library joins "Czechia" with
// "Czech Republic". Countries come from world-countries (common and official names, alternative spellings, the
// common name in each Latin-script translation); states, provinces and regions from country-region-data (so an
// article about Ohio and Texas is about the United States); cities of 100,000 people or more from GeoNames' cities15000
// dump (CC BY 3.0, geonames.org), whose alternate names include historic exonyms (Bombay, Peking). Only names
// written in the Latin script, starting with a capital, of four letters or more are kept: the dump also holds
// lower-case romanisations of other scripts ("ji fu") that no English text uses.
// Run again after updating either package: node scripts/build-place-names.mjs
import {createRequire} from 'node:module';
import {readFileSync, writeFileSync} from 'node:fs';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('cities15000');
const regions = require('country-region-data/data.json');

const MIN_POPULATION = 100_000;
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’ .-]*$/u;
const usable = (name, min = 4) =>
  LATIN.test(name) && name.length >= min && /^\p{Lu}/u.test(name) && !/\d/.test(name);

// "United States of America" → "America", "Republic of the Union of Myanmar" → "Myanmar": the place an official
// name is "of" is the short form people write.
function ofPart(name) {
  const m = /\bof (?:the )?(.+)$/u.exec(name);
  return m?.[1] && !/\bof\b/u.test(m[1]) ? m[1] : null;
}

/** Each entry: [id, name, other names, country code]. Countries first, then regions, then cities by population. */
const places = [];

for (const c of countries) {
  const names = new Set([c.name.official]);
  for (const alt of c.altSpellings) if (usable(alt, 2) && !alt.includes(',')) names.add(alt);
  for (const t of Object.values(c.translations ?? {})) if (usable(t.common)) names.add(t.common);
  for (const n of [c.name.common, c.name.official]) {
    const short = ofPart(n);
    if (short && usable(short)) names.add(short);
  }
  names.delete(c.name.common);
  places.push([`country:${c.cca2}`, c.name.common, [...names].sort(), c.cca2]);
}

for (const c of regions) {
  for (const r of c.regions) {
    if (LATIN.test(r.name))
      places.push([`region:${c.countryShortCode}-${r.shortCode ?? r.name}`, r.name, [], c.countryShortCode]);
  }
}

const fields = cities.fields;
const at = (name) => fields.indexOf(name);
const rows = readFileSync(cities.file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t'))
  .filter((r) => Number(r[at('population')]) >= MIN_POPULATION && r[at('featureClass')] === 'P')
  .sort((a, b) => Number(b[at('population')]) - Number(a[at('population')]));
for (const r of rows) {
  const name = r[at('name')];
  const names = new Set(
    [r[at('asciiname')], ...r[at('alternativeNames')].split(',')].filter((n) => n && usable(n) && n !== name),
  );
  places.push([`city:${r[at('id')]}`, name, [...names].sort(), r[at('country')]]);
}

writeFileSync(
  new URL('../src/extract/entities/place-names.json', import.meta.url),
  `${JSON.stringify({source: 'world-countries, country-region-data, GeoNames cities15000 (CC BY 3.0)', places})}\n`,
);
console.log(`${places.length} places, ${places.reduce((n, p) => n + p[2].length, 0)} other names`);
