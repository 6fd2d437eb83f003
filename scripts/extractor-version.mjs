// The extractor's version: a fingerprint of its code and data (every file under src/extract/: word lists, and the
// tables it reads, written from data packages by the scripts/build-*.mjs scripts, and the store's files that key
// what it finds, STORE_KEYING), as a safe integer for the analyses' `version` column. The
// build defines it in the bundle (scripts/build.mjs) and the tests compute it the same way (vitest.config.ts), so
// any change to a rule or a word list re-extracts the library and an unchanged extractor never does.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

function filesUnder(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Files outside src/extract that decide the keys an analysis is stored under. */
export const STORE_KEYING = [
  'src/store/entity-key.ts',
  'src/store/country-bodies.ts',
  'src/store/entity-index.ts',
  'src/store/state-bodies.ts',
  'src/store/nicknames.ts',
];

/** The extractor version of the project at `root`: the first 52 bits of a SHA-256 over its code and data. */
export function extractorVersion(root) {
  const hash = createHash('sha256');
  const dir = join(root, 'src', 'extract');
  // (Notes kept beside the rules, ERRORS.md, are no part of what extracts: editing them re-extracts nothing.)
  const files = filesUnder(dir)
    .filter((file) => !file.endsWith('.md'))
    .map((file) => ({file, name: relative(dir, file).split(sep).join('/')}))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const {file, name} of files) hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
  // The store keys each name it writes by these (a body without its country by the article's country): a change in
  // them re-keys the library as a change in the rules does, or old and new keys of one body would stay apart.
  for (const name of STORE_KEYING)
    hash
      .update(`${name}\0`)
      .update(readFileSync(join(root, name)))
      .update('\0');
  return parseInt(hash.digest('hex').slice(0, 13), 16);
}
