// BRIEF_TRACE_INDEX=FILE: each thread of an index run appends what it did, and when, to FILE (one line a span:
// thread id, start and end on the process's monotonic clock in ns, what, detail), for lining up the workers' jobs
// with the main thread's writes. Off (nothing written, no clock read) without it.
import {appendFileSync} from 'node:fs';

const FILE = process.env.BRIEF_TRACE_INDEX;

/** Whether this run traces (a span's detail is worth making). */
export const tracing = Boolean(FILE);
let thread = 'main';

/** Names this thread in the trace (a worker names itself). */
export function traceThread(name: string): void {
  thread = name;
}

/** Now on the trace's clock, or 0 when not tracing. */
export function traceNow(): bigint {
  return FILE ? process.hrtime.bigint() : 0n;
}

/** Records a span from `t0` (traceNow) to now. */
export function traceSpan(name: string, t0: bigint, detail = ''): void {
  if (!FILE) return;
  appendFileSync(FILE, `${thread} ${t0} ${process.hrtime.bigint()} ${name} ${detail}\n`);
}
