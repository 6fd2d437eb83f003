// The readable gold sets (tests/gold/tune, tests/gold/tune2, tests/gold/tune3, tests/gold/styles, tests/gold/styles2, tests/gold/styles3, tests/gold/styles4, tests/gold/styles5, tests/gold/styles6, tests/gold/styles7, tests/gold/styles8) stay well formed: what a label quotes is in its article
// and a named speaker is one of its entries, so a scoring difference is about brief, never about a typo in a label.
// tests/gold/check, tests/gold/check2, tests/gold/styles-check, tests/gold/styles3-check, tests/gold/styles4-check, tests/gold/styles5-check, tests/gold/styles6-check, tests/gold/styles7-check and tests/gold/styles8-check are left out on purpose: it is scored, never read, and a failure here would print its labels.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Gold} from '../gold/score.js';

/** A gold file with the fields checked here (score.ts's Gold leaves out the fact fragments). */
type GoldFile = Gold & {
  file: string;
  facts: {value: number; keywords: string[]; quote: string}[];
  optional_facts: {value: number; keywords: string[]; quote: string}[];
};

// Curly and straight apostrophes and runs of spaces differ between labellers' editors and the article files.
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

// Where each set's articles are: the made-up styles sets keep their own beside their labels.
const ARTICLES: Record<string, string> = {
  styles: 'tests/gold/styles/articles',
  styles2: 'tests/gold/styles2/articles',
  styles3: 'tests/gold/styles3/articles',
  styles4: 'tests/gold/styles4/articles',
  styles5: 'tests/gold/styles5/articles',
  styles6: 'tests/gold/styles6/articles',
  styles7: 'tests/gold/styles7/articles',
  styles8: 'tests/gold/styles8/articles',
};

function problems(set: string): string[] {
  const dir = join('tests/gold', set);
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
    const text = norm(readFileSync(join(ARTICLES[set] ?? 'articles', gold.file), 'utf8'));
    const at = `${set}/${gold.article}`;
    if (`${gold.article}.gold.json` !== f) out.push(`${at}: article field differs from the file name ${f}`);
    const entries = [...(gold.people ?? []), ...(gold.places ?? []), ...(gold.organizations ?? [])];
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) if (e.aliases?.includes(e.name)) out.push(`${at}: "${e.name}" is its own alias`);
    for (const q of gold.quotes ?? []) {
      if (!text.includes(norm(q.text))) out.push(`${at}: quote not in the article: ${q.text.slice(0, 40)}`);
      if (q.speaker !== null && !names.has(q.speaker)) out.push(`${at}: speaker "${q.speaker}" has no entry`);
    }
    if (gold.facts.length > 12) out.push(`${at}: ${gold.facts.length} key facts (the guide reads 12)`);
    for (const fact of [...gold.facts, ...gold.optional_facts]) {
      if (!text.includes(norm(fact.quote))) out.push(`${at}: fact ${fact.value} fragment not in the article`);
      if (fact.keywords.length < 1 || fact.keywords.length > 3)
        out.push(`${at}: fact ${fact.value} keywords`);
    }
  }
  return out;
}

describe('the readable gold sets', () => {
  it.each([
    'tune',
    'tune2',
    'tune3',
    'styles',
    'styles2',
    'styles3',
    'styles4',
    'styles5',
    'styles6',
    'styles7',
    'styles8',
  ])('%s quotes its articles word for word and names only speakers it lists', (set) => {
    expect(problems(set)).toEqual([]);
  });
});
