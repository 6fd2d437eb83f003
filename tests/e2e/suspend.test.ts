import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanAfterEach, isolatedEnv, plain, startPty, type PtyRun} from './pty.js';

// Ctrl+Z under a shell with job control (an interactive bash in the pty), as a person at a terminal meets it: the
// reader reads Ctrl+Z as a key in raw mode, so without its own suspend the key did nothing.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;
const LEAVE_ALT = '\u001b[?1049l';
const ENTER_ALT = '\u001b[?1049h';
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

describe('Ctrl+Z in the reader', () => {
  it(
    'gives the shell its prompt with the terminal restored, and fg draws the whole screen again at its new size',
    async () => {
      const dir = temp('brief-e2e-suspend-');
      app = startPty('bash', ['--norc', '--noprofile', '-i'], {
        cols: 120,
        rows: 30,
        env: isolatedEnv(dir, LIBRARY, {PS1: 'READY$ '}),
        cwd: dir,
      });
      const run = app;
      await run.waitFor(['READY$'], STEP_MS);
      run.press(`${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}\r`);
      // From 120 columns the last column's heading is spelt out.
      await run.waitForScreen(['6 articles', 'Title', 'people·quotes·facts'], STEP_MS);
      run.press('\u001a');
      await run.waitFor(['Stopped', 'READY$'], STEP_MS);
      const raw = run.raw();
      const stoppedAt = raw.lastIndexOf('Stopped');
      // The alternate screen was left, the cursor shown and (bash would not print its prompt otherwise) raw mode
      // turned off, all before the shell says the job stopped.
      expect(raw.lastIndexOf(LEAVE_ALT)).toBeLessThan(stoppedAt);
      expect(raw.lastIndexOf('\u001b[?25h')).toBeLessThan(stoppedAt);
      expect(raw.lastIndexOf(ENTER_ALT)).toBeLessThan(raw.lastIndexOf(LEAVE_ALT));
      // The shell takes typed lines again: a command runs while brief is stopped.
      run.press('echo shell-is-back\r');
      await run.waitFor(['shell-is-back\r\nREADY$'], STEP_MS);
      // The terminal changes size while brief is stopped: brief, not in the foreground, gets no SIGWINCH for it.
      run.resize(100, 24);
      run.press('fg\r');
      await run.waitFor(['6 articles'], STEP_MS);
      const back = run.raw().slice(run.raw().lastIndexOf('fg'));
      expect(back).toContain(ENTER_ALT);
      // The whole list drawn again, at 100 columns: the heading shortened.
      const frame = await run.waitForScreen(['6 articles', 'P·Q·F', 'j/↓ move'], STEP_MS);
      expect(frame).not.toContain('people·quotes·facts');
      expect(frame.split('\n').filter((l) => l.startsWith('│ ●'))).toHaveLength(6);
      // And it still takes keys: q quits with 0, back at the shell.
      run.press('q');
      await run.waitFor(['READY$'], STEP_MS);
      run.press('echo "brief ended $?"\r');
      const ended = await run.waitFor(['brief ended 0'], STEP_MS);
      expect(plain(ended)).not.toContain('Stopped');
      run.press('exit\r');
      await run.exit(STEP_MS);
    },
    STEP_MS * 4,
  );
});
