import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';

/** What the system says of a process: its state letter, process group, session, and its terminal's foreground group. */
export interface ProcessState {
  state: string;
  pgrp: number;
  session: number;
  tpgid: number;
}

/** `/proc/PID/stat` read: the fields after the command's name, which may itself hold spaces and parentheses. */
export function parseStat(text: string): ProcessState | null {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [state, , pgrp, session, , tpgid] = fields;
  const numbers = [pgrp, session, tpgid].map(Number);
  if (!state || numbers.some((n) => !Number.isInteger(n))) return null;
  const [g = 0, s = 0, t = 0] = numbers;
  return {state, pgrp: g, session: s, tpgid: t};
}

/** This process as `/proc` has it; null where there is no `/proc` (macOS), so nothing can be told from it. */
export function ownState(): ProcessState | null {
  try {
    return parseStat(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Why Ctrl+Z cannot suspend, or null when it may. A shell with job control runs each job in a process group of its
 * own; brief in its session leader's group (`sh -c brief` as a terminal's first program, `ssh -t host brief`, a tmux
 * window's command) has no shell above it to give the terminal to, and the kernel ignores the stop there anyway.
 */
export function cannotSuspend(own: ProcessState | null): string | null {
  if (own && own.pgrp === own.session)
    return 'Ctrl+Z: no shell with job control started brief, so it cannot suspend (Ctrl+C quits)';
  return null;
}

/** Said when the watch below had to wake brief. */
export const RESUMED_ALONE =
  'Ctrl+Z: nothing here takes the terminal back (no job control), so brief goes on';

/** How long brief may stay stopped with the terminal still its own before the watch wakes it. */
const UNCLAIMED_MS = 1000;
/** The watch's whole life: a stop the kernel ignored, or an `fg` before it looked, ends it as well. */
const WATCH_MS = 3000;

// The watch, run by node in a session of its own (so the stop does not stop it too). A shell with job control takes
// the terminal the moment its job stops; where the terminal's foreground group is still the stopped one a second
// later, nothing will ever continue it (a parent that ignores stops, as tini under `docker run --init`), so the
// watch does, and exits 3 to say so.
const WATCH = `
const [pid, unclaimed, life] = process.argv.slice(1).map(Number);
const fs = require('node:fs');
const {execFileSync} = require('node:child_process');
function look() {
  try {
    const t = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
    const f = t.slice(t.lastIndexOf(')') + 2).split(' ');
    return {state: f[0], pgrp: Number(f[2]), tpgid: Number(f[5])};
  } catch {}
  try {
    const [state, pgrp, tpgid] = execFileSync('ps', ['-o', 'stat=', '-o', 'pgid=', '-o', 'tpgid=', '-p', String(pid)], {encoding: 'utf8'}).trim().split(/\\s+/);
    return {state, pgrp: Number(pgrp), tpgid: Number(tpgid)};
  } catch {
    return null;
  }
}
const start = Date.now();
let since = 0;
const timer = setInterval(() => {
  const now = Date.now();
  const p = look();
  if (!p || now - start > life) process.exit(0);
  if (!p.state.startsWith('T')) return void (since && process.exit(0));
  if (p.tpgid !== p.pgrp) process.exit(0);
  since ||= now;
  if (now - since >= unclaimed) {
    try { process.kill(-p.pgrp, 'SIGCONT'); } catch { process.exit(0); }
    process.exit(3);
  }
}, 100);
`;

/**
 * Watches a stop about to happen (`pid`'s own Ctrl+Z) from outside it, and continues the stopped process group when
 * nothing takes the terminal back (see WATCH); `resumed` is then called. Costs a short-lived node process per Ctrl+Z.
 */
export function watchStop(pid: number, resumed: () => void): void {
  const child = spawn(process.execPath, ['-e', WATCH, String(pid), String(UNCLAIMED_MS), String(WATCH_MS)], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => {});
  child.on('exit', (code) => {
    if (code === 3) resumed();
  });
  child.unref();
}
