import {kindOf, unitOf, type FactKind} from './facts/units.js';
import {STOP} from './facts/cues.js';
import {skipReason} from './facts/filters.js';
import {MAX_FACTS, MIN_SCORE, scoreValue} from './facts/rank.js';
import {factText} from './facts/text.js';
import {findNumbers, numbersIn, tokenize, type NumberMention, type Token} from './numbers.js';
import type {Sentence, Stage} from './pipeline.js';
import type {Fact, FactValue} from './types.js';

interface Scored {
  m: NumberMention;
  unit: string;
  kind: FactKind;
  score: number;
  /** Last token of the unit phrase, so the fact's text keeps what is counted. */
  unitEnd: number;
}

interface Candidate {
  fact: Fact;
  score: number;
  index: number;
}

/** Finds the key numeric facts of an article, most important first (see `factsStage`). */
export function findFacts(sentences: readonly Sentence[], title: string): Fact[] {
  const titleValues = new Set(numbersIn(title).map((m) => m.value));
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    const scored: Scored[] = [];
    for (const m of findNumbers(tokens)) {
      if (skipReason(m, tokens, s.text)) continue;
      const unit = unitOf(m, tokens);
      const kind = kindOf(m, unit, tokens);
      const score = scoreValue(m, kind, tokens, s.text, {index: s.index, titleValues});
      scored.push({m, unit, kind, score, unitEnd: unitEnd(m, tokens, unit)});
    }
    if (scored.length === 0) continue;
    candidates.push(...sentenceFacts(s, tokens, scored));
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  return dedupe(candidates.filter((c) => c.score >= MIN_SCORE)).slice(0, MAX_FACTS);
}

// One fact for the numbers the text around the best number holds; the numbers it leaves out make another.
function sentenceFacts(s: Sentence, tokens: readonly Token[], scored: Scored[]): Candidate[] {
  const out: Candidate[] = [];
  let rest = [...scored].sort((a, b) => b.score - a.score);
  while (rest.length > 0) {
    const [best, ...others] = rest as [Scored, ...Scored[]];
    const text = factText(s.text, tokens, [best, ...others].map(span), [best, ...others].map((v) => v.unitEnd));
    const inText = [best, ...others.filter((v) => text.includes(s.text.slice(v.m.start, v.m.end)))];
    // The best number first, then the others in the order the sentence gives them.
    const ordered = [best, ...inText.slice(1).sort((a, b) => a.m.start - b.m.start)];
    const values: FactValue[] = ordered.map((v) => ({value: v.m.value, unit: v.unit}));
    const extra = Math.min(1.5, 0.5 * (inText.length - 1));
    out.push({fact: {text, sentence: s.text, values}, score: best.score + extra, index: s.index});
    rest = others.filter((v) => !inText.includes(v));
  }
  return out;
}

const span = (v: Scored): {from: number; to: number} => ({from: v.m.first, to: v.m.last});

function unitEnd(m: NumberMention, tokens: readonly Token[], unit: string): number {
  // "a three-day voyage": the noun after a compound is what the compound describes.
  if (m.compound) {
    const noun = tokens[m.last + 3];
    return noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !STOP.has(noun.text) ? m.last + 3 : m.last + 2;
  }
  if (!unit || unit === '%') return m.last;
  const last = unit.split(/[\s-]/).pop()?.toLowerCase();
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 8); k++) {
    if (tokens[k]?.text.toLowerCase() === last) return k;
  }
  return m.last;
}

// The same number with the same unit is one fact: keep its best-ranked statement, drop the values it repeats.
function dedupe(candidates: readonly Candidate[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const c of candidates) {
    const fresh = c.fact.values.filter((v) => !seen.has(key(v)));
    if (fresh.length === 0) continue;
    for (const v of c.fact.values) seen.add(key(v));
    out.push({...c.fact, values: fresh});
  }
  return out;
}

const key = (v: FactValue): string => `${v.value}|${v.unit.toLowerCase().replace(/s$/, '')}`;

/** Finds and ranks key numeric facts. */
export const factsStage: Stage = {
  name: 'facts',
  needs: ['sentences'],
  fills: ['facts'],
  run: (doc) => {
    doc.facts = findFacts(doc.sentences, doc.input.title);
  },
};
