import type {EntityKind} from '../extract/index.js';
import type {EntityRecord} from '../store/types.js';

/** One search hit: the entity, its score and the name, alias or other name that matched. */
export interface EntitySearchResult {
  entity: EntityRecord;
  /** 0 best: 0 the whole form, 0.05 whole words, 0.1 word starts, 0.2 and up close matches by typos. */
  score: number;
  /** The form that matched, as written. */
  matched: string;
  /** `matched` is a gazetteer's other name for the place ("Kyiv (also Kiev)"), not a form an article used. */
  alternate?: boolean;
  /** How it matched, in words, for `--explain`: "the whole name", "whole words", "word starts", "1 typo". */
  how: string;
}

/** Fuzzy search over the library's entities; built once, queried on every keystroke. */
export interface EntitySearch {
  search(query: string, options?: {limit?: number; kind?: EntityKind}): EntitySearchResult[];
}
