import Fuse from 'fuse.js';
import type {EntityRecord} from '../store/types.js';
import {buildCandidateIndex} from './candidates.js';
import {fold} from './fold.js';
import type {EntitySearch, EntitySearchResult} from './types.js';

export type {EntitySearch, EntitySearchResult} from './types.js';
export {fold} from './fold.js';

const FUSE_OPTIONS = {keys: ['name', 'aliases'], includeScore: true, includeMatches: true, threshold: 0.4, ignoreLocation: true, ignoreDiacritics: true, ignoreFieldNorm: true};

/** How a form matched, best first: the whole form, a word start, inside a word, then fuse.js's fuzzy score. */
function matchRank(forms: readonly string[], q: string, score: number): number {
  if (forms.some((f) => f === q)) return 0;
  if (forms.some((f) => f.startsWith(q) || f.includes(` ${q}`))) return 1;
  if (forms.some((f) => f.includes(q))) return 2;
  return 3 + Math.floor(score * 10);
}

/**
 * Builds the fuzzy entity search. fuse.js ranks, but only over a few hundred candidates picked through a
 * trigram / word-start index, so a keystroke costs the same with 500 entities or 50,000. Results are ranked
 * by how they match (exact, word start, inside, fuzzy), then by prominence (articles, then mentions).
 * `search` is synchronous: a caller that renders its result can never show an older query's answer.
 */
export function createEntitySearch(records: readonly EntityRecord[]): EntitySearch {
  const index = buildCandidateIndex(records);
  return {
    search(query, options = {}) {
      const q = fold(query);
      if (q === '') return [];
      const limit = options.limit ?? 50;
      const picked = index.candidates(q, Math.max(100, Math.ceil(limit * 1.5)), options.kind);
      if (picked.length === 0) return [];
      const fuse = new Fuse(picked.map((i) => index.entities[i] as EntityRecord), FUSE_OPTIONS);
      const ranked = fuse.search(query.trim()).map((r) => {
        const at = picked[r.refIndex] ?? 0;
        const result: EntitySearchResult = {entity: r.item, score: r.score ?? 1, matched: String(r.matches?.[0]?.value ?? r.item.name)};
        return {result, rank: matchRank(index.forms[at] ?? [], q, result.score), at};
      });
      // Index order is prominence order, so `at` breaks ties between equally good matches.
      ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
      return ranked.slice(0, limit).map((r) => r.result);
    },
  };
}
