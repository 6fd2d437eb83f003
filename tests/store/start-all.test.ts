import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {threads, threadsReaching} from '../helpers/threads.js';

// A first index starts its workers before the library's walk (src/cli/index-command.ts): startAll spawns every
// thread of the pool at once, where a pool otherwise starts each on a job. Threads are counted from /proc (Linux).
describe.skipIf(!existsSync('/proc/self/task'))('a pool told to start all its workers', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  it('starts none before a job, and all of them on startAll', async () => {
    const before = threads();
    const pool = createWorkerPool({script, size: 2});
    try {
      expect(threads()).toBe(before);
      pool.startAll?.();
      // The first Worker is its own thread from the moment it is made; the second once the first runs.
      expect(threads()).toBeGreaterThanOrEqual(before + 1);
      expect(await threadsReaching(before + 2)).toBeGreaterThanOrEqual(before + 2);
      expect(await pool.version()).toEqual(expect.any(Number));
    } finally {
      await pool.close();
    }
  });
});
