import {readFileSync, writeFileSync} from 'node:fs';

// Start-up phases for `npm run bench` and for anyone asking why the reader is slow to appear. The code sets
// `performance.mark('brief:…')` where a phase ends (a global, so store and ui need no import from here, and a
// mark costs microseconds whether or not anyone reads it); with BRIEF_TRACE_START set, this adds the first
// write of a frame to the terminal and reports every mark when brief exits: a table on stderr for
// BRIEF_TRACE_START=1, JSON into the file it names otherwise. Never into the Ink frame.

/** The phases in the order start-up passes them, with the words the report uses. */
export const START_PHASES = [
  ['brief:entry', 'node and the CLI bundle'],
  ['brief:reader-script', "the reader's script (Ink, React, screens; V8 code cache)"],
  ['brief:sqlite', 'native addon and SQLite open'],
  ['brief:store', 'store ready (schema, checks)'],
  ['brief:ui', 'UI modules (Ink, React, screens)'],
  ['brief:first-query', 'first query (first page)'],
  ['brief:first-render', 'React render and Ink layout'],
  ['brief:first-write', 'first frame written'],
  ['brief:index-script', "`brief index`'s script (V8 code cache)"],
  ['brief:walk', 'library walked (readdir, lstat)'],
  ['brief:scan', 'walk compared with the store'],
  ['brief:reads', 'new and changed files read and written'],
  ['brief:text-index', 'text index built (a first index)'],
  ['brief:extracted', 'texts extracted and written'],
] as const;

/** One phase's end, in ms since the process began (performance.timeOrigin). */
export interface StartMark {
  name: string;
  at: number;
}

/** What the trace file holds. */
export interface StartTrace {
  timeOrigin: number;
  /** performance.timeOrigin on the monotonic clock, in µs: what a `--cpu-prof` profile's timestamps count. */
  monotonicOriginUs: number;
  /**
   * The process's CPU time (user + system, every thread) when the first frame was written, in ms: steadier than
   * wall time on a busy machine. Null when no frame was written.
   */
  firstFrameCpuMs: number | null;
  marks: StartMark[];
  /** The reader's idle warm-up steps (start and duration, ms; the warm-up part they belong to) and its keys (when each was handled), in time order. */
  idleSteps: {at: number; ms: number; part: string}[];
  keys: number[];
  /** With BRIEF_TRACE_MEMORY=MS as well: the process's memory every MS ms (memorySample), else empty. */
  memory: MemorySample[];
}

/**
 * The process's memory at one moment, in MB: its resident set, this thread's V8 heap (used and reserved), memory
 * outside V8 held by JS objects (external: Buffers, better-sqlite3's rows before they become JS values are not in
 * it), and the threads running (the indexing pool's workers each hold a V8 heap of their own, in `rss` alone).
 */
export interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  threads: number;
}

const MB = 1024 * 1024;

/** One memory sample now (see MemorySample). */
export function memorySample(): MemorySample {
  const m = process.memoryUsage();
  let threads = 0;
  try {
    threads = Number(/^Threads:\s*(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  } catch {
    // No /proc (not Linux): threads stay 0.
  }
  const mb = (n: number) => Math.round((n / MB) * 10) / 10;
  return {
    at: performance.now(),
    rss: mb(m.rss),
    heapUsed: mb(m.heapUsed),
    heapTotal: mb(m.heapTotal),
    external: mb(m.external),
    threads,
  };
}

/** The brief:* marks set so far, in time order. */
export function startMarks(): StartMark[] {
  return performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('brief:'))
    .map((m) => ({name: m.name, at: m.startTime}))
    .sort((a, b) => a.at - b.at);
}

/** The report as lines: each phase's end and its own duration. */
export function formatStartTrace(marks: readonly StartMark[]): string {
  const words = new Map<string, string>(START_PHASES);
  let before = 0;
  const lines = marks.map((m) => {
    const line = `${m.at.toFixed(1).padStart(8)} ms  +${(m.at - before).toFixed(1).padStart(6)} ms  ${words.get(m.name) ?? m.name}`;
    before = m.at;
    return line;
  });
  return `brief start-up (ms since the process began)\n${lines.join('\n')}\n`;
}

/**
 * With `target` set, marks the first write to `out` after the first render and reports the marks at exit
 * (`1`: a table on stderr; anything else: JSON into that file). Without it, does nothing.
 */
export function traceStart(target: string | undefined, out: NodeJS.WriteStream = process.stdout): void {
  if (!target) return;
  const write = out.write.bind(out) as (...args: unknown[]) => boolean;
  let written = false;
  let firstFrameCpuMs: number | null = null;
  out.write = ((...args: unknown[]) => {
    // The alternate-screen switch goes out before React renders, and a terminal that synchronises output gets a
    // short begin-update sequence first: the frame is the first long write after the first render.
    const [chunk] = args;
    const long = (typeof chunk === 'string' || chunk instanceof Uint8Array) && chunk.length > 32;
    if (!written && long && performance.getEntriesByName('brief:first-render').length > 0) {
      written = true;
      const result = write(...args);
      performance.mark('brief:first-write');
      const cpu = process.cpuUsage();
      firstFrameCpuMs = (cpu.user + cpu.system) / 1000;
      return result;
    }
    return write(...args);
  }) as typeof out.write;
  const memory: MemorySample[] = [];
  const every = Number(process.env.BRIEF_TRACE_MEMORY);
  if (every > 0) setInterval(() => memory.push(memorySample()), every).unref();
  process.once('exit', () => {
    const marks = startMarks();
    try {
      if (target === '1') process.stderr.write(formatStartTrace(marks));
      else {
        const monotonicOriginUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
        const trace: StartTrace = {
          timeOrigin: performance.timeOrigin,
          monotonicOriginUs,
          firstFrameCpuMs,
          marks,
          idleSteps: performance.getEntriesByName('brief-idle-step').map((m) => ({
            at: m.startTime,
            ms: m.duration,
            part: String((m as {detail?: unknown}).detail ?? ''),
          })),
          keys: performance.getEntriesByName('brief-key').map((m) => m.startTime),
          memory,
        };
        writeFileSync(target, JSON.stringify(trace));
      }
    } catch (err) {
      process.stderr.write(`brief: cannot write the start-up trace: ${(err as Error).message}\n`);
    }
  });
}
