import {describe, expect, it} from 'vitest';
import {createGate} from '../../src/feeds/gate.js';

// Every item of a feed waits at one gate (ITEMS_AT_ONCE places): a feed of 100,000 items queues 100,000 waiters,
// whose turns must come in order and each in constant time (the queue's Array.shift moved every waiter behind it,
// and 100,000 turns took minutes: that figure is in scripts/bench/README.md, not here).

describe('the gate', () => {
  it('holds at most its places at once and lets waiters through in order, however many wait', async () => {
    const gate = createGate(3);
    const order: number[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({length: 100_000}, async (_, i) => {
        await gate.acquire();
        inside += 1;
        most = Math.max(most, inside);
        order.push(i);
        await Promise.resolve();
        inside -= 1;
        gate.release();
      }),
    );
    expect(most).toBe(3);
    expect(order).toEqual(Array.from({length: 100_000}, (_, i) => i));
  });
});
