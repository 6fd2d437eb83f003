import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createWorkerPool} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';

// A worker that runs out of memory on an article (a 5 MB file of prose did, at the workers' 128 MB): the article is
// unanalysable, with a reason in the user's terms, as one out of time is, not a failure to try at every run.
const HUNGRY = `
  import {parentPort} from 'node:worker_threads';
  parentPort.on('message', (request) => {
    if (request.kind === 'version') return parentPort.postMessage({seq: request.seq, kind: 'version', version: 1});
    parentPort.postMessage({seq: request.seq, kind: 'started'});
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  });
`;

describe('an article a worker runs out of memory on', () => {
  it('is unanalysable, too large to analyse, in one line', async () => {
    const dir = tempDir();
    const script = join(dir, 'hungry-worker.mjs');
    writeFileSync(script, HUNGRY);
    const pool = createWorkerPool({script, size: 1});
    try {
      const outcome = await pool.extract({path: join(dir, 'big.md'), id: 'big'});
      expect(outcome).toMatchObject({
        ok: false,
        unanalysable: true,
        reason: expect.stringMatching(/^too large to analyse \(it needs more than the 128 MB of memory/),
      });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
