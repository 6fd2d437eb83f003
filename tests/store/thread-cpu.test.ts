import {platform} from 'node:os';
import {describe, expect, it} from 'vitest';
import {threadCpuMs} from '../../src/store/thread-cpu.js';

describe('the calling thread’s CPU', () => {
  it.runIf(platform() === 'linux')('grows with work done on this thread, in steps of 10 ms', () => {
    const before = threadCpuMs();
    expect(before).toBeTypeOf('number');
    // Busy until the thread's own count moves by a step (a loop, so no clock is read to decide).
    let after = before;
    for (let i = 0; after === before && i < 1e9; i++) if (i % 1e5 === 0) after = threadCpuMs();
    expect((after ?? 0) - (before ?? 0)).toBeGreaterThanOrEqual(10);
    expect((after ?? 0) % 10).toBe(0);
  });
});
