import {fold, type EntitySearch, type EntitySearchResult} from '../../src/search/index.js';
import type {QueryCase} from './query-set.js';

/** How one query fared: the rank of the expected first result (1-based, 0 when absent) and any forbidden hits. */
export interface QueryOutcome {
  case: QueryCase;
  rank: number;
  /** Reciprocal rank; for a query that should find nothing, 1 when it finds nothing. */
  rr: number;
  violations: string[];
  top: string[];
}

function names(r: EntitySearchResult): string[] {
  return [r.entity.name, ...r.entity.aliases].map(fold);
}

/** Runs every case and reports per-query outcomes and the mean reciprocal rank. */
export function evaluate(
  search: EntitySearch,
  cases: readonly QueryCase[],
  limit = 20,
): {outcomes: QueryOutcome[]; mrr: number} {
  const outcomes = cases.map((c): QueryOutcome => {
    const results = search.search(c.query, {limit, ...(c.kind ? {kind: c.kind} : {})});
    const top = results.slice(0, 5).map((r) => r.entity.name);
    const violations: string[] = [];
    for (const n of c.never ?? [])
      if (results.some((r) => fold(r.entity.name) === fold(n))) violations.push(`${n} shown`);
    for (const n of c.notTop3 ?? [])
      if (results.slice(0, 3).some((r) => fold(r.entity.name) === fold(n))) violations.push(`${n} in top 3`);
    if (c.first === null) return {case: c, rank: 0, rr: results.length === 0 ? 1 : 0, violations, top};
    const want = fold(c.first);
    const at = results.findIndex((r) => names(r).includes(want));
    return {case: c, rank: at + 1, rr: at < 0 ? 0 : 1 / (at + 1), violations, top};
  });
  const mrr = outcomes.reduce((s, o) => s + o.rr, 0) / Math.max(1, outcomes.length);
  return {outcomes, mrr};
}
