import {join} from 'node:path';
import {extract, EXTRACTOR_VERSION, toExtractInput} from '../../src/extract/index.js';
import {startIndexing} from '../../src/store/indexer.js';
import {createInlinePool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';

/** The shipped articles/ folder. */
export const SHIPPED = join(import.meta.dirname, '../../articles');

/**
 * The shipped library indexed by the real extractor into a private in-memory database, as the reader would
 * index it: what search, linking and the query set are measured on.
 */
export async function shippedStore(): Promise<SqliteStore> {
  const store = openSqliteStore({dbPath: ':memory:', root: SHIPPED});
  const pool = createInlinePool((a) => extract(toExtractInput(a)), EXTRACTOR_VERSION);
  await startIndexing(store, {pool, flushEveryMs: 0}).done;
  return store;
}
