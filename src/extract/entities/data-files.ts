import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {GazetteerKeys} from './place-keys.js';

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

/** readDataFile for a file only the build writes (dist/data/gazetteer-keys.json): null where there is none. */
export function readOptionalDataFile<T>(name: string): T | null {
  const text = readOptionalText(name);
  return text === null ? null : (JSON.parse(text) as T);
}

let storedKeys: GazetteerKeys | null | undefined;

/** The gazetteer's names as folded by the build (dist/data/gazetteer-keys.json), or null without that file. */
export function storedGazetteerKeys(): GazetteerKeys | null {
  if (storedKeys === undefined) storedKeys = readOptionalDataFile<GazetteerKeys>('gazetteer-keys.json');
  return storedKeys;
}

/** The parsed JSON data file `name` of the extractor. */
export function readDataFile<T>(name: string): T {
  return JSON.parse(readDataText(name)) as T;
}
