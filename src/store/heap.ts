import {getHeapStatistics, setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

// A full garbage collection on request. A first index of 50,000 files passes every file's text through the main
// thread once; V8 let that garbage pile up in the old generation (heap 143 MB for 21 MB live) and the run peaked
// at 309 MB RSS against a 300 MB target. Collecting every 2 s while writing keeps it at 259 MB. Node exposes gc()
// only behind --expose-gc, which a CLI started as `brief …` cannot pass, so the flag is set at run time and the
// function taken from a fresh context; where that is refused, this does nothing and only memory is at stake. The
// flag is set back at once (the function stays): V8 stamps a code cache with the flags in force and refuses it
// under others, and the reader's and the workers' caches are taken later in the run than this.
let collect: (() => void) | null | undefined;

/** Runs a full garbage collection where the runtime allows it; otherwise nothing. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      setFlagsFromString('--no-expose-gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * Heap in use below which a run's periodic collections are skipped: the heap of a cold index of the 280 shipped
 * articles stays at 10-20 MB, where a forced collection at its end took 8-10 ms of the main thread after the workers
 * were done, for no memory a user would see. A first index of 10,000 files passes it: with 64 MB here its peak RSS
 * went from 236 to 273 MB (the collections it skipped kept it down); with 24 MB, 244 MB.
 */
export const COLLECT_ABOVE_MB = 24;

/** Collects (collectGarbage) when V8's heap in use is at least `minMb`; says whether it did. */
export function collectLargeHeap(minMb = COLLECT_ABOVE_MB): boolean {
  if (getHeapStatistics().used_heap_size < minMb * 1024 * 1024) return false;
  collectGarbage();
  return true;
}
