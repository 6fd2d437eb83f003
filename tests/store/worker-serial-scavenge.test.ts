import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tunedV8Flags} from '../../src/store/v8-flags.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A batch index scavenges without V8's helper threads (BATCH_SERIAL_SCAVENGE), a V8 flag of the process set when its
// first pool starts a worker; V8 refuses a code cache taken under other flags, so the workers' cache sits in a folder
// named after it. Vitest runs each test file in its own process, so the flag set here reaches no other file.

const script = findWorkerScript();
if (!script) throw new Error('no built worker: run npm run build');

describe('the batch workers’ young-generation collections', () => {
  it('run on one thread once a pool asks for it, with the code cache kept apart', async () => {
    expect(tunedV8Flags()).not.toContainEqual(['--parallel-scavenge', 'false', 'true']);
    // The first worker writes its cache after 24 articles (src/store/index-worker.ts), before it takes the 25th.
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++)
      files[`a${i}.md`] = articleText(`Harbour ${i}`, `Ada Varga said the harbour would open on day ${i}.`);
    const dir = tempDir(files);
    const cacheDir = tempDir();
    const pool = createWorkerPool({script: script ?? '', size: 1, cacheDir, serialScavenge: true});
    try {
      for (const name of Object.keys(files)) {
        const outcome = await pool.extract({path: join(dir, name), id: name});
        expect(outcome.ok).toBe(true);
      }
    } finally {
      await pool.close();
    }
    expect(tunedV8Flags()).toContainEqual(['--parallel-scavenge', 'false', 'true']);
    const folders = existsSync(cacheDir) ? readdirSync(cacheDir) : [];
    expect(folders).toEqual([expect.stringMatching(/-serial-scavenge$/)]);
  }, 60_000);
});
