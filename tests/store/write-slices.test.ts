import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {READ_DEPTH} from '../../src/store/index-jobs.js';
import {aroundWrites, articleText, countingPool, harbourLibrary} from './fixtures.js';

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
  aroundWrites(s, (run) => {
    transactions += 1;
    return run();
  });
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

describe('the read pass of a background index', () => {
  // More files than the reads kept in flight (READ_DEPTH per worker), so that some wait for the first to end.
  const FILES = 2 * 2 * READ_DEPTH + 10;

  /** The files read so far (the progress reports' count) at each turn of the event loop during the run. */
  async function readsAtEachTurn(writeSliceMs?: number): Promise<number[]> {
    const files: Record<string, string> = {};
    for (let i = 0; i < FILES; i++)
      files[`n${i}.md`] = articleText(`Harbour note ${i}`, `Berth ${i} opened.`);
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: tempDir(files)});
    open.push(s);
    const run = startIndexing(s, {
      pool: countingPool(),
      progressEveryMs: 0,
      ...(writeSliceMs === undefined ? {} : {writeSliceMs}),
    });
    let read = 0;
    run.subscribe((p) => {
      if (p.reading) read = p.reading.done;
    });
    const seen: number[] = [];
    let ticking = true;
    const tick = (): void => {
      seen.push(read);
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const summary = await run.done;
    ticking = false;
    expect(summary.added).toBe(FILES);
    return seen;
  }

  // Replies that come as fast as the main thread takes them (a worker's port hands up to 1,000 over in one go; an
  // inline pool's in one run of promise jobs) held every timer of the reader for seconds: its writes, its redraws.
  it('gives the event loop turns between reads in the reader (write slices), so it redraws and writes', async () => {
    expect((await readsAtEachTurn(0)).some((n) => n > 0 && n < FILES)).toBe(true);
  });

  it('a batch index (no write slices) reads without giving turns', async () => {
    expect((await readsAtEachTurn()).some((n) => n > 0 && n < FILES)).toBe(false);
  });
});
