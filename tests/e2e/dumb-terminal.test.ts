import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {isolatedEnv, plain, startPty, type PtyRun} from './pty.js';

const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const ENTER_ALT = '\u001b[?1049h';

let app: PtyRun | null = null;
let home = '';
afterEach(() => {
  app?.kill();
  app = null;
  rmSync(home, {recursive: true, force: true});
});

describe('brief in a terminal that cannot move the cursor', () => {
  it.each([['1'], ['0']])(
    'TERM=dumb prints the text list and says once on stderr why (code cache %s)',
    async (cache) => {
      home = mkdtempSync(join(tmpdir(), 'brief-e2e-dumb-'));
      const env = isolatedEnv(home, LIBRARY, {TERM: 'dumb', BRIEF_CODE_CACHE: cache});
      app = startPty(process.execPath, [CLI], {cols: 120, rows: 40, env, cwd: home});
      expect(await app.exit(60_000)).toBe(0);
      const out = plain(app.raw());
      expect(app.raw()).not.toContain(ENTER_ALT);
      expect(out).toContain('Russian Missile and Drone Attack');
      expect(out.match(/TERM=dumb cannot draw the reader/g)).toHaveLength(1);
    },
    90_000,
  );
});
