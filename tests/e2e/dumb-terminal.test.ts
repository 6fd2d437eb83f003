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

  // At 60 columns the terminal's own wrapping cut the note's words in two ("TERM=xte" / "rm-256color").
  it('word-wraps its note on stderr to a narrow terminal', async () => {
    home = mkdtempSync(join(tmpdir(), 'brief-e2e-dumb-'));
    const env = isolatedEnv(home, LIBRARY, {TERM: 'dumb'});
    app = startPty(process.execPath, [CLI], {cols: 60, rows: 20, env, cwd: home});
    expect(await app.exit(60_000)).toBe(0);
    const lines = plain(app.raw()).split(/\r?\n/);
    const first = lines.findIndex((l) => l.startsWith('brief: TERM=dumb'));
    const last = lines.findIndex((l) => l.endsWith('say)'));
    expect(first).toBeGreaterThanOrEqual(0);
    const note = lines.slice(first, last + 1);
    expect(note.join(' ')).toContain('(TERM=xterm-256color, say)');
    for (const line of note) expect(line.length, line).toBeLessThanOrEqual(60);
  }, 90_000);

  // brief < /dev/null in a terminal printed the list and nothing else, as if there were no reader.
  it('says on stderr why a terminal got the list when its input is not the terminal', async () => {
    home = mkdtempSync(join(tmpdir(), 'brief-e2e-dumb-'));
    const env = isolatedEnv(home, LIBRARY, {TERM: 'xterm-256color'});
    const line = `exec '${process.execPath}' '${CLI}' < /dev/null`;
    app = startPty('/bin/sh', ['-c', line], {cols: 120, rows: 40, env, cwd: home});
    expect(await app.exit(60_000)).toBe(0);
    const out = plain(app.raw());
    expect(app.raw()).not.toContain(ENTER_ALT);
    expect(out).toContain('Russian Missile and Drone Attack');
    expect(out.match(/input is not a terminal/g)).toHaveLength(1);
  }, 90_000);
});
