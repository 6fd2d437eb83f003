export type {
  ArticlePage,
  ArticlePageAfter,
  ListCursor,
  ArticleRecord,
  EntityArticle,
  EntityOccurrence,
  EntityRecord,
  IndexingHandle,
  IndexProgress,
  Store,
  TextHit,
} from './types.js';
export {entityKey, normaliseName} from './entity-key.js';
export {mergeEntities, mergeForms, occurrenceIn, entitiesOf, articleEntities} from './entity-index.js';
export {openSqliteStore, type SqliteStore, type SqliteStoreOptions} from './sqlite-store.js';
export {startIndexing, type IndexOptions, type IndexRun, type IndexSummary} from './indexer.js';
export {createInlinePool, type ExtractionPool, type Job} from './pool.js';
export {createWorkerPool, findWorkerScript} from './worker-pool.js';
export {defaultDbPath} from './paths.js';
export {formatProgress} from './progress.js';
