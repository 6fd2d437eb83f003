// Numbers joined by "and", "or" or a comma ("235 Democrats and 199 Republicans", "598 drones and 31 missiles") are
// one phrase: a fact's text holds all of them or none, so that it never starts or ends between them ("Democrats and
// 199 Republicans, voted …").
import type {Token} from '../numbers.js';
import type {Span} from './clause.js';
import {IRREGULAR_VERBS, NUMBER_MODIFIERS, STOP} from './vocabulary.js';

/** Most words of what the first number counts, between it and the connector ("235 Democrats and"). */
const MAX_UNIT_WORDS = 3;

const lower = (t: Token | undefined): string => (t ? t.lower : '');

/**
 * Whether the number at span `b` is joined to the one at span `a` before it: between them only what `a` counts
 * (words that are neither function words nor verbs), then "and", "or", a comma or ", and", then the modifiers of
 * `b` ("and at least 45"). "killed 5 people and injured 20" joins two clauses, not two numbers.
 */
export function coordinated(tokens: readonly Token[], a: Span, b: Span): boolean {
  if (b.from <= a.to) return false;
  let k = b.from - 1;
  while (k > a.to && NUMBER_MODIFIERS.has(lower(tokens[k]))) k--;
  let connectors = 0;
  while (k > a.to && (['and', 'or'].includes(lower(tokens[k])) || tokens[k]?.text === ',')) {
    connectors++;
    k--;
  }
  if (connectors === 0 || connectors > 2) return false;
  if (k - a.to > MAX_UNIT_WORDS) return false;
  for (let j = a.to + 1; j <= k; j++) {
    const t = tokens[j];
    const w = lower(t);
    if (t?.kind !== 'word' || STOP.has(w) || IRREGULAR_VERBS.has(w) || /^\p{Ll}+ed$/u.test(t.text))
      return false;
  }
  return true;
}

/** For each span, the indices of the spans joined to it, itself included (chains: "A, B and C"). */
export function coordinationGroups(tokens: readonly Token[], spans: readonly Span[]): number[][] {
  const order = spans.map((_, i) => i).sort((i, j) => (spans[i] as Span).from - (spans[j] as Span).from);
  const groupOf = spans.map((_, i) => [i]);
  for (let n = 1; n < order.length; n++) {
    const i = order[n - 1] as number;
    const j = order[n] as number;
    if (!coordinated(tokens, spans[i] as Span, spans[j] as Span)) continue;
    const merged = [...new Set([...(groupOf[i] as number[]), ...(groupOf[j] as number[])])];
    for (const m of merged) groupOf[m] = merged;
  }
  return groupOf;
}
