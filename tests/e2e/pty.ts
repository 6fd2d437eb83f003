import {spawn, type IPty} from '@lydell/node-pty';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';

/** A program running in a real pseudo-terminal, with what it has drawn so far. */
export interface PtyRun {
  /** Polls until the output written since the last key contains every text; returns that output, plain. */
  waitFor(texts: readonly (string | RegExp)[], timeoutMs?: number): Promise<string>;
  /** Polls until the last frame drawn in full contains every text; returns that frame, plain. */
  waitForScreen(texts: readonly (string | RegExp)[], timeoutMs?: number): Promise<string>;
  /** Sends keys (raw bytes) and starts a fresh output window for the next waitFor. */
  press(keys: string): void;
  /** Resizes the terminal (the program gets SIGWINCH) and starts a fresh output window. */
  resize(cols: number, rows: number): void;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  /** Resolves with the exit code and the signal that ended the program (0 when none did). */
  ended: Promise<{exitCode: number; signal: number}>;
  /** The exit code, or an error when the program is still running after `timeoutMs`. */
  exit(timeoutMs?: number): Promise<number>;
  /** Everything written, raw. */
  raw(): string;
  /** The program's process id, for sending it signals. */
  pid: number;
  kill(): void;
  /** Closes the terminal under the program, as closing its window does: the program gets SIGHUP and a hung-up tty. */
  hangUp(): void;
}

// CSI, OSC and two-byte escapes: what is left is the text a person would read.
// eslint-disable-next-line no-control-regex -- matching terminal escapes is the point
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;

/** Output without escape sequences. */
export function plain(text: string): string {
  return text.replace(ESCAPES, '');
}

// Ink draws each frame inside synchronized-output marks (begin ESC[?2026h, end ESC[?2026l): the last pair holds the
// screen as it is now, where the whole output since a key may also hold frames drawn before the key took effect.
const SYNC_BEGIN = '\u001b[?2026h';
const SYNC_END = '\u001b[?2026l';

/** The last frame drawn in full, plain; empty before the first. */
export function lastFrame(raw: string): string {
  const end = raw.lastIndexOf(SYNC_END);
  if (end < 0) return '';
  const begin = raw.lastIndexOf(SYNC_BEGIN, end);
  return begin < 0 ? '' : plain(raw.slice(begin + SYNC_BEGIN.length, end));
}

async function poll(
  read: () => string,
  texts: readonly (string | RegExp)[],
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = read();
    if (texts.every((t) => (typeof t === 'string' ? seen.includes(t) : t.test(seen)))) return seen;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${texts.map(String).join(', ')}; last screen:\n${seen.slice(-4000)}`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts `file args` in a pty of the given size. */
export function startPty(
  file: string,
  args: string[],
  options: {
    cols: number;
    rows: number;
    env: Record<string, string>;
    cwd?: string;
    uid?: number;
    gid?: number;
  },
): PtyRun {
  const term: IPty = spawn(file, args, {
    // node-pty sets TERM from the name: the environment's own TERM (isolatedEnv's colour terminal, or a test's).
    name: options.env.TERM ?? 'xterm-256color',
    cols: options.cols,
    rows: options.rows,
    env: options.env,
    ...(options.cwd ? {cwd: options.cwd} : {}),
    ...(options.uid !== undefined ? {uid: options.uid, gid: options.gid ?? options.uid} : {}),
  });
  let all = '';
  let windowStart = 0;
  term.onData((d) => {
    all += d;
  });
  const ended = new Promise<{exitCode: number; signal: number}>((resolve) =>
    term.onExit(({exitCode, signal}) => resolve({exitCode, signal: signal ?? 0})),
  );
  const exited = ended.then(({exitCode}) => exitCode);
  return {
    waitFor: (texts, timeoutMs = 60_000) => poll(() => plain(all.slice(windowStart)), texts, timeoutMs),
    waitForScreen: (texts, timeoutMs = 60_000) => poll(() => lastFrame(all), texts, timeoutMs),
    press(keys) {
      windowStart = all.length;
      term.write(keys);
    },
    resize(cols, rows) {
      windowStart = all.length;
      term.resize(cols, rows);
    },
    exited,
    ended,
    exit(timeoutMs = 10_000) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs);
      });
      return Promise.race([exited, late]).finally(() => clearTimeout(timer));
    },
    raw: () => all,
    pid: term.pid,
    kill: () => term.kill(),
    // node-pty's destroy closes the master side, then sends SIGHUP (its typings leave it out).
    hangUp: () => (term as IPty & {destroy(): void}).destroy(),
  };
}

/**
 * The environment a test runs brief in: nothing of the user's (HOME, data and database in `home`), the given
 * library, a colour terminal; `extra` adds or overrides variables.
 */
export function isolatedEnv(
  home: string,
  library: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    TERM: 'xterm-256color',
    BRIEF_ARTICLES: library,
    // The default database of `home`'s data folder: made quietly, as on a new user's first run (a named one that is
    // not there yet is said in the footer).
    BRIEF_DB: '',
    XDG_DATA_HOME: join(home, 'data'),
    ...extra,
  };
}

/**
 * What every pty test file does after each test: ends the program it ran (`current()`, once) and removes the folders
 * made with the returned `temp(prefix)`.
 */
export function cleanAfterEach(current: () => PtyRun | null): (prefix: string) => string {
  const temps: string[] = [];
  const ended = new WeakSet<PtyRun>();
  afterEach(() => {
    const app = current();
    if (app && !ended.has(app)) {
      ended.add(app);
      app.kill();
    }
    while (temps.length)
      rmSync(temps.pop() ?? '', {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
}
