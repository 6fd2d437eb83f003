import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanAfterEach, isolatedEnv, plain, startPty, type PtyRun} from './pty.js';

const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

describe('BRIEF_WORKERS in the reader', () => {
  // The reader took one worker per core whatever BRIEF_WORKERS said, and said nothing of a value it could not use.
  it('says once, after quitting, what it used instead of an invalid value', async () => {
    const dir = temp('brief-e2e-workers-');
    const env = isolatedEnv(dir, LIBRARY, {BRIEF_WORKERS: 'abc'});
    app = startPty(process.execPath, [CLI], {cols: 100, rows: 24, env});
    const run = app;
    // The counts fill in once indexing has run, so its pool was made.
    await run.waitForScreen(['6 articles', /│ ●\s+│.*\d+·\d+·\d+/], STEP_MS);
    expect(plain(run.raw())).not.toContain('BRIEF_WORKERS');
    run.press('q');
    expect(await run.exit(STEP_MS)).toBe(0);
    const after = plain(run.raw()).split('BRIEF_WORKERS=abc');
    expect(after).toHaveLength(2);
    expect(after[1]).toMatch(/^ is not a whole number above 0; using \d+ \(one per core\)/);
  });
});
