import {dirname} from 'node:path';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';

/**
 * The SQLite store on a private `:memory:` database holding `articles` as the indexer would store them, with
 * `analyses[id]` as their analyses (an article without one is "not analysed yet"). Tests of the UI read the
 * same store the app reads, so there is one store behaviour to test, not a twin to keep in step.
 */
export function seededStore(
  articles: readonly Article[],
  analyses: Record<string, Analysis> = {},
  root = articles[0] ? dirname(articles[0].path) : '/lib',
): SqliteStore {
  const store = openSqliteStore({dbPath: ':memory:', root});
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  store.db.transaction(() => {
    for (const article of articles) writer.putArticle(store.root, article, affected);
    for (const article of articles) {
      const analysis = analyses[article.id];
      if (analysis) writer.putAnalysis(article.hash, 1, analysis, affected);
    }
    writer.refreshEntities(affected);
  })();
  return store;
}
