import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createWorkerPool} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';

// An article's time budget counts its worker thread's CPU from its extraction's start (worker-pool.ts). The CPU a
// worker spent before it (loading the extractor, reading other files: at a large first index every read comes
// before the first extraction) is not the article's: charged to it, a first article held up on a busy machine
// was recorded as too long to analyse for good, as under the old rule on the clock.
const BUSY_BEFORE = `
  import {readFileSync, readlinkSync} from 'node:fs';
  import {parentPort} from 'node:worker_threads';
  const thread = readlinkSync('/proc/thread-self').split('/').pop();
  // The thread's utime + stime in ms (at Linux's 100 ticks a second).
  const cpu = () => {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  parentPort.on('message', (request) => {
    if (request.kind === 'version') return parentPort.postMessage({seq: request.seq, kind: 'version', version: 1});
    // 1.5 s of CPU before the extraction begins, then 2.5 s held up without any (other programs hold the cores).
    const from = cpu();
    while (cpu() - from < 1500);
    parentPort.postMessage({seq: request.seq, kind: 'started', thread, cpuMs: cpu()});
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
    parentPort.postMessage({seq: request.seq, kind: 'outcome', outcome: {ok: false, reason: 'finished'}});
  });
`;

describe.runIf(existsSync('/proc/thread-self/stat'))("the time budget's CPU", () => {
  it("starts at the article's extraction, not at the worker's last answer", async () => {
    const dir = tempDir();
    const script = join(dir, 'busy-before.mjs');
    writeFileSync(script, BUSY_BEFORE);
    const pool = createWorkerPool({script, size: 1, budgetMs: 1000});
    try {
      expect(await pool.extract({path: join(dir, 'a.md'), id: 'a'})).toEqual({ok: false, reason: 'finished'});
    } finally {
      await pool.close();
    }
  }, 30_000);
});
