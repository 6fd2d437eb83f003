import Fuse from 'fuse.js';
import type {EntityRecord} from '../store/types.js';
import {buildCandidateIndex} from './candidates.js';
import {fold} from './fold.js';
import type {EntitySearch, EntitySearchResult} from './types.js';

export type {EntitySearch, EntitySearchResult} from './types.js';
export {fold} from './fold.js';

const FUSE_OPTIONS = {
  keys: ['name', 'aliases'],
  includeScore: true,
  includeMatches: true,
  threshold: 0.4,
  ignoreLocation: true,
  ignoreDiacritics: true,
  // Field-length norms let a short name that merely shares letters ("Star") beat the name meant ("Keir Starmer").
  ignoreFieldNorm: true,
};

/** Scores given to direct matches (fuse.js's scale: 0 best), so every result carries one. */
const DIRECT_SCORE = [0, 0.05, 0.1] as const;

// Fuzzy candidates handed to fuse.js per keystroke at most: it is the costly step.
const FUZZY_MAX = 60;

/**
 * Builds the fuzzy entity search. A word index narrows 50,000 entities to a few hundred candidates; those that
 * contain the query (whole form, word start, inside a word) rank first, in that order, and fuse.js ranks the
 * rest (typos) only when the direct matches do not already fill the limit. Ties go to prominence (articles,
 * then mentions). `search` is synchronous: a caller that renders its result can never show an older query's.
 */
export function createEntitySearch(records: readonly EntityRecord[]): EntitySearch {
  const index = buildCandidateIndex(records);
  return {
    search(query, options = {}) {
      const q = fold(query);
      if (q === '') return [];
      const limit = options.limit ?? 50;
      const picked = index.candidates(q, Math.max(100, limit + FUZZY_MAX), options.kind);
      const ranked: {result: EntitySearchResult; rank: number; at: number}[] = [];
      const fuzzy: number[] = [];
      for (const i of picked) {
        const {rank, form} = index.direct(i, q);
        const entity = index.entities[i] as EntityRecord;
        if (rank === null) fuzzy.push(i);
        else
          ranked.push({
            result: {entity, score: DIRECT_SCORE[rank], matched: index.forms[i]?.[form] ?? entity.name},
            rank,
            at: i,
          });
      }
      if (ranked.length < limit && fuzzy.length > 0) {
        const pool = fuzzy.slice(0, FUZZY_MAX);
        const fuse = new Fuse(
          pool.map((i) => index.entities[i] as EntityRecord),
          FUSE_OPTIONS,
        );
        for (const r of fuse.search(query.trim())) {
          const score = r.score ?? 1;
          ranked.push({
            result: {entity: r.item, score, matched: String(r.matches?.[0]?.value ?? r.item.name)},
            rank: 3 + Math.floor(score * 10),
            at: pool[r.refIndex] ?? 0,
          });
        }
      }
      // Index order is prominence order, so `at` breaks ties between equally good matches.
      ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
      return ranked.slice(0, limit).map((r) => r.result);
    },
  };
}
