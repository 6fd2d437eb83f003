// The extractor's version: a fingerprint of its code (every file under src/extract/, word lists and the cities
// table included) and of the NLP data packages it reads, as a safe integer for the analyses' `version` column. The
// build defines it in the bundle (scripts/build.mjs) and the tests compute it the same way (vitest.config.ts), so
// any change to a rule or a word list re-extracts the library and an unchanged extractor never does.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

/** Packages whose data the extractor reads at run time (the country table; compromise's model is a file under src/extract). */
const DATA_PACKAGES = ['world-countries'];

function filesUnder(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The extractor version of the project at `root`: the first 52 bits of a SHA-256 over its code and data. */
export function extractorVersion(root) {
  const hash = createHash('sha256');
  const dir = join(root, 'src', 'extract');
  const files = filesUnder(dir)
    .map((file) => ({file, name: relative(dir, file).split(sep).join('/')}))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const {file, name} of files) hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
  for (const pkg of DATA_PACKAGES) {
    const manifest = join(root, 'node_modules', pkg, 'package.json');
    const version = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'missing';
    hash.update(`${pkg}@${version}\0`);
  }
  return parseInt(hash.digest('hex').slice(0, 13), 16);
}
