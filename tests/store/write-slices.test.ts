import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary} from './fixtures.js';

// A reader indexing behind its screen writes in short transactions with turns of the event loop between them, so
// keys are answered while a batch of results goes in (a batch of texts with many copies each took seconds).

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/** Indexes `root` counting write transactions and timer turns that ran while the indexer was writing. */
async function indexCounting(root: string, writeSliceMs?: number) {
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
  open.push(s);
  let transactions = 0;
  const transaction = s.db.transaction.bind(s.db);
  // Counted where the indexer commits: each write is an immediate transaction.
  s.db.transaction = ((fn: Parameters<typeof transaction>[0]) => {
    const inner = transaction(fn);
    return Object.assign((...args: unknown[]) => inner(...(args as [])), {
      default: inner.default,
      deferred: inner.deferred,
      exclusive: inner.exclusive,
      immediate: (...args: unknown[]) => {
        transactions += 1;
        return inner.immediate(...(args as []));
      },
    });
  }) as typeof s.db.transaction;
  const summary = await startIndexing(s, {
    pool: countingPool(),
    batchSize: 64,
    ...(writeSliceMs === undefined ? {} : {writeSliceMs}),
  }).done;
  return {s, summary, transactions};
}

describe('write transactions of a background index', () => {
  it('writes result by result with a zero slice, and stores the same as one batch', async () => {
    const root = harbourLibrary();
    const whole = await indexCounting(root);
    const sliced = await indexCounting(root, 0);
    expect(sliced.summary.extracted).toBe(12);
    expect(sliced.transactions).toBeGreaterThanOrEqual(whole.transactions + 12);
    const names = (s: SqliteStore) =>
      s
        .listEntities()
        .map((e) => `${e.name}:${e.articleCount}`)
        .sort();
    expect(names(sliced.s)).toEqual(names(whole.s));
    expect(sliced.s.listArticles()).toHaveLength(24);
  });
});
