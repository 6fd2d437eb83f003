// The CPU time of the calling thread, for the index's timing split: Node 20 reports CPU per process only
// (process.cpuUsage is the whole process's in a worker too), which cannot tell the two workers of an index from the
// main thread and V8's own threads. Linux keeps it per thread in /proc; elsewhere there is none.
import {readFileSync} from 'node:fs';

/** Clock ticks per second of /proc's times: 100 on Linux's usual builds (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** This thread's CPU (user + system) so far in ms, in steps of 10 ms; undefined where /proc does not say. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    // The fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and
    // 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
