import type {EntityKind} from '../extract/index.js';
import type {EntityRecord} from '../store/types.js';

/** One search hit: the entity, fuse.js's score (0 best) and the name or alias that matched. */
export interface EntitySearchResult {
  entity: EntityRecord;
  score: number;
  matched: string;
}

/** Fuzzy search over the library's entities; built once, queried on every keystroke. */
export interface EntitySearch {
  search(query: string, options?: {limit?: number; kind?: EntityKind}): EntitySearchResult[];
}
