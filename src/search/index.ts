import Fuse from 'fuse.js';
import type {EntityRecord} from '../store/types.js';
import type {EntitySearch, EntitySearchResult} from './types.js';

export type {EntitySearch, EntitySearchResult} from './types.js';

/** Builds the fuzzy entity search. First cut: one Fuse index over names and aliases (the store issue narrows it). */
export function createEntitySearch(entities: readonly EntityRecord[]): EntitySearch {
  const fuse = new Fuse(entities, {keys: ['name', 'aliases'], includeScore: true, includeMatches: true, threshold: 0.4, ignoreLocation: true});
  return {
    search(query, options = {}) {
      const q = query.trim();
      if (q === '') return [];
      const results: EntitySearchResult[] = fuse.search(q).map((r) => ({
        entity: r.item,
        score: r.score ?? 1,
        matched: String(r.matches?.[0]?.value ?? r.item.name),
      }));
      const filtered = options.kind ? results.filter((r) => r.entity.kind === options.kind) : results;
      return filtered.slice(0, options.limit ?? 50);
    },
  };
}
