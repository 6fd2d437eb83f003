import {join} from 'node:path';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {
  BATCH_FLAGS,
  BATCH_INITIAL_OLD_SPACE_MB,
  tunedWorkerFlags,
  WORKER_LIMITS,
} from '../../src/store/worker-start.js';
import {tunedV8Flags} from '../../src/store/v8-flags.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A batch index starts its workers with a larger old generation (BATCH_INITIAL_OLD_SPACE_MB), a V8 flag of the
// process set when its first pool starts a worker: workers made after it start with that heap, the main thread keeps
// its own. Vitest runs each test file in its own process, so the flag set here reaches no other file.

const script = findWorkerScript();
if (!script) throw new Error('no built worker: run npm run build');

/** The most V8 takes for a first old generation: half of the heap's limit. */
const MOST_MB = WORKER_LIMITS.maxOldGenerationSizeMb / 2;

/** Full (mark-compact) collections a new worker runs while keeping ~24 MB of small objects alive. */
function majorCollections(): Promise<number> {
  const code = `
    const {parentPort} = require('node:worker_threads');
    const {PerformanceObserver, constants} = require('node:perf_hooks');
    let major = 0;
    const seen = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
    });
    seen.observe({entryTypes: ['gc']});
    const kept = [];
    for (let i = 0; i < 300000; i++) kept.push({i, word: 'harbour ' + i});
    setTimeout(() => { seen.disconnect(); parentPort.postMessage(major + (kept.length > 0 ? 0 : 1)); }, 50);
  `;
  const worker = new Worker(code, {
    eval: true,
    resourceLimits: {maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128},
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (n: number) => {
      void worker.terminate();
      resolve(n);
    });
    worker.once('error', reject);
  });
}

describe('the batch workers’ first old generation', () => {
  it('is the most V8 takes under the workers’ limits, in the batch flags', () => {
    // A worker of a cold index of the 280 shipped articles then runs no mark-compact (bench README, s53f).
    expect(BATCH_INITIAL_OLD_SPACE_MB).toBe(64);
    expect(BATCH_INITIAL_OLD_SPACE_MB).toBe(MOST_MB);
    expect(BATCH_FLAGS.initialOldSpaceMb).toBe(BATCH_INITIAL_OLD_SPACE_MB);
  });

  it('is set for the workers started after the first pool', async () => {
    const before = await majorCollections();
    const dir = tempDir({
      'harbour.md': articleText('Harbour opens', 'Ada Varga said the harbour would open.'),
    });
    const pool = createWorkerPool({script: script ?? '', size: 1, ...BATCH_FLAGS});
    try {
      const outcome = await pool.extract({path: join(dir, 'harbour.md'), id: '1'});
      expect(outcome.ok).toBe(true);
    } finally {
      await pool.close();
    }
    expect(tunedV8Flags()).toContainEqual([
      '--initial-old-space-size',
      String(BATCH_INITIAL_OLD_SPACE_MB),
      '0',
    ]);
    // The code cache folder is named by the flags (a cache made under 48 MB is not offered to these workers).
    expect(tunedWorkerFlags()).toContain(`-old-${BATCH_INITIAL_OLD_SPACE_MB}`);
    // With V8's default a worker keeping ~24 MB collects in full at least once on the way; from 64 MB it needs none.
    expect(before).toBeGreaterThan(0);
    expect(await majorCollections()).toBe(0);
  }, 60_000);
});
