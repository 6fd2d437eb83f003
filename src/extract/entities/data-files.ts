import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// The gazetteer's tables (2.2 MB of names) are read when first asked for, not bundled as code: bundled, they were
// parsed and built with the reader's store, before a first frame that never needs a place (about a fifth of its
// start-up). The files sit beside this module in the sources and in dist/data/ in the build (scripts/build.mjs);
// a bench bundle under node_modules/.cache/<name>/ finds them in the sources.
const PLACES = ['./', './data/', '../data/', '../../../src/extract/entities/'];

/** The text of the extractor's data file `name` (cities.json, countries.json, place-names.json, lexicon.json). */
export function readDataText(name: string): string {
  for (const place of PLACES) {
    const path = fileURLToPath(new URL(`${place}${name}`, import.meta.url));
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`brief's data file ${name} is missing; reinstall brief (or run npm run build)`);
}

/** The parsed JSON data file `name` of the extractor. */
export function readDataFile<T>(name: string): T {
  return JSON.parse(readDataText(name)) as T;
}
