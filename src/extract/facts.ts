import {isPlural, kindOf, linked, unitOf, type FactKind} from './facts/units.js';
import {CASUALTY, DURATIONS, MEASURES, STOP} from './facts/cues.js';
import {skipReason, type SkipReason} from './facts/filters.js';
import {FLOOR_SCORE, MAX_FACTS, MIN_FACTS, MIN_SCORE, scoreValue} from './facts/rank.js';
import {factText} from './facts/text.js';
import {findNumbers, numbersIn, tokenize, type NumberMention, type Token} from './numbers.js';
import type {Sentence, Stage} from './pipeline.js';
import {captionParagraphs} from './summary/filters.js';
import type {Fact, FactValue} from './types.js';

/**
 * Most numbers one sentence may hold for its facts to be read. Writing a sentence's facts compares its numbers with
 * one another (work that grows with their square, times the sentence); a sentence of more numbers than this is a
 * table or a dump, not a statement, and gives no facts.
 */
export const MAX_NUMBERS_PER_SENTENCE = 40;

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
    const found = findNumbers(tokens);
    if (found.length > MAX_NUMBERS_PER_SENTENCE) continue;
    const mentions = shareRanges(found, tokens);
    const reasons = rangeReasons(
      mentions,
      mentions.map((m) => skipReason(m, tokens, s.text)),
      tokens,
    );
    mentions.forEach((m, i) => {
      if (reasons[i]) return;
      const unit = unitOf(m, tokens, mentions[i + 1]);
      if (namesSomething(m, tokens, unit)) return;
      const kind = kindOf(m, unit, tokens);
      const score = scoreValue(m, kind, tokens, s.text, {index: s.index, titleValues});
      scored.push({m, unit, kind, score, unitEnd: unitEnd(m, tokens, unit)});
    });
    if (scored.length === 0) continue;
    candidates.push(...sentenceFacts(s, tokens, scored));
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  // Details below MIN_SCORE make the list only when the article has too few facts to fill a fact box
  // (MIN_FACTS), which is when a reader wants them.
  const kept = dedupe(candidates.filter((c) => c.score >= FLOOR_SCORE));
  const strong = kept.filter((f) => f.score >= MIN_SCORE);
  const facts = strong.length >= MIN_FACTS ? strong : kept.slice(0, MIN_FACTS);
  return facts.slice(0, MAX_FACTS).map((f) => f.fact);
}

// One fact for the numbers the text around the best number holds; the numbers it leaves out make another.
function sentenceFacts(s: Sentence, tokens: readonly Token[], scored: Scored[]): Candidate[] {
  const out: Candidate[] = [];
  let rest = [...scored].sort((a, b) => b.score - a.score);
  while (rest.length > 0) {
    const [best, ...others] = rest as [Scored, ...Scored[]];
    const text = factText(
      s.text,
      tokens,
      [best, ...others].map(span),
      [best, ...others].map((v) => v.unitEnd),
    );
    // The numbers the text shows, once each ("a total of 54 delegates" said twice is one value).
    const shown = others.filter((v) => text.includes(s.text.slice(v.m.start, v.m.end)));
    const inText = [
      best,
      ...shown.filter((v, i) => key(v) !== key(best) && shown.findIndex((w) => key(w) === key(v)) === i),
    ];
    // The best number first, then the others in the order the sentence gives them.
    const ordered = [best, ...inText.slice(1).sort((a, b) => a.m.start - b.m.start)];
    const values: FactValue[] = ordered.map((v) => ({value: v.m.value, unit: v.unit}));
    const extra = Math.min(1.5, 0.5 * (inText.length - 1));
    out.push({fact: {text, sentence: s.text, values}, score: best.score + extra, index: s.index});
    rest = others.filter((v) => !inText.includes(v));
  }
  return out;
}

// Numbers that name rather than count, seen from what follows them: "the 707 involved", "10 Downing Street",
// "a Six Flags park". A count is followed by what it counts, which is plural or a measure.
function namesSomething(m: NumberMention, tokens: readonly Token[], unit: string): boolean {
  if (m.percent || m.currency || m.scaled || m.compound || m.suffix) return false;
  const words = unit.split(' ');
  const head = words[words.length - 1] ?? '';
  const counted =
    isPlural(head) ||
    MEASURES.has(head.toLowerCase()) ||
    DURATIONS.has(head.toLowerCase()) ||
    CASUALTY.has(head.toLowerCase());
  if (counted) return false;
  const next = tokens[m.last + 1];
  if (next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && unit !== '' && m.value < 1000) return true;
  return !m.words && tokens[m.first - 1]?.text.toLowerCase() === 'the';
}

