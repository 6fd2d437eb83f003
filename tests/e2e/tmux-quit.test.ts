import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {isolatedEnv} from './pty.js';

// The reader in tmux, the window resized while it runs, then quit: the shell's screen and scrollback come back as
// they were. Before, tmux showed rows of the reader's last frame above the prompt (the window grown past the size
// it had when the reader started), and a narrower window erased the scrollback (Ink's clear sent ESC[3J).
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const LIBRARY = join(import.meta.dirname, '../fixtures/ui-library');
const STEP_MS = 60_000;
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

let socket = '';
let home = '';
afterEach(() => {
  if (socket) spawnSync('tmux', ['-L', socket, 'kill-server']);
  if (home) rmSync(home, {recursive: true, force: true, maxRetries: 20, retryDelay: 100});
  socket = home = '';
});

function tmux(...args: string[]): string {
  // Its own server and no configuration, so neither the user's tmux nor their settings take part.
  return execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {
    encoding: 'utf8',
    env: {...process.env, TMUX: ''},
  });
}

/** The pane's visible rows, or with `history` the scrollback above them too. */
function pane(history = false): string {
  return tmux('capture-pane', '-p', '-t', 'reader', ...(history ? ['-S', '-'] : []));
}

async function waitForPane(texts: readonly string[]): Promise<string> {
  const deadline = Date.now() + STEP_MS;
  for (;;) {
    const seen = pane();
    if (texts.every((t) => seen.includes(t))) return seen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${texts.join(', ')}:\n${seen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A bash, without the user's rc files or history file (the shell would write one into `home` as the server is
 * killed, racing its removal), in a new tmux server `name` at cols×rows, over a fresh home.
 */
function startShell(name: string, cols: number, rows: number): void {
  home = mkdtempSync(join(tmpdir(), 'brief-e2e-tmux-'));
  socket = `brief-test-${process.pid}-${name}`;
  const env = isolatedEnv(home, LIBRARY, {PS1: 'READY$ ', HISTFILE: '/dev/null'});
  const exports = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const shell = ['env', '-i', ...exports, 'bash', '--norc', '--noprofile'];
  tmux('new-session', '-d', '-s', 'reader', '-x', String(cols), '-y', String(rows), ...shell);
}

describe.skipIf(!HAS_TMUX)('quitting the reader in tmux after the window changed size', () => {
  it.each([
    ['grown', [[130, 45]]],
    [
      'narrowed, then grown',
      [
        [160, 50],
        [70, 20],
        [130, 45],
      ],
    ],
  ] as const)(
    'leaves no row of the reader on the shell’s screen and keeps its scrollback (window %s)',
    async (_, sizes) => {
      startShell(String(sizes.length), 120, 40);
      // A hundred lines of shell output, the oldest scrolled off into the scrollback.
      tmux('send-keys', '-t', 'reader', 'for i in $(seq 1 100); do echo "line-$i"; done', 'Enter');
      await waitForPane(['line-100', 'READY$']);
      // The shell says how brief ended once it has: keys typed after q would reach a reader still quitting.
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}; echo "brief ended $?"`;
      tmux('send-keys', '-t', 'reader', command, 'Enter');
      await waitForPane(['6 articles', 'Title']);
      for (const [cols, rows] of sizes) {
        tmux('resize-window', '-t', 'reader', '-x', String(cols), '-y', String(rows));
        // The frame drawn for the new size: its footer on the row above the last.
        const deadline = Date.now() + STEP_MS;
        while (pane().split('\n')[rows - 2]?.startsWith('j/↓ move') !== true && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
      }
      tmux('send-keys', '-t', 'reader', 'q');
      const after = await waitForPane(['brief ended 0']);
      expect(after).not.toMatch(/[│┌└]|articles/);
      // The shell's own lines, in order, up to where brief started, the oldest from the scrollback.
      const lines = pane(true).split('\n');
      const numbered = lines.filter((l) => l.startsWith('line-'));
      expect(numbered).toEqual(Array.from({length: 100}, (_, i) => `line-${i + 1}`));
    },
    STEP_MS * 3,
  );
});

// A terminal that rewraps its lines when narrowed (tmux, VTE, kitty) moved the cursor below the three-line note, and
// Ink's erase of it stopped short: each narrowing left the note's first line above the new one.
describe.skipIf(!HAS_TMUX)('the "terminal too small" note in tmux, the window narrowed', () => {
  it(
    'is drawn once at each size, no line of the note before it left above',
    async () => {
      startShell('small', 40, 10);
      await waitForPane(['READY$']);
      tmux(
        'send-keys',
        '-t',
        'reader',
        `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}`,
        'Enter',
      );
      await waitForPane(['terminal too small', '40×10']);
      for (const [cols, rows] of [
        [20, 6],
        [40, 10],
        [30, 8],
        [20, 6],
      ] as const) {
        tmux('resize-window', '-t', 'reader', '-x', String(cols), '-y', String(rows));
        const seen = await waitForPane([`${cols}×${rows}, needs 60×15`]);
        expect(seen.match(/terminal too small/g), `${cols}×${rows}:\n${seen}`).toHaveLength(1);
      }
      tmux('send-keys', '-t', 'reader', 'q');
      await waitForPane(['READY$']);
    },
    STEP_MS * 2,
  );
});
