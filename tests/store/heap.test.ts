import {describe, expect, it} from 'vitest';
import {runInNewContext} from 'node:vm';
import {collectGarbage, collectLargeHeap} from '../../src/store/heap.js';

// The first index of a big library collects its main thread's garbage every 2 s while writing (heap.ts).

function dropped(): WeakRef<object> {
  return new WeakRef({payload: new Array(1000).fill('harbour')});
}

describe('collectGarbage', () => {
  it('frees what nothing holds any more, each time it is called', async () => {
    for (let i = 0; i < 2; i++) {
      const ref = dropped();
      // A WeakRef keeps its target until the current job ends.
      await new Promise((resolve) => setTimeout(resolve, 0));
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    }
  });
});

describe('collectGarbage and V8’s flags', () => {
  it('leaves --expose-gc as it found it, so a code cache taken after it matches the next start’s flags', () => {
    collectGarbage();
    // A context made now gets no gc(): the flag is off again.
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

describe('collectLargeHeap', () => {
  it('collects only when the heap in use reaches the size asked', async () => {
    expect(collectLargeHeap(1024 * 1024)).toBe(false);
    const ref = dropped();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(collectLargeHeap(0)).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