// Both ends of a range are the same kind of thing: "between the ages of 14 and 18", "March 15 to 17",
// "41-50 years old". A date, age, year or time at one end makes the other one too.
function rangeReasons(
  mentions: readonly NumberMention[],
  reasons: (SkipReason | null)[],
  tokens: readonly Token[],
): (SkipReason | null)[] {
  const carried = (r: SkipReason | null): boolean =>
    !!r && r !== 'reference' && r !== 'conversion' && r !== 'identifier';
  const out = [...reasons];
  for (let pass = 0; pass < 2; pass++) {
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (!next || !linked(tokens, m.last + 1, next.first)) return;
      if (!out[i] && carried(out[i + 1] ?? null)) out[i] = out[i + 1] ?? null;
      if (!out[i + 1] && carried(out[i] ?? null)) out[i + 1] = out[i] ?? null;
      // "posts 250 and 251", "the 737 and 747": a bare number joined to a code is a code too.
      const bare = tokens[next.last + 1]?.kind !== 'word';
      if (!out[i + 1] && out[i] === 'identifier' && bare && !next.words) out[i + 1] = 'identifier';
    });
  }
  return out;
}

// "between US$300 and 400 billion": the first end of a range takes the scale and the currency of the second.
function shareRanges(mentions: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || !linked(tokens, m.last + 1, next.first) || next.first - m.last > 2) return;
    if (next.factor && !m.scaled && m.value < 1000) {
      m.value *= next.factor;
      m.scaled = true;
      m.factor = next.factor;
    }
    if (m.currency && !next.currency) next.currency = m.currency;
  });
  return mentions;
}

const span = (v: Scored): {from: number; to: number} => ({from: v.m.first, to: v.m.last});

function unitEnd(m: NumberMention, tokens: readonly Token[], unit: string): number {
  // "a three-day voyage": the noun after a compound is what the compound describes.
  if (m.compound) {
    const noun = tokens[m.last + 3];
    return noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !STOP.has(noun.text)
      ? m.last + 3
      : m.last + 2;
  }
  let end = m.last;
  const last = unit.split(/[\s-]/).pop()?.toLowerCase();
  if (unit && unit !== '%') {
    for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 8); k++) {
      if (tokens[k]?.text.toLowerCase() === last) {
        end = k;
        break;
      }
    }
  }
  // A rate keeps what it is per: "US$473.60 per metric ton", "$15 an hour".
  if (
    ['per', 'a', 'an'].includes(tokens[end + 1]?.text.toLowerCase() ?? '') &&
    (m.currency || unit.includes(' per '))
  ) {
    let k = end + 2;
    while (k < end + 4 && tokens[k]?.kind === 'word' && !STOP.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
    if (k > end + 2) end = k - 1;
  }
  return end;
}

// The same number with the same unit is one fact: keep its best-ranked statement, drop the values it repeats.
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const fresh = c.fact.values.filter((v) => !seen.has(key(v)));
    if (fresh.length === 0) continue;
    for (const v of c.fact.values) seen.add(key(v));
    out.push({...c, fact: {...c.fact, values: fresh}});
  }
  return out;
}

const key = (v: FactValue | Scored): string =>
  'm' in v ? `${v.m.value}|${norm(v.unit)}` : `${v.value}|${norm(v.unit)}`;
const norm = (unit: string): string => unit.toLowerCase().replace(/s$/, '');
/** Finds and ranks key numeric facts. */
export const factsStage: Stage = {
  name: 'facts',
  needs: ['sentences'],
  fills: ['facts'],
  run: (doc) => {
    // Photo captions ("Protesters at the march. Image: …") describe pictures, not the news.
    const captions = captionParagraphs(doc.sentences);
    doc.facts = findFacts(
      doc.sentences.filter((s) => !captions.has(s.paragraph)),
      doc.input.title,
    );
  },
};
