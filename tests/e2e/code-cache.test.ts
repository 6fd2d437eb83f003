import {readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {isolatedEnv, startPty, type PtyRun, cleanAfterEach} from './pty.js';

// The built reader starts from dist/reader.cjs with V8's code cache in $XDG_CACHE_HOME/brief/v8
// (src/cli/reader-script.ts), or from its ES module with BRIEF_CODE_CACHE=0. Both must draw the same reader.
// The `brief` command as installed (package.json's bin).
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;

let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

function home(): string {
  const dir = temp('brief-e2e-cache-');
  return dir;
}

function start(dir: string, extra: Record<string, string> = {}): PtyRun {
  const env = isolatedEnv(dir, LIBRARY, {XDG_CACHE_HOME: join(dir, 'cache'), ...extra});
  return startPty(process.execPath, [CLI], {cols: 120, rows: 40, env, cwd: dir});
}

const cached = (dir: string): string[] => {
  try {
    return readdirSync(join(dir, 'cache/brief/v8')).filter((f) => f.startsWith('reader-'));
  } catch {
    return [];
  }
};

/** Opens the reader, opens the first article, goes back and quits; returns the exit code. */
async function session(run: PtyRun): Promise<number> {
  await run.waitFor(['6 articles', 'Russian Missile and Drone Attack']);
  run.press('\r');
  await run.waitFor(['Summary']);
  run.press('\u001b');
  await run.waitFor(['6 articles']);
  run.press('q');
  return run.exited;
}

describe('the reader’s code cache', () => {
  it(
    'is written by the first run and used by the next, which draws the same reader',
    async () => {
      const dir = home();
      app = start(dir);
      expect(await session(app)).toBe(0);
      expect(cached(dir)).toHaveLength(1);
      const entry = cached(dir)[0];
      app = start(dir);
      expect(await session(app)).toBe(0);
      expect(cached(dir)).toEqual([entry]);
    },
    STEP_MS * 2,
  );

  it(
    'is left alone with BRIEF_CODE_CACHE=0 (the reader from its ES module)',
    async () => {
      const dir = home();
      app = start(dir, {BRIEF_CODE_CACHE: '0'});
      expect(await session(app)).toBe(0);
      expect(cached(dir)).toEqual([]);
    },
    STEP_MS,
  );

  it(
    'does not stop the reader when the cache folder cannot be made or holds a damaged entry',
    async () => {
      const dir = home();
      writeFileSync(join(dir, 'cache'), 'a file where the folder would go');
      app = start(dir);
      expect(await session(app)).toBe(0);

      const other = home();
      app = start(other);
      expect(await session(app)).toBe(0);
      const entry = join(other, 'cache/brief/v8', cached(other)[0] ?? '');
      writeFileSync(entry, 'not a code cache');
      app = start(other);
      expect(await session(app)).toBe(0);
      // Rewritten whole.
      expect(cached(other)).toHaveLength(1);
    },
    STEP_MS * 3,
  );
});
