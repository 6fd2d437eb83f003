import {readdirSync} from 'node:fs';

/** The threads of this process, counted from /proc (Linux). */
export const threads = (): number => readdirSync('/proc/self/task').length;

/**
 * The thread count once it reaches `least`, or after 20 s: a pool's workers after the first start once the first
 * runs (src/store/staged-worker.ts), not when they are asked for.
 */
export async function threadsReaching(least: number): Promise<number> {
  for (let waited = 0; threads() < least && waited < 20_000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return threads();
}
