// A thread's own scheduling priority. Linux gives each thread its own nice value, set through setpriority() with
// the thread's id (Node's os.setPriority with that id), which /proc/thread-self names. A reader's extraction
// workers run a few steps below its main thread, so the thread that answers keys gets a core first while a
// background index runs on every core; `brief index`, whose user waits for the index itself, keeps them level.
import {readlinkSync} from 'node:fs';
import {getPriority, setPriority} from 'node:os';

/** Most a nice value goes (the lowest priority). */
const LOWEST = 19;

/**
 * Lowers the calling thread's priority by `steps` nice steps (never the process's main thread: there the id is the
 * process's own). Where the system has no per-thread priority or refuses it, nothing changes. Returns the thread's
 * nice value after, or null when it was left as it was.
 */
export function lowerThreadPriority(steps: number): number | null {
  if (!(steps > 0)) return null;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return null;
    const nice = Math.min(LOWEST, getPriority(tid) + Math.round(steps));
    setPriority(tid, nice);
    return getPriority(tid);
  } catch {
    return null;
  }
}
