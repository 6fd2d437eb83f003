// Mechanical checks on a freshly written gold set, run before brief is run on its articles (tests/gold/README.md):
// they catch a label that the scorer could never match (a name, quote or fragment not in the text, a fact value
// the scorer does not read in its own fragment), not a wrong judgement, which only re-reading the guide can.
//
// Usage: node scripts/gold-lint.mjs GOLD_DIR [ARTICLES_DIR] [--uncovered]
// ARTICLES_DIR defaults to GOLD_DIR/articles (the made-up sets keep their texts beside their labels). --uncovered
// also lists, per article, the capitalised words that no name, alias or optional name covers, to re-read by hand.
// Exits 1 when any check fails. Never run it on a held-out set's labels after they are committed: it prints them.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fold, numbersIn} from './scorer-fold.mjs';

const FIELDS = ['people', 'places', 'organizations'];
const reads = (text, value) =>
  numbersIn(text).some((v) => Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(value)));

/**
 * Every problem in one label file against its article's text (front matter included, as names may be in the title),
 * and notes: a name or alias not in the text is allowed (the guide's "obvious full form", a name labelled without a
 * nickname the text puts inside it), so it is printed for a second look but does not fail.
 */
function lint(gold, text, body) {
  const problems = [];
  const notes = [];
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words < 250 || words > 600) problems.push(`${words} words (250-600 expected)`);
  for (const field of FIELDS) {
    const required = new Set();
    for (const e of gold[field]) {
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        required.add(n);
        if (!text.includes(n))
          notes.push(`${field}: "${n}" is not in the text (allowed for an obvious full form)`);
      }
    }
    for (const n of gold.optional?.[field] ?? []) {
      if (!text.includes(n)) problems.push(`optional ${field}: "${n}" is not in the text`);
      if (required.has(n)) problems.push(`${field}: "${n}" is both required and optional`);
    }
  }
  const speakers = new Set([...gold.people, ...gold.organizations].map((e) => e.name));
  for (const q of gold.quotes) {
    if (!text.includes(q.text)) problems.push(`quote not in the text: ${q.text.slice(0, 60)}`);
    if (q.speaker !== null && !speakers.has(q.speaker)) problems.push(`speaker "${q.speaker}" is no entry`);
  }
  for (const field of ['facts', 'optional_facts']) {
    for (const f of gold[field] ?? []) {
      if (!text.includes(f.quote)) problems.push(`${field}: fragment not in the text: ${f.quote}`);
      if (f.quote.split(/\s+/).length > 20) problems.push(`${field}: fragment over 20 words: ${f.quote}`);
      if (!reads(f.quote, f.value))
        problems.push(`${field}: the scorer does not read ${f.value} in: ${f.quote}`);
      for (const k of f.keywords) {
        if (!fold(f.quote).includes(fold(k))) problems.push(`${field}: keyword "${k}" not in: ${f.quote}`);
      }
    }
  }
  if (gold.facts.length < 5 || gold.facts.length > 12)
    problems.push(`${gold.facts.length} key facts (5-12 expected)`);
  const marks = (body.match(/["“”]/g) ?? []).length;
  return {problems, notes, words, marks};
}

// Capitalised words and runs of them that no label covers (sentence-initial words included: the eye skips those).
function uncovered(gold, body) {
  const names = FIELDS.flatMap((f) => [
    ...gold[f].flatMap((e) => [e.name, ...(e.aliases ?? [])]),
    ...(gold.optional?.[f] ?? []),
  ]);
  const runs = body.match(
    /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|the|and|for|van|den|de|ter|’t|bin|al-)[ \t]+)?\p{Lu}[\p{L}'’-]*)*/gu,
  );
  const folded = names.map(fold);
  return [...new Set(runs ?? [])]
    .filter((r) => !folded.some((n) => n.includes(fold(r)) || fold(r).includes(n)))
    .sort();
}

const args = process.argv.slice(2);
const showUncovered = args.includes('--uncovered');
const [goldDir, articlesDir = join(goldDir ?? '.', 'articles')] = args.filter((a) => !a.startsWith('--'));
if (!goldDir) {
  console.error('usage: node scripts/gold-lint.mjs GOLD_DIR [ARTICLES_DIR] [--uncovered]');
  process.exit(2);
}
let failed = 0;
for (const file of readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const text = readFileSync(join(articlesDir, gold.file ?? `${gold.article}.md`), 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const {problems, notes, words, marks} = lint(gold, text, body);
  console.log(
    `${gold.article}: ${words} words, ${gold.people.length} people, ${gold.places.length} places, ` +
      `${gold.organizations.length} organizations, ${gold.quotes.length} quotes (${marks} double quotation marks), ` +
      `${gold.facts.length} key facts`,
  );
  for (const p of problems) console.log(`  ${p}`);
  for (const n of notes) console.log(`  note: ${n}`);
  if (showUncovered) console.log(`  not covered: ${uncovered(gold, body).join(', ')}`);
  failed += problems.length;
}
console.log(failed ? `${failed} problems` : 'no problems');
process.exit(failed ? 1 : 0);
