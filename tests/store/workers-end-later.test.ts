import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary} from './fixtures.js';

// `brief index` closes its store and writes its summary while the last worker's thread ends (IndexOptions'
// `endWorkersLater`): the run's `done` comes before the pool's close has, `workersEnded` after it. Without the
// option (the reader, `brief search`) `done` still waits for the threads.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/** countingPool whose close ends only when `end` is called, counting the closes asked for. */
function slowClosingPool(): ExtractionPool & {end: () => void; closes: () => number; ended: () => boolean} {
  const inner = countingPool();
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let closes = 0;
  let ended = false;
  return {
    ...inner,
    close: async () => {
      closes += 1;
      await gate;
      await inner.close();
      ended = true;
    },
    end: () => release(),
    closes: () => closes,
    ended: () => ended,
  };
}

function newStore(): SqliteStore {
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: harbourLibrary()});
  open.push(s);
  return s;
}

describe("a batch run's workers ending after its summary", () => {
  it('gives the summary and the scan record before the pool has closed, and says when it has', async () => {
    const s = newStore();
    const pool = slowClosingPool();
    const run = startIndexing(s, {pool, endWorkersLater: true});
    const summary = await run.done;
    expect(summary.extracted).toBe(12);
    // Asked to close once (the scan record's turn and the run's end share it), not ended yet.
    expect(pool.closes()).toBe(1);
    expect(pool.ended()).toBe(false);
    // Every result is written and the scan record left for the next run.
    const count = (sql: string): number => (s.db.prepare(sql).get() as {n: number}).n;
    expect(count('SELECT count(*) AS n FROM analyses')).toBe(12);
    expect(count('SELECT count(*) AS n FROM scan_records')).toBe(1);
    let ended = false;
    const waiting = run.workersEnded.then(() => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ended).toBe(false);
    pool.end();
    await waiting;
    expect(pool.ended()).toBe(true);
  });

  it('waits for the pool before the summary without the option', async () => {
    const s = newStore();
    const pool = slowClosingPool();
    const run = startIndexing(s, {pool});
    let done = false;
    void run.done.then(() => (done = true));
    while (pool.closes() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    pool.end();
    const summary = await run.done;
    expect(summary.extracted).toBe(12);
    expect(pool.ended()).toBe(true);
    await run.workersEnded;
  });
});
