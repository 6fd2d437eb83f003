import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary} from './fixtures.js';

// A batch index writes its reads once as many wait as are still to come, so that the last reads are not held up by
// one big write of all the others, nor followed by it (the first extraction waits for the reads to be written).

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/** Reads answered one at a time, a few ms apart; calls `answering()` as each is about to answer. */
function oneReadAtATime(answering: () => void): ExtractionPool {
  const inner = countingPool();
  let last: Promise<unknown> = Promise.resolve();
  return {
    ...inner,
    size: 1,
    read: (job) => {
      const next = last.then(async () => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        answering();
        return inner.read(job);
      });
      last = next;
      return next;
    },
  };
}

function storedFiles(s: SqliteStore): number {
  return s.db.prepare<[], {n: number}>('SELECT count(*) AS n FROM files').get()?.n ?? 0;
}

describe('the reads of a batch index', () => {
  it('are written as they run out, half of those left at a time', async () => {
    // 24 files: written after the 12th read, the 18th, the 21st, the 23rd and the 24th.
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: harbourLibrary()});
    open.push(s);
    const storedBefore: number[] = [];
    const summary = await startIndexing(s, {
      // Neither a full batch nor the batch's timer writes anything before the reads end.
      batchSize: 1000,
      flushEveryMs: 60_000,
      pool: oneReadAtATime(() => storedBefore.push(storedFiles(s))),
    }).done;
    expect(summary.added).toBe(24);
    expect(storedBefore).toHaveLength(24);
    expect(storedBefore.slice(0, 12).every((n) => n === 0)).toBe(true);
    expect(storedBefore[12]).toBe(12);
    expect(storedBefore[18]).toBe(18);
    expect(storedBefore.at(-1)).toBe(23);
    expect(storedFiles(s)).toBe(24);
  });

  it('wait for their batch when the run writes in slices (under a reader)', async () => {
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: harbourLibrary()});
    open.push(s);
    const storedBefore: number[] = [];
    await startIndexing(s, {
      batchSize: 1000,
      flushEveryMs: 60_000,
      writeSliceMs: 50,
      pool: oneReadAtATime(() => storedBefore.push(storedFiles(s))),
    }).done;
    expect(storedBefore.every((n) => n === 0)).toBe(true);
    expect(storedFiles(s)).toBe(24);
  });
});
