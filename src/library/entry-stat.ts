import {lstatSync} from 'node:fs';

// The library's walk needs three numbers of each entry's lstat: its mode bits, its size and its modification time.
// `fs.lstatSync` gets them from Node's fs binding as an array of doubles and then builds a `Stats` (fourteen fields
// and, in Node 20, four `Date`s, ~290 bytes) which the walk reads three fields of and drops: at 10,000 files that was
// ~100 M of the ~1.07 G instructions of a `brief index` with nothing changed (cachegrind, two runs each), and most of
// the young garbage of its walk. Where Node's binding answers as Node 20's `lstatSync` calls it, the walk reads the
// doubles itself. Used only where it cannot differ from `lstatSync`: the binding is reachable without a warning (no
// `--pending-deprecation`, under which `process.binding` warns), no permission model is on (which `lstatSync`
// enforces and the binding does not), and on first use it gives exactly what `lstatSync` gives for a real entry;
// anywhere else, and after any surprise, the walk calls `lstatSync`. Errors are the binding's own, which
// `lstatSync` passes on unchanged (the same `code`, `syscall` and `path`).

/** The three numbers of an entry's lstat the walk uses; `mtimeMs` as `Stats.mtimeMs` computes it. */
export interface EntryStat {
  mode: number;
  size: number;
  mtimeMs: number;
}

type RawLstat = (path: string | Buffer, bigint: false, request: undefined, throwIfNoEntry: true) => unknown;

// Where `fs.lstatSync` finds them in the binding's answer (Node 20-24's `getStatsFromBinding`): mode, size, and the
// modification time as seconds and nanoseconds, which it turns into milliseconds as below.
const MODE = 1;
const SIZE = 8;
const MTIME_SEC = 12;
const MTIME_NSEC = 13;
const FIELDS = 18;

/** The binding's lstat when usable here (checked against `lstatSync` on `probe`), else null. */
function rawLstat(probe: string, env: NodeJS.ProcessEnv, execArgv: readonly string[]): RawLstat | null {
  const pending =
    execArgv.includes('--pending-deprecation') ||
    /(^|\s)--pending-deprecation(\s|$)/.test(env.NODE_OPTIONS ?? '') ||
    env.NODE_PENDING_DEPRECATION === '1';
  const node = process as {permission?: unknown; binding?: (name: string) => unknown};
  if (pending || node.permission !== undefined || typeof node.binding !== 'function') return null;
  try {
    const binding = node.binding('fs') as {lstat?: unknown};
    if (typeof binding.lstat !== 'function') return null;
    const lstat = binding.lstat.bind(binding) as RawLstat;
    const values = lstat(probe, false, undefined, true);
    if (!(values instanceof Float64Array) || values.length < FIELDS) return null;
    const mine = {mode: values[MODE], size: values[SIZE], mtimeMs: mtime(values)};
    const stat = lstatSync(probe);
    return mine.mode === stat.mode && mine.size === stat.size && mine.mtimeMs === stat.mtimeMs ? lstat : null;
  } catch {
    return null;
  }
}

function mtime(values: Float64Array): number {
  return (values[MTIME_SEC] ?? NaN) * 1e3 + (values[MTIME_NSEC] ?? NaN) / 1e6;
}

/**
 * lstat for a walk: `entryStat(path)` gives what `lstatSync(path)` would of mode, size and modification time, and
 * throws what it would. `probe` is an entry known to exist (the walk's root), looked at once to check the fast path.
 * The object returned is reused by the next call: read it before calling again.
 */
export function entryStats(
  probe: string,
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
): (path: string | Buffer) => EntryStat {
  let raw: RawLstat | null | undefined;
  const out: EntryStat = {mode: 0, size: 0, mtimeMs: 0};
  return (path) => {
    raw ??= rawLstat(probe, env, execArgv);
    if (raw) {
      const values = raw(path, false, undefined, true) as Float64Array;
      out.mode = values[MODE] ?? 0;
      out.size = values[SIZE] ?? 0;
      out.mtimeMs = mtime(values);
      return out;
    }
    const stat = lstatSync(path);
    out.mode = stat.mode;
    out.size = stat.size;
    out.mtimeMs = stat.mtimeMs;
    return out;
  };
}
