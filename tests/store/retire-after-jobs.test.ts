import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

// A batch index tells its pool to retire idle workers once every extraction job is in a worker's hands, never
// before; a reader's run (write slices) keeps its workers for the next change.
function library(n: number): {dir: string; db: string} {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++)
    files[`a${i}.md`] = articleText(`Harbour ${i}`, `Ada Varga said the harbour would open on day ${i}.`);
  return {dir: tempDir(files), db: join(tempDir(), 'brief.db')};
}

function watched(): ExtractionPool & {handed: number; retiredAfter: number[]} {
  const inner = countingPool();
  const pool = {
    ...inner,
    handed: 0,
    retiredAfter: [] as number[],
    extract: (job: Parameters<ExtractionPool['extract']>[0], ahead?: boolean) => {
      pool.handed += 1;
      return inner.extract(job, ahead);
    },
    retireIdle: () => void pool.retiredAfter.push(pool.handed),
  };
  return pool;
}

describe('retiring the workers at the end of an index', () => {
  it('happens in a batch run only once all its jobs were handed over', async () => {
    const {dir, db} = library(12);
    const s = openSqliteStore({dbPath: db, root: dir});
    open.push(s);
    const pool = watched();
    const summary = await startIndexing(s, {pool}).done;
    expect(summary.extracted).toBe(12);
    expect(pool.retiredAfter.length).toBeGreaterThan(0);
    expect(pool.retiredAfter.every((handed) => handed === 12)).toBe(true);
  });

  it('never happens in a reader run', async () => {
    const {dir, db} = library(5);
    const s = openSqliteStore({dbPath: db, root: dir});
    open.push(s);
    const pool = watched();
    const summary = await startIndexing(s, {pool, writeSliceMs: 8}).done;
    expect(summary.extracted).toBe(5);
    expect(pool.retiredAfter).toEqual([]);
  });
});
