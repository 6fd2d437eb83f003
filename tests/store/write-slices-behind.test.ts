import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {aroundWrites, articleText, countingPool} from './fixtures.js';

// A reader whose writes fall behind its extraction (a first index of thousands of files: the workers answer
// faster than 12 ms slices of writes take them) keeps to its slices, and its lanes wait instead of the queue
// growing. Written all at once when far behind, one transaction held the reader's keys for hundreds of ms.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const TEXTS = 60;
const BATCH = 2;

/** Indexes TEXTS distinct texts, recording the analyses each write transaction stored and the queue's depth. */
async function indexWatching(writeSliceMs?: number) {
  const files: Record<string, string> = {};
  for (let i = 0; i < TEXTS; i++)
    files[`n${i}.md`] = articleText(
      `Harbour note ${i}`,
      `Ada Varga opened berth ${i}. Tobias Renn closed it.`,
    );
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: tempDir(files)});
  open.push(s);
  const stored = (): number => (s.db.prepare('SELECT count(*) AS n FROM analyses').get() as {n: number}).n;
  const perTransaction: number[] = [];
  // The event loop's turns so far, and the turn each write transaction that stored analyses ran in.
  let turn = 0;
  let ticking = true;
  const tick = (): void => {
    turn += 1;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const turnOf: number[] = [];
  aroundWrites(s, (run) => {
    const before = stored();
    const result = run();
    perTransaction.push(stored() - before);
    if (stored() > before) turnOf.push(turn);
    return result;
  });
  // Results the pool has answered but the store has not yet written, at each job handed to the pool.
  const inner = countingPool();
  let answered = 0;
  const queued: number[] = [];
  const pool = {
    ...inner,
    extract: async (...args: Parameters<typeof inner.extract>) => {
      queued.push(answered - stored());
      const outcome = await inner.extract(...args);
      answered += 1;
      return outcome;
    },
  };
  const summary = await startIndexing(s, {
    pool,
    batchSize: BATCH,
    ...(writeSliceMs === undefined ? {} : {writeSliceMs}),
  }).done;
  ticking = false;
  expect(summary.extracted).toBe(TEXTS);
  expect(stored()).toBe(TEXTS);
  // The most write transactions that ran in one turn of the event loop.
  const inTurn = new Map<number, number>();
  for (const t of turnOf) inTurn.set(t, (inTurn.get(t) ?? 0) + 1);
  const most = Math.max(...inTurn.values());
  return {perTransaction, queued, most};
}

describe('a background index whose writes fall behind', () => {
  it('writes one result a slice with a zero slice, however far behind', async () => {
    const {perTransaction} = await indexWatching(0);
    expect(Math.max(...perTransaction)).toBe(1);
  });

  it('writes one slice a turn of the event loop, so keys are read between slices', async () => {
    const {most} = await indexWatching(0);
    // A turn as counted here runs from one check phase to the next: a slice due on a timer and the next slice (an
    // immediate) can both fall in it, with the poll phase, where keys are read, between them. Written from each
    // result's handler, every slice of a burst of results ran in one turn (60 here).
    expect(most).toBeLessThanOrEqual(2);
  });

  it('holds its lanes while the queue is long, so the queue stays a few batches deep', async () => {
    const {queued} = await indexWatching(0);
    // Four batches queued, plus the jobs that were already with the pool when the lanes began to wait.
    expect(Math.max(...queued)).toBeLessThanOrEqual(4 * BATCH + 4);
    expect(Math.max(...queued)).toBeGreaterThan(0);
  });

  it('a batch index (no slices) writes a full batch at a time', async () => {
    const {perTransaction} = await indexWatching();
    expect(Math.max(...perTransaction)).toBe(BATCH);
  });
});
