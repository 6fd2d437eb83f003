import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach} from 'vitest';

const made: string[] = [];
afterEach(() => {
  // Retried: a database check on a worker thread may still be closing its files in the folder. Cleaning up is not
  // what a test asserts: a folder still busy after the retries (a background thread of a closed store, under load
  // about one run in five of marks-survive) is tried once more a little later instead of failing the test.
  while (made.length) {
    const dir = made.pop() ?? '';
    try {
      rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
    } catch {
      setTimeout(() => {
        try {
          rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
        } catch {
          // Left for the system's temporary folder cleaning.
        }
      }, 2000).unref();
    }
  }
});

/** A temporary folder holding `files` (path → text or bytes), removed after the test. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), {recursive: true});
    writeFileSync(full, content);
  }
  return dir;
}
