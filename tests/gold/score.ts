// brief's own scorer for its gold sets, written from the scoring rules in shared/eval/README.md so that the floor
// test runs in any checkout (CI has no ../shared). `npm run score:tune` / `score:check` use the shared scorer; a
// test checks both agree on `tune`.
import type {Analysis} from '../../src/extract/types.js';
import {fold, numbersIn} from '../../scripts/scorer-fold.mjs';

/** One labelled entity: its name and other forms. */
interface GoldEntity {
  name: string;
  aliases?: string[];
}

/** A gold file, as the shared scorer reads it (only the fields scored here). */
export interface Gold {
  article: string;
  file?: string;
  people?: GoldEntity[];
  places?: GoldEntity[];
  organizations?: GoldEntity[];
  optional?: {people?: string[]; places?: string[]; organizations?: string[]};
  quotes?: {text: string; speaker: string | null}[];
  facts?: {value: number; keywords?: string[]}[];
  optional_facts?: {value: number; keywords?: string[]}[];
}

/** The figures the shared scorer prints, summed over a set. */
export interface Figures {
  people_f1: number;
  places_f1: number;
  organizations_f1: number;
  quote_f1: number;
  attribution: number;
  fact_recall: number;
  fact_precision: number;
}

// Titles the scorer drops from the front of a name, so "Mr. Smith" and "Smith" compare equal.
const LEADING_TITLES = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady president prime minister chancellor gov governor sen senator rep ' +
    'representative gen general col colonel capt captain lt sgt pope king queen prince princess mayor judge ' +
    'justice secretary rev father sheikh ambassador professor prof chief officer vice foreign defense defence'
  ).split(' '),
);

function nameKey(s: string): string {
  const words = fold(s)
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^a-z0-9' -]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && (LEADING_TITLES.has(words[0] ?? '') || words[0] === 'the')) words.shift();
  return words.join(' ');
}

const words = (s: string): string[] =>
  fold(s)
    .replace(/[^a-z0-9' ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

const forms = (e: GoldEntity): string[] => [e.name, ...(e.aliases ?? [])];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function entityCounts(
  pred: readonly {name: string}[],
  gold: readonly GoldEntity[],
  optional: readonly string[],
) {
  const keys = gold.map((g) => new Set(forms(g).map(nameKey)));
  const skip = new Set(optional.map(nameKey));
  const taken = gold.map(() => false);
  const c: Counts = {tp: 0, fp: 0, fn: 0};
  for (const p of pred) {
    const key = nameKey(p.name);
    const at = keys.findIndex((k) => k.has(key));
    if (at >= 0 && !taken[at]) {
      taken[at] = true;
      c.tp++;
    } else if (at >= 0 || !skip.has(key)) c.fp++;
  }
  c.fn = gold.length - c.tp;
  return c;
}

/** Share of the gold quote's words (with repeats) that the predicted quote holds. */
function covered(gold: string, pred: string): number {
  const g = words(gold);
  if (!g.length) return 0;
  const left = new Map<string, number>();
  for (const w of words(pred)) left.set(w, (left.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of g) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      hit++;
      left.set(w, n - 1);
    }
  }
  return hit / g.length;
}

function quoteCounts(pred: Analysis['quotes'], gold: NonNullable<Gold['quotes']>, speakers: GoldEntity[]) {
  const speakerKeys = speakers.map((s) => new Set(forms(s).map(nameKey)));
  const used = pred.map(() => false);
  let found = 0;
  let attributed = 0;
  for (const g of gold) {
    const glen = words(g.text).length;
    let at = -1;
    let best = 0;
    pred.forEach((p, i) => {
      const cov = covered(g.text, p.text);
      if (!used[i] && cov >= 0.8 && words(p.text).length <= Math.max(2 * glen, glen + 8) && cov > best) {
        at = i;
        best = cov;
      }
    });
    if (at < 0) continue;
    used[at] = true;
    found++;
    const said = pred[at]?.speaker ? nameKey(pred[at]?.speaker ?? '') : '';
    if (g.speaker) {
      const who = speakers.findIndex((s) => nameKey(s.name) === nameKey(g.speaker ?? ''));
      if ((who >= 0 ? speakerKeys[who] : new Set([nameKey(g.speaker)]))?.has(said)) attributed++;
    } else if (!speakerKeys.some((k) => k.has(said))) attributed++;
  }
  return {found, attributed, gold: gold.length, extra: used.filter((u) => !u).length};
}

function factCounts(
  pred: Analysis['facts'],
  gold: NonNullable<Gold['facts']>,
  optional: NonNullable<Gold['facts']>,
) {
  const top = pred.slice(0, 12);
  const text = (p: Analysis['facts'][number]) => fold(`${p.text ?? ''} ${p.sentence ?? ''}`);
  const hits = (f: NonNullable<Gold['facts']>[number], p: Analysis['facts'][number]) =>
    numbersIn(text(p)).some((v) => Math.abs(v - f.value) <= 1e-9 * Math.max(1, Math.abs(f.value))) &&
    (f.keywords ?? []).some((k) => text(p).includes(fold(k).slice(0, Math.max(4, k.length - 2))));
  return {
    found: gold.filter((f) => top.some((p) => hits(f, p))).length,
    gold: gold.length,
    good: top.filter((p) => [...gold, ...optional].some((f) => hits(f, p))).length,
    predicted: top.length,
  };
}

const f1 = ({tp, fp, fn}: Counts): number => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** Scores analyses against their gold files, as the shared scorer does, and returns the set's figures. */
export function score(pairs: readonly {gold: Gold; analysis: Analysis}[]): Figures {
  const ent = {
    people: {tp: 0, fp: 0, fn: 0},
    places: {tp: 0, fp: 0, fn: 0},
    organizations: {tp: 0, fp: 0, fn: 0},
  };
  const q = {found: 0, attributed: 0, gold: 0, extra: 0};
  const f = {found: 0, gold: 0, good: 0, predicted: 0};
  for (const {gold, analysis} of pairs) {
    for (const kind of ['people', 'places', 'organizations'] as const) {
      const c = entityCounts(analysis[kind], gold[kind] ?? [], gold.optional?.[kind] ?? []);
      ent[kind].tp += c.tp;
      ent[kind].fp += c.fp;
      ent[kind].fn += c.fn;
    }
    const qc = quoteCounts(analysis.quotes, gold.quotes ?? [], [
      ...(gold.people ?? []),
      ...(gold.organizations ?? []),
    ]);
    q.found += qc.found;
    q.attributed += qc.attributed;
    q.gold += qc.gold;
    q.extra += qc.extra;
    const fc = factCounts(analysis.facts, gold.facts ?? [], gold.optional_facts ?? []);
    f.found += fc.found;
    f.gold += fc.gold;
    f.good += fc.good;
    f.predicted += fc.predicted;
  }
  const qp = q.found + q.extra ? q.found / (q.found + q.extra) : 0;
  const qr = q.gold ? q.found / q.gold : 0;
  return {
    people_f1: f1(ent.people),
    places_f1: f1(ent.places),
    organizations_f1: f1(ent.organizations),
    quote_f1: qp + qr ? (2 * qp * qr) / (qp + qr) : 0,
    attribution: q.gold ? q.attributed / q.gold : 0,
    fact_recall: f.gold ? f.found / f.gold : 0,
    fact_precision: f.predicted ? f.good / f.predicted : 0,
  };
}
