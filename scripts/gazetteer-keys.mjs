// Writes dist/data/gazetteer-keys.json: every name of the gazetteer's data files folded by the extractor's own
// key function (src/extract/entities/place-keys.ts, bundled here from the sources of this very build), so each
// extraction worker only parses the keys instead of folding ~55,000 names before its first article.
import {build} from 'esbuild';
import {readFileSync, writeFileSync} from 'node:fs';
import {asciiOnly} from './ascii-only.mjs';

/**
 * Folds the data files in `from` (place-names.json, cities.json) into `to`/gazetteer-keys.json, and writes
 * place-names.json there an entry a line.
 */
export async function writeGazetteerKeys(from, to) {
  const bundled = await build({
    stdin: {
      contents: `export {gazetteerKeys} from './src/extract/entities/place-keys.ts';
export {jsonWithLines} from './src/extract/entities/json-steps.ts';
export {keyOf} from './src/extract/entities/place-keys.ts';
export {countryTablesSteps, storeCountryTables} from './src/extract/entities/country-tables.ts';
export {runSteps} from './src/library/steps.ts';`,
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const source = bundled.outputFiles[0]?.text ?? '';
  const {gazetteerKeys, jsonWithLines, keyOf, countryTablesSteps, storeCountryTables, runSteps} =
    await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const read = (name) => JSON.parse(readFileSync(`${from}/${name}`, 'utf8'));
  const placeNames = read('place-names.json');
  const cities = read('cities.json');
  const keys = gazetteerKeys(placeNames.places, cities);
  // Both ASCII-only (ascii-only.mjs), so each is a one-byte string when read.
  writeFileSync(`${to}/gazetteer-keys.json`, asciiOnly(JSON.stringify(keys)));
  // The same JSON, a place a line: an extraction worker parses only the places it looks up (place-names.ts).
  writeFileSync(`${to}/place-names.json`, asciiOnly(jsonWithLines(placeNames, 'places')));
  // The country tables, folded by the same key function (src/extract/entities/country-tables.ts), with the lengths
  // of the texts of `to`'s cities.json and countries.json (as a worker reads them) they were made from.
  const text = (name) => readFileSync(`${to}/${name}`, 'utf8');
  const countries = runSteps(countryTablesSteps(read('countries.json').countries, keyOf));
  const made = {
    countriesChars: text('countries.json').length,
    citiesChars: text('cities.json').length,
    cities: cities.length,
  };
  writeFileSync(
    `${to}/gazetteer-countries.json`,
    asciiOnly(JSON.stringify(storeCountryTables(countries, made))),
  );
}
