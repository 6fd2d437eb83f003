// Agreement between two independent label passes over the same articles, field by field, before they are settled
// into one gold set (tests/gold/README.md prints this table for each set). Measuring it first says how sharp the
// guide is: a field the two passes disagree on often is one whose gold figures are soft.
//
// Usage: node scripts/gold-agree.mjs DIR_A DIR_B [--per-article] [--json]
//
// Matching, deliberately coarse and symmetric (neither pass is the reference):
// - entities match one-to-one when their lower-cased {name + aliases} sets intersect;
// - quotes match one-to-one when the shared words are at least 80% of the longer quote's words;
// - a matched quote's speaker agrees when both name the same entry (through each pass's own aliases) or both null;
// - key facts match one-to-one on equal value (a multiset); `optional_facts` are not counted.
// Alias-only, optional-list and fact-keyword differences do not show here; the settling pass lists them.
import {readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {pathToFileURL} from 'node:url';

const FIELDS = ['people', 'places', 'organizations'];

const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .trim();

const words = (s) =>
  fold(s)
    .replace(/[^a-z0-9' ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

const forms = (e) => new Set([e.name, ...(e.aliases ?? [])].map(fold));

/** Pairs items of a and b one-to-one, greedily in order, where `same(x, y)` holds. Returns [[i, j], ...]. */
function pair(a, b, same) {
  const used = new Set();
  const pairs = [];
  a.forEach((x, i) => {
    const j = b.findIndex((y, k) => !used.has(k) && same(x, y));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

function quoteSame(x, y) {
  const wx = words(x.text);
  const wy = words(y.text);
  const pool = [...wy];
  let shared = 0;
  for (const w of wx) {
    const k = pool.indexOf(w);
    if (k >= 0) {
      shared += 1;
      pool.splice(k, 1);
    }
  }
  return shared >= 0.8 * Math.max(wx.length, wy.length, 1);
}

/** Every form (name or alias) a speaker string may be written in, resolved through the pass's entity tables. */
function speakerForms(gold, speaker) {
  if (speaker == null) return null;
  const key = fold(speaker);
  for (const field of FIELDS) for (const e of gold[field] ?? []) if (forms(e).has(key)) return forms(e);
  // A speaker listed only under `optional` (or nowhere) is compared by its written form.
  return new Set([key]);
}

function speakerAgrees(ga, gb, x, y) {
  const fa = speakerForms(ga, x.speaker);
  const fb = speakerForms(gb, y.speaker);
  if (fa === null || fb === null) return fa === fb;
  return [...fa].some((f) => fb.has(f));
}

/** The counts for one article: per field (people … facts, speaker), [matched, count in a, count in b]. */
export function compare(ga, gb) {
  const out = {};
  for (const field of FIELDS) {
    const a = ga[field] ?? [];
    const b = gb[field] ?? [];
    const p = pair(a, b, (x, y) => [...forms(x)].some((f) => forms(y).has(f)));
    out[field] = [p.length, a.length, b.length];
  }
  const qa = ga.quotes ?? [];
  const qb = gb.quotes ?? [];
  const qp = pair(qa, qb, quoteSame);
  out.quotes = [qp.length, qa.length, qb.length];
  const agreed = qp.filter(([i, j]) => speakerAgrees(ga, gb, qa[i], qb[j])).length;
  out.speaker = [agreed, qp.length, qp.length];
  const fa = (ga.facts ?? []).map((f) => f.value);
  const fb = (gb.facts ?? []).map((f) => f.value);
  out.facts = [pair(fa, fb, (x, y) => x === y).length, fa.length, fb.length];
  return out;
}

/** F1 of one [matched, in a, in b] triple; 1 when neither pass has any. */
export const f1 = ([m, a, b]) => (a + b === 0 ? 1 : (2 * m) / (a + b));

const ROWS = [
  ['people', 'people'],
  ['places', 'places'],
  ['organizations', 'organizations'],
  ['quotes', 'quotes'],
  ['speaker', 'speaker on matched quotes'],
  ['facts', 'key facts (same value)'],
];

function main(argv) {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const perArticle = argv.includes('--per-article');
  if (dirs.length !== 2) {
    console.error('usage: node scripts/gold-agree.mjs DIR_A DIR_B [--per-article] [--json]');
    return 2;
  }
  const [dirA, dirB] = dirs;
  const list = (d) => {
    try {
      return readdirSync(d).filter((f) => f.endsWith('.gold.json'));
    } catch (e) {
      console.error(`gold-agree: cannot read ${d}: ${e.code ?? e.message}`);
      return null;
    }
  };
  const la = list(dirA);
  const lb = list(dirB);
  if (!la || !lb) return 2;
  const both = la.filter((f) => lb.includes(f)).sort();
  const only = [...la.filter((f) => !lb.includes(f)), ...lb.filter((f) => !la.includes(f))];
  if (only.length) console.error(`gold-agree: labelled in one pass only, skipped: ${only.join(', ')}`);
  const load = (d, f) => {
    try {
      return JSON.parse(readFileSync(join(d, f), 'utf8'));
    } catch (e) {
      console.error(`gold-agree: ${join(d, f)} is not valid JSON: ${e.message}`);
      return null;
    }
  };
  const totals = Object.fromEntries(ROWS.map(([k]) => [k, [0, 0, 0]]));
  const articles = [];
  for (const f of both) {
    const ga = load(dirA, f);
    const gb = load(dirB, f);
    if (!ga || !gb) continue;
    const c = compare(ga, gb);
    articles.push({article: basename(f, '.gold.json'), counts: c});
    for (const [k] of ROWS) c[k].forEach((n, i) => (totals[k][i] += n));
  }
  if (argv.includes('--json')) {
    console.log(JSON.stringify({articles, totals}, null, 1));
    return 0;
  }
  if (perArticle) {
    for (const {article, counts} of articles) {
      const cells = ROWS.map(([k]) => `${k} ${f1(counts[k]).toFixed(2)} (${counts[k].join('/')})`);
      console.log(`${article.slice(0, 50).padEnd(50)} | ${cells.join(' | ')}`);
    }
    console.log('');
  }
  console.log(`${articles.length} articles; matched / in ${dirA} / in ${dirB}\n`);
  console.log('| field                     | F1    | matched / a / b |');
  console.log('| ------------------------- | ----- | --------------- |');
  for (const [k, label] of ROWS) {
    console.log(
      `| ${label.padEnd(25)} | ${f1(totals[k]).toFixed(3)} | ${totals[k].join(' / ').padEnd(15)} |`,
    );
  }
  return 0;
}

// Run only as a command, so a test can import compare() without it reading argv.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
