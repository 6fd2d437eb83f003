// The CPU time of the calling thread, for the index's timing split: Node 20 reports CPU per process only
// (process.cpuUsage is the whole process's in a worker too), which cannot tell the two workers of an index from the
// main thread and V8's own threads. Linux keeps it per thread in /proc; elsewhere there is none.
import {closeSync, openSync, readSync} from 'node:fs';

/** Clock ticks per second of /proc's times: 100 on Linux's usual builds (USER_HZ). */
const TICKS_PER_SECOND = 100;

// The file stays open: a worker asks after every article, and opening, reading and closing it each time was 11 ms of
// a cold index's worker (140 articles), a read at offset 0 of the open file under 2 ms. /proc makes the text anew at
// each read from the start. The descriptor names the thread that opened it, so each thread opens its own.
let fd: number | null | undefined;
const buffer = Buffer.alloc(1024);

function statFd(): number | null {
  if (fd === undefined) {
    try {
      fd = openSync('/proc/thread-self/stat', 'r');
    } catch {
      fd = null;
    }
  }
  return fd;
}

/** This thread's CPU (user + system) so far in ms, in steps of 10 ms; undefined where /proc does not say. */
export function threadCpuMs(): number | undefined {
  const file = statFd();
  if (file === null) return undefined;
  try {
    return cpuMsOfStat(buffer.toString('latin1', 0, readSync(file, buffer, 0, buffer.length, 0)));
  } catch {
    fd = null;
    try {
      closeSync(file);
    } catch {
      // Already unusable: nothing more to release.
    }
    return undefined;
  }
}

/**
 * The CPU in ms of another thread of this process, named by its id in /proc (`/proc/thread-self`'s last part, which
 * a worker reports); undefined where /proc does not say or the thread has ended. Opened and closed at each call: it
 * is asked only when an article has run past its time budget on the clock.
 */
export function cpuMsOfThread(thread: string): number | undefined {
  if (!/^\d+$/.test(thread)) return undefined;
  let file: number | null = null;
  try {
    file = openSync(`/proc/self/task/${thread}/stat`, 'r');
    const bytes = Buffer.alloc(1024);
    return cpuMsOfStat(bytes.toString('latin1', 0, readSync(file, bytes, 0, bytes.length, 0)));
  } catch {
    return undefined;
  } finally {
    if (file !== null) closeSync(file);
  }
}

/** utime + stime of a /proc stat line in ms. */
function cpuMsOfStat(stat: string): number | undefined {
  // The fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and
  // 13th of them.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
}
