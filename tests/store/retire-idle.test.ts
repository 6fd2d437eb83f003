import {existsSync, readdirSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';

// A batch index stops each worker as soon as every job of its round is in some worker's hands and this one holds
// none (src/store/indexer.ts), so a thread's teardown runs beside the other's last articles. Threads are counted
// from /proc (Linux).
const threads = (): number => readdirSync('/proc/self/task').length;
const articles = join(import.meta.dirname, '../../articles');
const job = (n: number): {path: string; id: string} => {
  const name = readdirSync(articles).filter((f) => f.endsWith('.md'))[n] as string;
  return {path: join(articles, name), id: name};
};

async function until(test: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!test() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
  return test();
}

describe.skipIf(!existsSync('/proc/self/task'))('retiring the idle workers of a pool', () => {
  // libuv's thread pool starts its threads on first use, all at once: started before anything is counted.
  beforeAll(() => stat(import.meta.dirname));
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  it('stops the workers that hold no job, keeps the one that does, and starts one again for a later job', async () => {
    const pool = createWorkerPool({script, size: 2});
    let both = 0;
    try {
      pool.startAll?.();
      expect(await pool.version()).toEqual(expect.any(Number));
      both = threads();
      // One worker busy with an extraction, the other idle.
      const busy = pool.extract(job(0));
      pool.retireIdle?.();
      expect(pool.held?.()).toEqual([1]);
      // Its thread ends without anyone waiting for it.
      expect(await until(() => threads() === both - 1)).toBe(true);
      const out = await busy;
      expect(out.ok).toBe(true);
      // The busy one is idle now: retired too, and the pool has no worker left.
      pool.retireIdle?.();
      expect(pool.held?.()).toEqual([]);
      expect(await until(() => threads() === both - 2)).toBe(true);
      // A job after it starts a worker again.
      const again = await pool.read(job(1));
      expect(again.ok).toBe(true);
      expect(pool.held?.()).toEqual([0]);
      expect(threads()).toBe(both - 1);
    } finally {
      await pool.close();
    }
    // close waits for every thread, the retired ones' too.
    expect(threads()).toBe(both - 2);
  });
});
