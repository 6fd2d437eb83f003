// `npm run bench`: runs every benchmark section in scripts/bench/ in name order; each prints its own figures.
// Sections are separate processes so one's memory and loaded modules do not colour another's figures.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';

const dir = new URL('./bench/', import.meta.url);
const only = process.argv.slice(2);
const sections = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .sort()
  : [];
let failed = false;
for (const file of sections) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n== ${file.replace(/\.mjs$/, '')}`);
  const run = spawnSync(process.execPath, [new URL(file, dir).pathname], {stdio: 'inherit'});
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
