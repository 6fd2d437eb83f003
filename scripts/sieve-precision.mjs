#!/usr/bin/env node
// The precision of each speaker sieve on the tune half of brief's gold: how often it fired, how many of its
// quotes are gold quotes, and how many of those it gave the gold speaker. Quotes are matched to gold quotes by the
// scorer's own rule (../shared/eval/score.mjs: a prediction covers >= 80% of the gold quote's words and is not
// much longer; gold quotes in order, each taking the best unused prediction).
//
// Usage: npm run score:sieves   (or: node scripts/sieve-precision.mjs [--gold tests/gold/tune] [--articles articles] [--json])
// It refuses the check half: check stands in for news brief has never seen and is never read to choose rules.
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {build} from 'esbuild';
import {fold} from './scorer-fold.mjs';

const args = process.argv.slice(2);
const opt = {gold: 'tests/gold/tune', articles: 'articles', json: false};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--gold') opt.gold = args[++i];
  else if (a === '--articles') opt.articles = args[++i];
  else if (a === '--json') opt.json = true;
  else {
    console.error(`sieve-precision: unknown argument ${a}`);
    process.exit(2);
  }
}
const goldDir = resolve(opt.gold ?? '');
// The check half, under any path that reaches it: any folder named "check" is refused.
if (goldDir.split(/[\\/]/).includes('check')) {
  console.error(`sieve-precision: refusing ${opt.gold}: check is scored, never read (use tests/gold/tune)`);
  process.exit(2);
}

// The scorer's normalisation and matching, kept to the letter so a quote counts here as it does there.
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'prime',
  'minister',
  'chancellor',
  'gov',
  'governor',
  'sen',
  'senator',
  'rep',
  'representative',
  'gen',
  'general',
  'col',
  'colonel',
  'capt',
  'captain',
  'lt',
  'sgt',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'mayor',
  'judge',
  'justice',
  'secretary',
  'rev',
  'father',
  'sheikh',
  'ambassador',
  'professor',
  'prof',
  'chief',
  'officer',
  'vice',
  'foreign',
  'defense',
  'defence',
]);
function normName(s) {
  const t = fold(s)
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^a-z0-9' -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = t.split(' ').filter(Boolean);
  while (words.length > 1 && (TITLES.has(words[0]) || words[0] === 'the')) words.shift();
  return words.join(' ');
}
const tokens = (s) =>
  fold(s)
    .replace(/[^a-z0-9' ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
function coverage(goldText, predText) {
  const g = tokens(goldText);
  if (g.length === 0) return 0;
  const bag = new Map();
  for (const w of tokens(predText)) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of g)
    if ((bag.get(w) ?? 0) > 0) {
      hit++;
      bag.set(w, bag.get(w) - 1);
    }
  return hit / g.length;
}
const namesOf = (e) => (typeof e === 'string' ? [e] : [e.name, ...(e.aliases ?? [])]);

/** For each predicted quote, the gold quote it matches (index) or -1, by the scorer's greedy rule. */
function match(pred, gold) {
  const byPred = new Array(pred.length).fill(-1);
  gold.forEach((g, gi) => {
    let best = -1;
    let bestCov = 0;
    pred.forEach((p, i) => {
      if (byPred[i] >= 0) return;
      const cov = coverage(g.text, p.text);
      const len = tokens(p.text).length;
      const glen = tokens(g.text).length;
      if (cov >= 0.8 && len <= Math.max(glen * 2, glen + 8) && cov > bestCov) {
        best = i;
        bestCov = cov;
      }
    });
    if (best >= 0) byPred[best] = gi;
  });
  return byPred;
}

/** The scorer's speaker rule: the same entity by any alias; for an unnamed gold speaker, none of the article's. */
function speakerRight(predSpeaker, goldQuote, entities) {
  const keys = entities.map((e) => new Set(namesOf(e).map(normName)));
  const sp = predSpeaker ? normName(predSpeaker) : '';
  if (!goldQuote.speaker) return !keys.some((k) => k.has(sp));
  const gi = entities.findIndex((e) => normName(e.name) === normName(goldQuote.speaker));
  return (gi >= 0 ? keys[gi] : new Set([normName(goldQuote.speaker)])).has(sp);
}

// The sieve table itself, from the source, so the descriptions are the ones the code declares.
const bundled = await build({
  entryPoints: ['src/extract/quotes/sieves.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const {SIEVES} = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')));
const rows = new Map(
  [...SIEVES.map((s) => [s.id, s.description]), ['no-sieve', 'no sieve spoke: unattributed']].map(
    ([id, description]) => [id, {id, description, fired: 0, matched: 0, correct: 0}],
  ),
);
for (let i = 0; i < golds.length; i += 40) {
  const chunk = golds.slice(i, i + 40);
  const files = chunk.map((g) => resolve(opt.articles, g.file ?? `${g.article}.txt`));
  const out = JSON.parse(
    execFileSync('node', ['dist/cli.js', 'extract', '--explain', '--json', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    }),
  );
  const results = Array.isArray(out) ? out : [out];
  chunk.forEach((gold, k) => {
    const pred = results[k];
    const speakers = (pred.explain ?? []).filter((t) => t.stage === 'speaker');
    if (speakers.length !== pred.quotes.length) {
      console.error(
        `sieve-precision: ${gold.article}: ${speakers.length} speaker records for ${pred.quotes.length} quotes`,
      );
      process.exit(2);
    }
    const byPred = match(pred.quotes, gold.quotes ?? []);
    const entities = [...(gold.people ?? []), ...(gold.organizations ?? [])];
    pred.quotes.forEach((q, j) => {
      const row = rows.get(speakers[j].rules[0]);
      if (!row) return;
      row.fired++;
      const gi = byPred[j];
      if (gi < 0) return;
      row.matched++;
      if (speakerRight(q.speaker, gold.quotes[gi], entities)) row.correct++;
    });
  });
}

const all = [...rows.values()].reduce(
  (t, r) => ({
    ...t,
    fired: t.fired + r.fired,
    matched: t.matched + r.matched,
    correct: t.correct + r.correct,
  }),
  {id: 'all', description: 'every quote kept', fired: 0, matched: 0, correct: 0},
);
const table = [...rows.values(), all].map((r) => ({...r, precision: r.fired ? r.correct / r.fired : null}));
if (opt.json) {
  console.log(JSON.stringify(table, null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(
    `sieve precision on ${golds.length} articles of ${opt.gold} (precision = correct speaker / fired; a fired quote that`,
  );
  console.log('is not a gold quote counts against it)\n');
  console.log(
    `${pad('sieve', 23)} | ${pad('fired', 5)} | ${pad('gold', 4)} | ${pad('right', 5)} | ${pad('precision', 9)} | description`,
  );
  console.log(`${'-'.repeat(23)}-|-------|------|-------|-----------|${'-'.repeat(40)}`);
  for (const r of table)
    console.log(
      `${pad(r.id, 23)} | ${pad(r.fired, 5)} | ${pad(r.matched, 4)} | ${pad(r.correct, 5)} | ${pad(r.precision === null ? '—' : r.precision.toFixed(3), 9)} | ${r.description}`,
    );
}
