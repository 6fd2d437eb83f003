import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ReadOutcome} from '../../src/store/pool.js';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A worker keeps the whole articles its reads sent (src/store/extraction-server.ts), and the pool hands each
// article's extraction to the worker that read it, without the article, while that worker is as free as the others
// (src/store/worker-pool.ts). An extraction on the read's article is answered without it, and the pool's outcome
// carries the very article its read returned.
describe('reads kept in the worker that made them', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  const article = (read: ReadOutcome) => {
    if (!read.ok) throw new Error(read.reason);
    return read.article;
  };

  it('extracts an article in the worker that read it when that worker is as free as any', async () => {
    const dir = tempDir({
      'harbour.md': articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.'),
      'bridge.md': articleText('Bridge closes', 'Ben Okafor said the bridge would close.'),
    });
    const [harbour, bridge] = ['harbour', 'bridge'].map((id) => ({path: join(dir, `${id}.md`), id}));
    if (!harbour || !bridge) throw new Error('no jobs');
    const pool = createWorkerPool({script, size: 2});
    try {
      // Submitted together: the first worker reads the harbour, the second (started for it) the bridge.
      const [readHarbour, readBridge] = await Promise.all([pool.read(harbour), pool.read(bridge)]);
      // Both workers idle: the bridge goes to the second, which read it (the first idle one took it before).
      const extracted = pool.extract(bridge);
      expect(pool.held?.()).toEqual([0, 1]);
      const outcome = await extracted;
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(outcome.article).toBe(article(readBridge as ReadOutcome));
      expect(outcome.analysis.people.map((p) => p.name)).toEqual(['Ben Okafor']);
      const other = await pool.extract(harbour);
      expect(other.ok && other.article).toBe(article(readHarbour as ReadOutcome));
    } finally {
      await pool.close();
    }
  });

  it("sends a stopped worker's kept articles to its replacement with their extraction", async () => {
    const dir = tempDir({
      'stall.md': articleText('Numbers', 'It went on and on: 1, 2, 3.'),
      'next.md': articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.'),
    });
    const [stall, next] = ['stall', 'next'].map((id) => ({path: join(dir, `${id}.md`), id}));
    if (!stall || !next) throw new Error('no jobs');
    process.env.BRIEF_STALL_TITLE = 'Numbers';
    // Budget of 3 s: a cold worker's first article under load took over 1 s (budget.test.ts).
    const pool = createWorkerPool({script, size: 1, budgetMs: 3000});
    try {
      const readNext = await pool.read(next);
      await pool.read(stall);
      // The one worker holds both; stopped on the first, it takes the other's kept article down with it.
      const [stalled, outcome] = await Promise.all([pool.extract(stall), pool.extract(next)]);
      expect(stalled).toMatchObject({ok: false, unanalysable: true});
      if (!outcome.ok) throw new Error(outcome.reason);
      // Answered on the article the pool sent the new worker, not on one that worker read again.
      expect(outcome.article).toBe(article(readNext));
      expect(outcome.analysis.people.map((p) => p.name)).toEqual(['Ada Varga']);
    } finally {
      delete process.env.BRIEF_STALL_TITLE;
      await pool.close();
    }
  });
});
