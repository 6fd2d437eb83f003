import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool} from './fixtures.js';

// Asking a pool for its extractor's version starts a worker that loads the whole extractor (~0.8 s of CPU). A
// library with no files has nothing to extract: its first run, on a new database, must not ask.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/** countingPool, counting the times it is asked for its version. */
function askedPool(): ExtractionPool & {asked: () => number} {
  const inner = countingPool(7);
  let asked = 0;
  return {
    ...inner,
    version: () => {
      asked += 1;
      return inner.version();
    },
    asked: () => asked,
  };
}

describe('an index of a library with no files', () => {
  it('does not ask the pool for its version, and says none', async () => {
    const root = join(tempDir(), 'news');
    mkdirSync(root);
    const store = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
    open.push(store);
    const pool = askedPool();
    const summary = await startIndexing(store, {pool}).done;
    expect(pool.asked()).toBe(0);
    expect(summary.files).toBe(0);
    expect(summary.extractorVersion).toBeNull();
  });

  it('asks once a file is there, and extracts it', async () => {
    const root = join(tempDir(), 'news');
    mkdirSync(root);
    writeFileSync(
      join(root, 'harbour.md'),
      '# Harbour reopens\n\nThe harbour at Portmere reopened on Monday.\n',
    );
    const store = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
    open.push(store);
    const pool = askedPool();
    const summary = await startIndexing(store, {pool}).done;
    expect(pool.asked()).toBe(1);
    expect(summary.extracted).toBe(1);
    expect(summary.extractorVersion).toBe(7);
  });
});
