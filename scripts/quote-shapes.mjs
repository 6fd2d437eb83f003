#!/usr/bin/env node
// How brief does on the made-up shapes of quote errors (tests/extract/quote-shapes.ts, the classes issue 9 measured on
// unseen news): per class, how many rows it gets right; per sieve, how often it fired on the rows and how often its
// speaker was the row's. The rows are invented text, so this is the only precision figure a sieve that tune never
// fires can get.
//
// Usage: npm run build && node scripts/quote-shapes.mjs [--json]
// (The bundle is written into dist/, beside dist/data/, where the gazetteer's data files are found.)
import {build} from 'esbuild';
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

if (!existsSync('dist/data')) {
  console.error('quote-shapes: run npm run build first (the gazetteer reads dist/data/)');
  process.exit(2);
}

const json = process.argv.includes('--json');
const entry = `
import {entitiesStage} from './src/extract/entities.js';
import {newDoc} from './src/extract/pipeline.js';
import {quotesStage} from './src/extract/quotes.js';
import {SIEVES} from './src/extract/quotes/sieves.js';
import {createTracer} from './src/extract/rules.js';
import {splitSentences} from './src/extract/sentences.js';
import {EXTRA, MISSED, WRONG} from './tests/extract/quote-shapes.js';
export {SIEVES, EXTRA, MISSED, WRONG};
export function run(row) {
  const tracer = createTracer(true);
  const doc = newDoc({title: '', paragraphs: row.text, authors: row.authors}, tracer);
  doc.sentences = splitSentences(row.text);
  entitiesStage.run(doc);
  quotesStage.run(doc);
  const record = tracer.entries.find(
    (t) => (t.stage === 'speaker' || t.stage === 'quote') && t.subject.startsWith('“' + row.quote),
  );
  const quote = doc.quotes.find((q) => q.text.startsWith(row.quote));
  return {rule: record?.rules[0] ?? 'not-found', kept: !!quote, speaker: quote?.speaker ?? null};
}`;
await build({
  stdin: {contents: entry, resolveDir: process.cwd(), loader: 'ts'},
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: 'dist/quote-shapes.mjs',
  logLevel: 'silent',
  external: ['better-sqlite3', 'world-countries'],
});
const m = await import(pathToFileURL(resolve('dist/quote-shapes.mjs')).href);

const classes = new Map();
const sieves = new Map(m.SIEVES.map((s) => [s.id, {fired: 0, right: 0}]));
const failures = [];
for (const [group, rows] of [
  ['missed', m.MISSED],
  ['wrong', m.WRONG],
  ['extra', m.EXTRA],
]) {
  for (const row of rows) {
    const got = m.run(row);
    const right = row.speaker === false ? !got.kept : got.kept && got.speaker === row.speaker;
    const c = classes.get(row.shape) ?? {group, rows: 0, right: 0};
    c.rows++;
    if (right) c.right++;
    classes.set(row.shape, c);
    // A sieve's precision: of the kept quotes it gave a speaker (or null) to, how many match the row.
    const s = sieves.get(got.rule);
    if (s && got.kept) {
      s.fired++;
      if (row.speaker !== false && got.speaker === row.speaker) s.right++;
    }
    if (!right) failures.push({shape: row.shape, quote: row.quote, want: row.speaker, got});
  }
}
if (json) {
  console.log(
    JSON.stringify({classes: Object.fromEntries(classes), sieves: Object.fromEntries(sieves), failures}),
  );
} else {
  const all = [...classes.values()].reduce((a, c) => ({rows: a.rows + c.rows, right: a.right + c.right}), {
    rows: 0,
    right: 0,
  });
  console.log(`made-up quote shapes: ${all.right}/${all.rows} rows right\n`);
  console.log('class'.padEnd(58) + ' | right');
  for (const [shape, c] of classes)
    console.log(`${`${c.group}: ${shape}`.padEnd(58)} | ${c.right}/${c.rows}`);
  console.log(`\n${'sieve'.padEnd(24)} | fired | right | precision`);
  for (const [id, s] of sieves)
    console.log(
      `${id.padEnd(24)} | ${String(s.fired).padEnd(5)} | ${String(s.right).padEnd(5)} | ${s.fired ? (s.right / s.fired).toFixed(3) : '—'}`,
    );
  if (failures.length) {
    console.log('\nwrong rows:');
    for (const f of failures)
      console.log(
        `  ${f.shape}: “${f.quote}…” want ${f.want === false ? 'dropped' : f.want} got ${f.got.kept ? `${f.got.speaker} [${f.got.rule}]` : `dropped [${f.got.rule}]`}`,
      );
  }
}
