export type {ArticleRecord, EntityOccurrence, EntityRecord, IndexingHandle, IndexProgress, Store} from './types.js';
export {createMemoryStore, type Analyzer} from './memory-store.js';
export {entityKey, normaliseName} from './entity-key.js';
export {mergeEntities, occurrenceIn, entitiesOf} from './entity-index.js';
