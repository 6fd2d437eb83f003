import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {startPty, type PtyRun, cleanAfterEach} from './pty.js';

const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

// The terminal closed under the reader (its window shut, an ssh connection dropped) while stderr went to a file.
// Node, restoring the lost terminal's mode at exit, failed an assertion of its own: brief ended by SIGABRT, and the
// file got two native stack traces.
describe('the terminal closing under the reader', () => {
  it(
    'ends it with 129 (SIGHUP) and nothing from Node in the file stderr was sent to',
    async () => {
      const dir = temp('brief-e2e-gone-');
      const log = join(dir, 'stderr.log');
      const env = {PATH: process.env.PATH ?? '', HOME: dir, TERM: 'xterm-256color', BRIEF_ARTICLES: LIBRARY};
      // An empty file, which brief takes as a new database without a word (a named one not there yet is said).
      writeFileSync(join(dir, 'b.db'), '');
      app = startPty(
        '/bin/sh',
        ['-c', 'exec "$0" "$1" --db "$2" 2>"$3"', process.execPath, CLI, join(dir, 'b.db'), log],
        {cols: 100, rows: 30, env, cwd: dir},
      );
      await app.waitFor(['6 articles']);
      app.hangUp();
      expect(await app.ended).toEqual({exitCode: 129, signal: 0});
      const said = readFileSync(log, 'utf8');
      expect(said).not.toMatch(/Assertion failed|Native stack trace/);
      expect(said).toBe('');
    },
    STEP_MS,
  );
});
