import type {EntityKind} from '../extract/index.js';
import type {EntityRecord} from '../store/types.js';

/** One search hit: the entity, its score (0 best: fuse.js's for typos, 0 / 0.05 / 0.1 for whole-form, word-start and inside-word matches) and the name or alias that matched. */
export interface EntitySearchResult {
  entity: EntityRecord;
  score: number;
  matched: string;
}

/** Fuzzy search over the library's entities; built once, queried on every keystroke. */
export interface EntitySearch {
  search(query: string, options?: {limit?: number; kind?: EntityKind}): EntitySearchResult[];
}
