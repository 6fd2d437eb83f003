import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import type {IndexProgress} from '../../src/store/types.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary} from './fixtures.js';

// A first index reads every file before it analyses any: its progress says so ("reading 12/24 files") instead of
// "analysing 0/24" standing still.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

describe('progress of a run reading new files', () => {
  it('counts the files read, then the texts analysed', async () => {
    const root = harbourLibrary();
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
    open.push(s);
    const seen: IndexProgress[] = [];
    const run = startIndexing(s, {pool: countingPool(), progressEveryMs: 0});
    run.subscribe((p) => seen.push(p));
    await run.done;
    const reads = seen.filter((p) => p.reading).map((p) => p.reading);
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((r) => r?.total === 24)).toBe(true);
    expect(reads.at(-1)?.done).toBe(24);
    // Once analysis begins, no report speaks of reading.
    const firstAnalysing = seen.findIndex((p) => !p.reading && p.total === 12);
    expect(firstAnalysing).toBeGreaterThan(0);
    expect(seen.slice(firstAnalysing).some((p) => p.reading)).toBe(false);
  });
});
