import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cachedDataVersionTag} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {gateArrivals} from '../../src/store/flag-gate.js';
import {BATCH_DEPTH, createWorkerPool} from '../../src/store/worker-pool.js';
import {
  BATCH_FLAGS,
  earlyFlagGate,
  findWorkerScript,
  startEarlyWorkers,
} from '../../src/store/worker-start.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A first index's workers start under V8's default flags, so that they bootstrap from Node's own code cache (taken
// under the defaults), and the batch's flags come into force once they and the main thread arrived at a gate
// (src/store/flag-gate.ts). V8's cachedDataVersionTag hashes the flags in force. Vitest runs each test file in its
// own process, so the flags set here reach no other file.

const script = findWorkerScript();
if (!script) throw new Error('no built worker: run npm run build');

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the entry’s workers', () => {
  it('start under V8’s defaults and wait for the main thread before the batch’s flags', async () => {
    const defaults = cachedDataVersionTag();
    startEarlyWorkers(script ?? '', 2, null);
    expect(cachedDataVersionTag()).toBe(defaults);
    const gate = earlyFlagGate();
    expect(gate).not.toBeNull();
    // Both workers booted and wait: the flags are still V8's defaults.
    await until(() => (gate ? gateArrivals(gate) : 0) >= 2);
    expect(gate && gateArrivals(gate)).toBe(2);
    expect(cachedDataVersionTag()).toBe(defaults);
    const pool = createWorkerPool({
      script: script ?? '',
      size: 2,
      cacheDir: null,
      extractDepth: BATCH_DEPTH,
      ...BATCH_FLAGS,
    });
    try {
      pool.startAll?.();
      // The main thread arrived last: the flags are in force for the whole process.
      expect(cachedDataVersionTag()).not.toBe(defaults);
      const path = join(tempDir(), 'a.md');
      writeFileSync(path, articleText('Harbour opens', 'Mayor Ana Lopez opened the harbour on Monday.'));
      const outcome = await pool.extract({path, id: 'a'});
      expect(outcome.ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
