import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanAfterEach, isolatedEnv, startPty, type PtyRun} from './pty.js';
import {Screen} from './screen.js';

// Ctrl+L as in less, vim or newsboat: something else wrote over the reader's screen (a wall message, a background
// job's output), and the key draws the whole frame again on a blank screen.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

describe('Ctrl+L in the reader', () => {
  it('draws the whole screen again over text another program wrote on it', async () => {
    const dir = temp('brief-e2e-redraw-');
    app = startPty(process.execPath, [CLI], {cols: 100, rows: 24, env: isolatedEnv(dir, LIBRARY)});
    const run = app;
    await run.waitForScreen(['6 articles', 'j/↓ move'], STEP_MS);
    // What the terminal shows: brief's output so far, then a stray write over the middle of the list.
    const screen = new Screen(100, 24);
    screen.write(run.raw());
    screen.write('\u001b[8;20HSTRAY TEXT OVER THE LIST');
    expect(screen.lines().join('\n')).toContain('STRAY TEXT');
    const before = run.raw().length;
    run.press('\u000c');
    await run.waitFor(['6 articles', 'j/↓ move'], STEP_MS);
    screen.write(run.raw().slice(before));
    const shown = screen.lines().join('\n');
    expect(shown).not.toContain('STRAY');
    expect(shown).toContain('6 articles');
    expect(screen.lines().filter((l) => l.startsWith('│ ●'))).toHaveLength(6);
    run.press('q');
    expect(await run.exit(STEP_MS)).toBe(0);
  });
});
