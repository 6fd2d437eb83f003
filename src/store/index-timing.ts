import type {IndexTiming} from './index-types.js';
import type {PoolTiming} from './pool.js';

/** The summary's timing from the pool's counts and the main thread's time in writes. */
export function indexTiming(pool: PoolTiming, spent: {writeMs: number; linkMs: number}): IndexTiming {
  const sorted = [...pool.extractMs].sort((a, b) => a - b);
  return {
    workerStartMs: Math.max(0, ...pool.workerStartMs),
    extractMs: sorted.reduce((sum, ms) => sum + ms, 0),
    extractMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    ...spent,
    workerCpuMs: pool.workerCpuMs ?? [],
  };
}
