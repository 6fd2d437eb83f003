import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {MAX_DEPTH} from '../../src/library/find-files.js';
import {isolatedEnv, startPty, type PtyRun, cleanAfterEach} from './pty.js';

// Runs the built brief (`npm test` builds it first) in a real pseudo-terminal on a library 1,500 folders deep.
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const STEP_MS = 60_000;
const LEVELS = 1500;

let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

/** A library with two articles at the top and a chain of LEVELS folders, an article every 100 levels. */
function deepLibrary(): {home: string; library: string} {
  const home = temp('brief-e2e-deep-');
  const library = join(home, 'library');
  mkdirSync(library);
  writeFileSync(
    join(library, 'harbour.md'),
    '---\ntitle: Harbour reopens\ndate: 2021-03-04\n---\nShips again.\n',
  );
  writeFileSync(join(library, 'market.md'), '---\ntitle: Market day\ndate: 2021-03-05\n---\nStalls again.\n');
  // Made level by level from the folder above, so no call takes the whole (long) path.
  let dir = library;
  for (let i = 1; i <= LEVELS; i++) {
    dir = join(dir, 'd');
    mkdirSync(dir);
    if (i % 100 === 0) writeFileSync(join(dir, `level-${i}.md`), `# Level ${i}\n\nText.\n`);
  }
  return {home, library};
}

function start({home, library}: {home: string; library: string}): PtyRun {
  return startPty(process.execPath, [CLI], {cols: 160, rows: 30, env: isolatedEnv(home, library), cwd: home});
}

describe('a library 1,500 folders deep', () => {
  it(
    'draws its first frame, says what lies too deep on the status line, and quits with q',
    async () => {
      app = start(deepLibrary());
      await app.waitForScreen(['articles', 'Harbour reopens']);
      // The folder past MAX_DEPTH is named as skipped, with the reason, once the walk reaches it.
      const screen = await app.waitForScreen([`1 skipped: too deep: more than ${MAX_DEPTH} folders`]);
      expect(screen).toContain('Market day');
      app.press('q');
      // A skipped folder is an input that failed: exit 1, like `brief index`.
      expect(await app.exit(STEP_MS)).toBe(1);
    },
    STEP_MS * 3,
  );

  it(
    'quits on Ctrl+C right after its first frame, while the library is still being read',
    async () => {
      app = start(deepLibrary());
      await app.waitForScreen(['articles']);
      app.press('\u0003');
      // 0, or 1 when the walk had already reached the folder too deep (and then it says so).
      const code = await app.exit(STEP_MS);
      expect(app.raw()).toContain('\u001b[?1049l');
      expect(code === 1).toBe(app.raw().includes('too deep'));
    },
    STEP_MS * 3,
  );
});
