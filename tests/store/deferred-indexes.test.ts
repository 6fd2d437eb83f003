import {join} from 'node:path';
import Database from 'better-sqlite3';
import {describe, expect, it} from 'vitest';
import {DEFERRED_INDEXES, missingIndexes, pauseIndexes} from '../../src/store/deferred-indexes.js';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {LATE_INDEXES} from '../../src/store/schema.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool, indexStoppedAtFirstJob, storeOpener, watchingPool} from './fixtures.js';

const store = storeOpener();

/** A library of `n` one-paragraph stories, a0.md … (each naming its own person, and Lima). */
function stories(n: number): string {
  return tempDir(
    Object.fromEntries(
      Array.from({length: n}, (_, i) => [
        `a${i}.md`,
        articleText(`Story ${i}`, `Maria Sanchez${i} spoke in Lima on Tuesday.`),
      ]),
    ),
  );
}

/** How SQLite reads the articles naming an entity: through mentions_by_key, or by scanning every mention. */
const entityPlan = (db: Database.Database): string =>
  db
    .prepare<[], {detail: string}>(
      "EXPLAIN QUERY PLAN SELECT fid, mentions FROM mentions WHERE key = 'place:lima'",
    )
    .all()
    .map((r) => r.detail)
    .join('; ');

describe('indexes a first index makes once at its end', () => {
  it('are all ones an open makes where missing', () => {
    for (const name of DEFERRED_INDEXES) expect(LATE_INDEXES[name], name).toBeDefined();
  });

  it('are missing while the jobs are handed over, and all there when the run ends', async () => {
    const s = store(stories(12));
    const missingAtJob: number[] = [];
    const pool = watchingPool(() => missingAtJob.push(missingIndexes(s.db).length));
    const summary = await startIndexing(s, {pool, deferTextIndexAt: 1}).done;
    expect(summary.extracted).toBe(12);
    expect(missingAtJob).toHaveLength(12);
    expect(missingAtJob.every((n) => n === DEFERRED_INDEXES.length)).toBe(true);
    expect(missingIndexes(s.db)).toEqual([]);
    expect(entityPlan(s.db)).toContain('mentions_by_key');
    // What the indexes serve is the same as when they were kept row by row.
    const rowByRow = store(stories(12));
    await startIndexing(rowByRow, {pool: countingPool(), deferTextIndexAt: Infinity}).done;
    const people = (db: Database.Database) =>
      db.prepare('SELECT key, article_count, mentions FROM entities ORDER BY key').all();
    expect(people(s.db)).toEqual(people(rowByRow.db));
  });

  it('are made once the last job is in the workers’ hands, before its answer is written', async () => {
    const s = store(stories(12));
    const inner = countingPool();
    // Each answer comes a little after its job (as a worker's would); how many indexes are missing as it comes.
    const missingAtAnswer: number[] = [];
    const pool: ExtractionPool = {
      ...inner,
      extract: async (job, ahead) => {
        const answer = await inner.extract(job, ahead);
        await new Promise((resolve) => setTimeout(resolve, 5));
        missingAtAnswer.push(missingIndexes(s.db).length);
        return answer;
      },
    };
    const summary = await startIndexing(s, {pool, deferTextIndexAt: 1}).done;
    expect(summary.extracted).toBe(12);
    expect(missingAtAnswer[0]).toBe(DEFERRED_INDEXES.length);
    // The last answers come after the last job went out: the indexes are there by then.
    expect(missingAtAnswer.at(-1)).toBe(0);
    expect(entityPlan(s.db)).toContain('mentions_by_key');
  });

  it('are kept row by row by a run with few new files', async () => {
    const s = store(stories(3));
    const missingAtJob: number[] = [];
    const pool = watchingPool(() => missingAtJob.push(missingIndexes(s.db).length));
    await startIndexing(s, {pool, deferTextIndexAt: Infinity}).done;
    expect(missingAtJob).toEqual([0, 0, 0]);
  });

  it('are made again when a run is stopped while the first jobs are extracted', async () => {
    const s = store(stories(12));
    await indexStoppedAtFirstJob(s, {deferTextIndexAt: 1});
    expect(missingIndexes(s.db)).toEqual([]);
  });

  it('are made by the next open when a run died without them', async () => {
    const root = stories(4);
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    first.close();
    // What a run killed mid-way leaves: the indexes dropped.
    const raw = new Database(dbPath);
    raw.transaction(() => pauseIndexes(raw))();
    expect(missingIndexes(raw)).toEqual([...DEFERRED_INDEXES]);
    expect(entityPlan(raw)).not.toContain('mentions_by_key');
    raw.close();

    const again = store(root, dbPath);
    expect(missingIndexes(again.db)).toEqual([]);
    expect(entityPlan(again.db)).toContain('mentions_by_key');
  });
});
