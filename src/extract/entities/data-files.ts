import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

// The gazetteer's tables (2.2 MB of names) are read when first asked for, not bundled as code: bundled, they were
// parsed and built with the reader's store, before a first frame that never needs a place (about a fifth of its
// start-up). The files sit beside this module in the sources and in dist/data/ in the build (scripts/build.mjs);
// a bench bundle under node_modules/.cache/<name>/ finds them in the sources.
const PLACES = ['./', './data/', '../data/', '../../../src/extract/entities/'];

/** The parsed JSON data file `name` of the gazetteer (cities.json, place-names.json). */
export function readDataFile<T>(name: string): T {
  for (const place of PLACES) {
    const path = fileURLToPath(new URL(`${place}${name}`, import.meta.url));
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
  }
  throw new Error(`brief's data file ${name} is missing; reinstall brief (or run npm run build)`);
}

/** The world-countries package's table, loaded at run time (Node reads its JSON; nothing is bundled). */
export function readCountries<T>(): T {
  const table = createRequire(import.meta.url)('world-countries') as T | {default: T};
  return (table as {default?: T}).default ?? (table as T);
}
