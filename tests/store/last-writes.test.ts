import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {LAST_WRITES_MS, startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary} from './fixtures.js';

// A batch index holds its results for a batch (256 or a second's worth in `brief index`) but writes those of its
// last jobs soon after they come, so the run does not end with one big write after the workers are done.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/**
 * One job at a time, each taking `ms`; calls `answering(n)` as the n-th extraction job is about to answer. `size`:
 * the workers it says it has (one at work, the others idle).
 */
function slowPool(ms: number, answering: (n: number) => void, size = 1): ExtractionPool {
  const inner = countingPool();
  let n = 0;
  return {
    ...inner,
    size,
    backlog: 1,
    extract: async (job, ahead) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      answering(++n);
      return inner.extract(job, ahead);
    },
  };
}

/** A store of `root` in a new database, and a count of the analyses it holds. */
function storeCounting(root: string): {s: SqliteStore; analyses: () => number} {
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
  open.push(s);
  const analyses = (): number =>
    s.db.prepare<[], {n: number}>('SELECT count(*) AS n FROM analyses').get()?.n ?? 0;
  return {s, analyses};
}

describe('the last results of a batch index', () => {
  it('are written before the run ends, the earlier ones held for their batch', async () => {
    const {s, analyses} = storeCounting(harbourLibrary());
    const storedBefore: number[] = [];
    const summary = await startIndexing(s, {
      // Neither a full batch nor the batch's timer writes anything before the run ends.
      batchSize: 1000,
      flushEveryMs: 60_000,
      pool: slowPool(LAST_WRITES_MS * 1.5, () => storedBefore.push(analyses())),
    }).done;
    expect(summary.extracted).toBe(12);
    // Nothing written while most jobs ran; before the last job answers, what the others found is in the store.
    expect(storedBefore.slice(0, 11).every((n) => n === 0)).toBe(true);
    expect(storedBefore.at(-1)).toBe(11);
    expect(analyses()).toBe(12);
  });

  it('are all written before the last job answers once a worker has no job left', async () => {
    const {s, analyses} = storeCounting(harbourLibrary());
    const storedBefore: number[] = [];
    await startIndexing(s, {
      batchSize: 1000,
      flushEveryMs: 60_000,
      // Jobs far shorter than LAST_WRITES_MS: held for it, the results of the last few were still waiting.
      pool: slowPool(LAST_WRITES_MS / 5, () => storedBefore.push(analyses()), 2),
    }).done;
    // With one job left the other worker is idle: what was held is written beside it, not after it.
    expect(storedBefore.at(-1)).toBe(11);
    expect(analyses()).toBe(12);
  });

  it('are held like the rest when the run writes in slices (under a reader)', async () => {
    const {s, analyses} = storeCounting(harbourLibrary());
    const storedBefore: number[] = [];
    await startIndexing(s, {
      batchSize: 1000,
      flushEveryMs: 60_000,
      writeSliceMs: 50,
      pool: slowPool(20, () => storedBefore.push(analyses())),
    }).done;
    expect(storedBefore.every((n) => n === 0)).toBe(true);
    expect(analyses()).toBe(12);
  });
});
