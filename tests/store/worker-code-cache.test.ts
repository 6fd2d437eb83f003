import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ExtractOutcome} from '../../src/store/pool.js';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// The extraction workers run dist/index-worker.cjs from V8's code cache (src/store/index-worker.ts): the first
// worker of a pool writes the cache after its 24th article when there is none, and every worker reads it.

const script = findWorkerScript();
if (!script) throw new Error('no built worker: run npm run build');

/** Thirty made-up articles, enough for the first worker to reach the point where it writes the cache. */
function library(): string[] {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++)
    files[`harbour-${i}.md`] = articleText(
      `Harbour ${i} opens`,
      `Ada Varga said on Monday that harbour ${i} in Rotterdam would open to ${i + 3} ships. ` +
        `“It is a good day,” Varga told reporters.`,
    );
  const dir = tempDir(files);
  return Object.keys(files).map((name) => join(dir, name));
}

/** Extracts every file with a fresh pool of one worker; the analyses as JSON, in file order. */
async function extractAll(paths: string[], cacheDir: string | null): Promise<string[]> {
  const pool = createWorkerPool({script: script ?? '', size: 1, cacheDir});
  try {
    const outcomes: ExtractOutcome[] = [];
    for (const [i, path] of paths.entries()) outcomes.push(await pool.extract({path, id: String(i)}));
    return outcomes.map((o) => JSON.stringify(o.ok ? o.analysis : o.reason));
  } finally {
    await pool.close();
  }
}

/** The cache entries under `dir`, as paths relative to it (one folder per V8 interrupt budget). */
const entries = (dir: string): string[] => {
  try {
    return readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.bin'));
  } catch {
    return [];
  }
};

describe('the extraction workers’ code cache', () => {
  it('is written by a worker that had none, then read by the next without being written again', async () => {
    const paths = library();
    const cache = join(tempDir(), 'v8');
    const first = await extractAll(paths, cache);
    expect(entries(cache)).toHaveLength(1);
    const entry = join(cache, entries(cache)[0] ?? '');
    expect(entries(cache)[0]).toMatch(/^worker-budget-\d+\/index-worker-[0-9a-f]+\.bin$/);
    const before = statSync(entry);
    // A used entry is not written again: a rewrite would be a new file put in its place.
    expect(await extractAll(paths, cache)).toEqual(first);
    expect(statSync(entry).ino).toBe(before.ino);
    expect(statSync(entry).mtimeMs).toBe(before.mtimeMs);
  }, 60_000);

  it('gives the same analyses as a worker without a cache, which writes nothing', async () => {
    const paths = library();
    const none = join(tempDir(), 'v8');
    const plain = await extractAll(paths, null);
    expect(entries(none)).toEqual([]);
    const cache = join(tempDir(), 'v8');
    await extractAll(paths, cache);
    expect(await extractAll(paths, cache)).toEqual(plain);
    expect(plain[0]).toContain('Ada Varga');
  }, 60_000);

  it('ignores a damaged entry, extracts as usual and writes it again', async () => {
    const paths = library();
    const cache = join(tempDir(), 'v8');
    const first = await extractAll(paths, cache);
    const entry = join(cache, entries(cache)[0] ?? '');
    const bytes = readFileSync(entry);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(entry, bytes);
    expect(await extractAll(paths, cache)).toEqual(first);
    expect(readFileSync(entry).equals(bytes)).toBe(false);
  }, 60_000);
});
