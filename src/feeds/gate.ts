/** At most `slots` holders at once; the others wait their turn, first come first served. */
export interface Gate {
  acquire(): Promise<void>;
  release(): void;
}

/** A gate of `slots` places. */
export function createGate(slots: number): Gate {
  let free = slots;
  // Waiters from `head` on. Every item of a feed waits here, and Array.shift moved all those behind the first at
  // each turn: a feed of 100,000 items spent minutes in it, and a Ctrl+C seconds more.
  let queue: (() => void)[] = [];
  let head = 0;
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => queue.push(resolve));
    },
    release() {
      const next = queue[head];
      if (!next) {
        free += 1;
        return;
      }
      head += 1;
      // The turns taken are dropped once they are most of the array, so it never holds more than twice the waiters.
      if (head * 2 >= queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      next();
    },
  };
}
