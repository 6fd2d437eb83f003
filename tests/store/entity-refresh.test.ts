import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, fakeAnalyze, harbourLibrary} from './fixtures.js';

// A re-analysis takes every text's old mentions away: the entity records of the keys that lost mentions are
// recomputed from all their mentions. A run puts that off (index-writes.ts, at most 15 s) instead of doing it with
// every write batch, marks the records stale meanwhile, and a run that dies before doing it leaves it to the next.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const storeOf = (root: string): SqliteStore => {
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
  open.push(s);
  return s;
};

/** The second extractor: Tobias Renn is no longer found, and each note's berth is a place. */
const secondAnalyze = (a: Article): Analysis => {
  const first = fakeAnalyze(a);
  return {
    ...first,
    people: first.people.filter((p) => p.name !== 'Tobias Renn'),
    places: [{name: 'Berth', aliases: [], mentions: 1}],
  };
};

const staleMarks = (s: SqliteStore): number =>
  s.db.prepare<[], {n: number}>("SELECT count(*) AS n FROM meta WHERE key LIKE 'entities-stale:%'").get()
    ?.n ?? 0;

const records = (s: SqliteStore): string[] =>
  s
    .listEntities()
    .map((e) => `${e.kind}:${e.name}:${e.articleCount}:${e.mentions}`)
    .sort();

/** countingPool(version, analyze), calling `answering()` before each extraction answers. */
function watched(version: number, analyze: (a: Article) => Analysis, answering: () => void): ExtractionPool {
  const inner = countingPool(version, analyze);
  return {
    ...inner,
    extract: async (job, ahead) => {
      answering();
      return inner.extract(job, ahead);
    },
  };
}

describe('entity records during a re-analysis', () => {
  it('lag the mentions within the run, marked stale, and end as a first index with the new extractor makes them', async () => {
    const root = harbourLibrary();
    const s = storeOf(root);
    await startIndexing(s, {pool: countingPool(1)}).done;
    expect(records(s)).toContain('person:Tobias Renn:24:24');

    const seen: number[] = [];
    const summary = await startIndexing(s, {
      // A write per result: several batches while the texts are analysed again.
      batchSize: 1,
      pool: watched(2, secondAnalyze, () => seen.push(staleMarks(s))),
    }).done;
    expect(summary.extracted).toBe(12);
    // After the first results went in, the records of the keys they took mentions from were left for later.
    expect(seen.some((n) => n === 1)).toBe(true);
    expect(staleMarks(s)).toBe(0);

    const fresh = storeOf(root);
    await startIndexing(fresh, {pool: countingPool(2, secondAnalyze)}).done;
    expect(records(s)).toEqual(records(fresh));
    expect(records(s).some((r) => r.includes('Tobias Renn'))).toBe(false);
  });

  it('are rebuilt by the next run when a run left them stale', async () => {
    const root = harbourLibrary();
    const s = storeOf(root);
    await startIndexing(s, {pool: countingPool(1)}).done;
    const right = records(s);
    // What a run killed between a write and the rebuild it put off leaves: records behind their mentions.
    s.db.prepare("UPDATE entities SET article_count = 999 WHERE name = 'Ada Varga'").run();
    s.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(`entities-stale:${root}`, '1');
    const summary = await startIndexing(s, {pool: countingPool(1)}).done;
    expect(summary.extracted).toBe(0);
    expect(records(s)).toEqual(right);
    expect(staleMarks(s)).toBe(0);
  });
});
