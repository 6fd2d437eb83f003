import type {Analysis} from '../extract/index.js';
import type {Article} from '../library/index.js';
import {createEntitySearch, type EntitySearch, type EntitySearchResult} from '../search/index.js';
import type {EntityOccurrence, Store} from '../store/index.js';
import type {KindFilter} from './state/app-state.js';

/** Cached reads from the store for one data version: the screens and the key handler ask the same questions. */
export interface ViewData {
  /** The data version these caches belong to. */
  readonly version: number;
  article(id: string): Article | null;
  /** Null while the article is not analysed yet. */
  analysis(id: string): Analysis | null;
  /** Entity search results; the index is built on first use. */
  results(query: string, kind: KindFilter): EntitySearchResult[];
  occurrences(key: string): EntityOccurrence[];
}

/** Most results a query shows: more is noise, and it bounds the cost of a keystroke. */
export const RESULT_LIMIT = 200;

function memo<T>(read: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, read(key));
    return cache.get(key) as T;
  };
}

/** Read-through caches over the store; make a new one whenever the store's data changed (indexing progress). */
export function createViewData(store: Store, version = 0): ViewData {
  let search: EntitySearch | null = null;
  let last: {query: string; kind: KindFilter; results: EntitySearchResult[]} | null = null;
  return {
    version,
    article: memo((id) => store.getArticle(id)),
    analysis: memo((id) => store.getAnalysis(id)),
    occurrences: memo((key) => store.entityOccurrences(key)),
    results(query, kind) {
      if (last && last.query === query && last.kind === kind) return last.results;
      search ??= createEntitySearch(store.listEntities());
      const results = search.search(query, {limit: RESULT_LIMIT, ...(kind === 'all' ? {} : {kind})});
      last = {query, kind, results};
      return results;
    },
  };
}
