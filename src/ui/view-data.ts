import type {Analysis} from '../extract/index.js';
import type {Article} from '../library/index.js';
import {createEntitySearch, type EntitySearch, type EntitySearchResult} from '../search/index.js';
import type {ArticleRecord, EntityOccurrence, Store} from '../store/index.js';
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

// A store read that fails (a locked or damaged database, a file gone) must not take the reader down with it:
// the screen shows what it would show for missing data, and the next data version asks again.
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function memo<T>(read: (key: string) => T, fallback: T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, safely(() => read(key), fallback));
    return cache.get(key) as T;
  };
}

/** The store's articles, or none when it cannot say. */
export function listArticles(store: Store): ArticleRecord[] {
  return safely(() => store.listArticles(), []);
}

/** Read-through caches over the store; make a new one whenever the store's data changed (indexing progress). */
export function createViewData(store: Store, version = 0): ViewData {
  let search: EntitySearch | null = null;
  let last: {query: string; kind: KindFilter; results: EntitySearchResult[]} | null = null;
  return {
    version,
    article: memo((id) => store.getArticle(id), null),
    analysis: memo((id) => store.getAnalysis(id), null),
    occurrences: memo((key) => store.entityOccurrences(key), []),
    results(query, kind) {
      if (last && last.query === query && last.kind === kind) return last.results;
      search ??= createEntitySearch(safely(() => store.listEntities(), []));
      const results = safely(() => search?.search(query, {limit: RESULT_LIMIT, ...(kind === 'all' ? {} : {kind})}) ?? [], []);
      last = {query, kind, results};
      return results;
    },
  };
}
