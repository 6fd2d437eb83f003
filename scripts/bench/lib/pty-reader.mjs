// The built reader in a real pseudo-terminal, with a way to press a key and time the frame it draws: shared by the
// bench's pty section (scripts/bench/0-pty.mjs) and the per-key profiler (scripts/key-profile.mjs).
import pty from '@lydell/node-pty';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}(?:\\[[0-9;?<>=]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])`, 'g');
// Ink draws each frame between synchronized-output marks: the frame is complete at the end mark.
const SYNC_END = `${ESC}[?2026l`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A process's memory from /proc/PID/status in MB: `VmHWM` its peak resident set so far, `VmRSS` now. NaN where
 * there is no /proc (not Linux) or the process is gone.
 */
/**
 * CPU time one thread of `pid` has run so far, in ms (its main thread by default), from the scheduler's count in
 * nanoseconds: unlike wall time, it does not grow while the thread waits for a core on a busy machine. NaN where
 * /proc has no schedstat.
 */
export function threadCpuMs(pid, tid = pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

export function procMemoryMb(pid, field = 'VmHWM') {
  try {
    const kb = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    )?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

/** What the search screen says while it links names (src/ui/screens/SearchScreen.tsx's LINKING). */
const LINKING = 'linking names';

/**
 * True when `text` (a search's output, escapes dropped) has a result row ("… 17800 articles") drawn after its last
 * "linking names…": in a library of 5,000 articles or more the first '/' links names in idle slices and shows no
 * results meanwhile, so a session's Enter waits for this (untimed). On a busy machine the letters came before the
 * results, Enter opened nothing, Esc left search and the round's Ctrl+U met the list and drew nothing.
 */
export function resultsDrawn(text) {
  const rows = [...text.matchAll(/\d+ articles?\b/g)];
  return (rows.at(-1)?.index ?? -1) > text.lastIndexOf(LINKING);
}

/** Text without terminal escapes. */
export const plain = (s) => s.replace(ANSI, '');

/** The `brief` command of a build: dist/cli.cjs (package.json's bin), or dist/cli.js in builds before it. */
export function briefCommand(dist) {
  const bin = join(dist, 'cli.cjs');
  return existsSync(bin) ? bin : join(dist, 'cli.js');
}

/**
 * The environment brief runs in under a bench: a colour terminal, its caches and data in `work` rather than the
 * user's folders, and no NO_COLOR or start-up trace inherited from the caller.
 */
export function readerEnv(work) {
  const env = {
    ...process.env,
    TERM: 'xterm-256color',
    XDG_CACHE_HOME: join(work, 'cache'),
    XDG_DATA_HOME: join(work, 'data'),
    XDG_CONFIG_HOME: join(work, 'config'),
  };
  delete env.NO_COLOR;
  delete env.BRIEF_TRACE_START;
  return env;
}

/**
 * Starts `node [nodeArgs] cli --articles lib --db db` in a 120×40 pty and resolves once it shows its library
 * ("N articles"). Times are read from `now` (default performance.now, ms); `perMs` is its units per millisecond
 * (1000 for a microsecond clock, to line keys up with a CPU profile).
 */
export async function startReader({
  cli,
  lib,
  db,
  cwd,
  env,
  nodeArgs = [],
  now = () => performance.now(),
  perMs = 1,
}) {
  const child = pty.spawn(process.execPath, [...nodeArgs, cli, '--articles', lib, '--db', db], {
    cols: 120,
    rows: 40,
    cwd,
    env,
  });
  let chunks = [];
  let screen = '';
  child.onData((data) => {
    chunks.push({at: now(), data});
    screen += data;
  });
  /** Resolves once nothing has come for `quietMs` (the reader is idle). */
  const idle = async (quietMs = 150) => {
    for (;;) {
      const wait = (chunks.at(-1)?.at ?? 0) + quietMs * perMs - now();
      if (wait <= 0) return;
      await sleep(wait / perMs);
    }
  };
  const deadline = now() + 30_000 * perMs;
  while (!/\d+ articles/.test(plain(screen))) {
    if (now() > deadline) throw new Error('reader: no first frame');
    await sleep(20);
  }
  const shownAt = now();
  return {
    shownAt,
    idle,
    /** Where the output so far ends: `waitFor` reads what came after it. */
    mark: () => screen.length,
    /**
     * Resolves once the text of the output after `from` (a `mark`, escapes dropped) passes `test`, or fails after
     * `timeoutMs` of the reader's time: a step of a session that must wait for the reader, untimed.
     */
    async waitFor(test, from, timeoutMs = 60_000) {
      const deadline = now() + timeoutMs * perMs;
      while (!test(plain(screen.slice(from)))) {
        if (now() > deadline) throw new Error('reader: what was waited for was not drawn');
        await sleep(20);
      }
    },
    /** The reader's peak resident set so far, MB (node is the pty's own child: its pid is the reader's). */
    peakRssMb: () => procMemoryMb(child.pid, 'VmHWM'),
    /**
     * Waits for the reader to be idle, presses `key`, and resolves when the last frame it drew is complete and the
     * reader idle again: when the key was written (t0), when its frame ended, when output settled, what it drew.
     */
    async press(key) {
      await idle();
      chunks = [];
      const cpu0 = threadCpuMs(child.pid);
      const t0 = now();
      child.write(key);
      // A big frame reaches the pty in several reads, which can split the mark: it is looked for across chunks.
      const ended = () => {
        let text = '';
        let at = null;
        for (const c of chunks) {
          const from = Math.max(0, text.length - SYNC_END.length + 1);
          text += c.data;
          if (text.indexOf(SYNC_END, from) >= 0) at = c.at;
        }
        return at;
      };
      while (ended() === null) {
        if (now() - t0 > 10_000 * perMs) throw new Error(`reader: nothing drawn for ${JSON.stringify(key)}`);
        await sleep(1);
      }
      // The reader's main thread's CPU from the key to the moment its frame was seen (a ms or so after it ended).
      const cpuMs = threadCpuMs(child.pid) - cpu0;
      await idle();
      const end = ended();
      return {
        t0,
        end,
        cpuMs,
        settled: chunks.at(-1)?.at ?? end,
        text: plain(chunks.map((c) => c.data).join('')),
      };
    },
    /** Quits with q (the reader then updates its code cache) and resolves when it has exited. */
    quit: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => child.kill(), 10_000);
        child.onExit(() => {
          clearTimeout(timer);
          resolve();
        });
        child.write('q');
      }),
  };
}
