import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {READ_DEPTH} from '../../src/store/index-jobs.js';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A worker holds up to READ_DEPTH reads at once (so it keeps reading while the main thread writes): each answer must
// still reach the read that asked for it, and a bad file among them fails alone.
describe('reads held many at a time by one worker', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  it('answers every read with its own file, more reads than the depth in flight', async () => {
    const n = READ_DEPTH + 8;
    const files: Record<string, string> = {'empty.md': ''};
    for (let i = 0; i < n; i++)
      files[`a${i}.md`] = articleText(
        `Harbour report ${i}`,
        `Ada Varga said berth ${i} would open on Monday.`,
      );
    const dir = tempDir(files);
    const pool = createWorkerPool({script, size: 1});
    try {
      const jobs = [...Object.keys(files)].map((name) => ({
        path: join(dir, name),
        id: name.replace('.md', ''),
      }));
      const outcomes = await Promise.all(jobs.map((job) => pool.read(job)));
      for (const [i, outcome] of outcomes.entries()) {
        const name = jobs[i]?.id ?? '';
        if (name === 'empty') {
          expect(outcome.ok).toBe(false);
          continue;
        }
        expect(outcome.ok && outcome.article.title).toBe(`Harbour report ${name.slice(1)}`);
        expect(outcome.ok && outcome.article.path).toBe(join(dir, `${name}.md`));
      }
    } finally {
      await pool.close();
    }
  });
});
