import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BATCH_DEPTH, createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A batch pool (`brief index`) lets each worker hold BATCH_DEPTH extraction jobs while many wait, so the workers
// keep extracting through the main thread's long writes; with few left, two, so the last go to whichever worker is
// free first. A reader's pool always holds two.
describe('extraction jobs a worker holds', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  const library = (n: number) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++)
      files[`a${i}.md`] = articleText(
        `Harbour report ${i}`,
        `Ada Varga said berth ${i} would open on Monday.`,
      );
    const dir = tempDir(files);
    return Object.keys(files).map((name) => ({path: join(dir, name), id: name.replace('.md', '')}));
  };

  it('holds BATCH_DEPTH each while enough wait, two each once few do, and answers every job', async () => {
    const pool = createWorkerPool({script, size: 2, extractDepth: BATCH_DEPTH});
    try {
      expect(pool.backlog).toBe(4 * BATCH_DEPTH);
      const many = library(4 * BATCH_DEPTH);
      const outcomes = many.map((job) => pool.extract(job));
      // Handed over as they were submitted, before any answer: the queue could fill both deep queues.
      expect(pool.held?.()).toEqual([BATCH_DEPTH, BATCH_DEPTH]);
      const done = await Promise.all(outcomes);
      expect(done.every((o) => o.ok)).toBe(true);
      expect(pool.held?.()).toEqual([0, 0]);
      // Fewer waiting than the deep queues hold: two each, the rest wait in the pool.
      const few = library(2 * BATCH_DEPTH).map((job) => pool.extract(job));
      expect(pool.held?.()).toEqual([2, 2]);
      expect((await Promise.all(few)).every((o) => o.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('holds two in a pool that does not ask for more', async () => {
    const pool = createWorkerPool({script, size: 2});
    try {
      expect(pool.backlog).toBe(4);
      const outcomes = library(4 * BATCH_DEPTH).map((job) => pool.extract(job));
      expect(pool.held?.()).toEqual([2, 2]);
      expect((await Promise.all(outcomes)).every((o) => o.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
