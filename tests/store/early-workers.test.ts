import {existsSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {BATCH_DEPTH, createWorkerPool} from '../../src/store/worker-pool.js';
import {
  BATCH_FLAGS,
  endEarlyWorkers,
  findWorkerScript,
  startEarlyWorkers,
  takeEarlyWorker,
} from '../../src/store/worker-start.js';
import {join} from 'node:path';
import {articleText} from './fixtures.js';
import {tempDir} from '../helpers/temp-dir.js';
import {threads, threadsReaching} from '../helpers/threads.js';

// A first index's workers start from the command's entry (src/cli/early-workers.ts), before the command's pool is
// made; the pool takes them instead of starting its own. Threads are counted from /proc (Linux).
describe.skipIf(!existsSync('/proc/self/task'))('workers started before their pool', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  it('are taken by a batch pool of the same script and cache, which starts no others', async () => {
    const before = threads();
    startEarlyWorkers(script, 2, null);
    expect(threads()).toBeGreaterThanOrEqual(before + 1);
    const started = await threadsReaching(before + 2);
    expect(started).toBeGreaterThanOrEqual(before + 2);
    const pool = createWorkerPool({
      script,
      size: 2,
      cacheDir: null,
      extractDepth: BATCH_DEPTH,
      ...BATCH_FLAGS,
    });
    try {
      pool.startAll?.();
      expect(threads()).toBe(started);
      expect(takeEarlyWorker(script, null)).toBeNull();
      const lib = tempDir();
      const path = join(lib, 'a.md');
      writeFileSync(path, articleText('Harbour opens', 'Mayor Ana Lopez opened the harbour on Monday.'));
      const outcome = await pool.extract({path, id: 'a'});
      expect(outcome.ok).toBe(true);
    } finally {
      await pool.close();
    }
    expect(threads()).toBe(before);
  });

  it('are not taken by a pool with another code cache, and end with endEarlyWorkers', async () => {
    const before = threads();
    startEarlyWorkers(script, 1, null);
    expect(takeEarlyWorker(script, '/elsewhere')).toBeNull();
    expect(await threadsReaching(before + 1)).toBeGreaterThanOrEqual(before + 1);
    await endEarlyWorkers();
    expect(takeEarlyWorker(script, null)).toBeNull();
    expect(threads()).toBe(before);
  });
});
