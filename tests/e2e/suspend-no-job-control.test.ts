import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanAfterEach, isolatedEnv, startPty, type PtyRun} from './pty.js';

// Ctrl+Z where no shell with job control would continue brief. Before, the reader stopped with nobody to wake it
// under a parent that gives its child the terminal and ignores stops (tini under `docker run --init`: the terminal
// blank, every key lost), and flashed the shell's screen for nothing as a session's first program.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;
const HAS_PROC = existsSync('/proc/self/stat');
const HAS_PYTHON = spawnSync('python3', ['-c', '']).status === 0;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

// A parent as tini is one: the child in a process group of its own, given the terminal, waited for without
// WUNTRACED (a stopped child is never seen), and nothing to type at.
const PARENT = `
import os, sys, signal
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    os.tcsetpgrp(0, os.getpgrp())
    signal.signal(signal.SIGTTOU, signal.SIG_DFL)
    os.execv(sys.argv[1], sys.argv[1:])
_, status = os.waitpid(pid, 0)
print("child ended", os.waitstatus_to_exitcode(status))
`;

/** Starts `command` in a 100×30 pty on the fixture library, waits for the list, and presses Ctrl+Z. */
async function stopKeyUnder(command: string, args: string[]): Promise<PtyRun> {
  const dir = temp('brief-e2e-nojc-');
  app = startPty(command, args, {cols: 100, rows: 30, env: isolatedEnv(dir, LIBRARY), cwd: dir});
  const run = app;
  await run.waitForScreen(['6 articles', 'Title', 'j/↓ move']);
  run.press('\u001a');
  return run;
}

describe.skipIf(!HAS_PROC)('Ctrl+Z with no shell with job control', () => {
  it(
    'as the terminal’s first program: says why in the footer and goes on taking keys',
    async () => {
      const run = await stopKeyUnder(process.execPath, [CLI]);
      await run.waitForScreen(['Ctrl+Z: no shell with job control started brief']);
      // Never left the alternate screen for it.
      expect(run.raw()).not.toContain('\u001b[?1049l');
      run.press('?');
      await run.waitForScreen(['Esc']);
      run.press('\u001b');
      run.press('q');
      expect(await run.exit(STEP_MS)).toBe(0);
    },
    STEP_MS * 2,
  );

  it.skipIf(!HAS_PYTHON)(
    'under a parent that never continues it: woken again, says so, and takes keys',
    async () => {
      const run = await stopKeyUnder('python3', ['-c', PARENT, process.execPath, CLI]);
      const said = await run.waitFor(['nothing here takes the terminal back'], STEP_MS);
      expect(said).toContain('6 articles');
      run.press('q');
      await run.waitFor(['child ended 0'], STEP_MS);
      expect(await run.exit(STEP_MS)).toBe(0);
    },
    STEP_MS * 2,
  );
});
