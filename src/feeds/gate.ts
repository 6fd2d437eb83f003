/** At most `slots` holders at once; the others wait their turn, first come first served. */
export interface Gate {
  acquire(): Promise<void>;
  release(): void;
}

/** A gate of `slots` places. */
export function createGate(slots: number): Gate {
  let free = slots;
  const queue: (() => void)[] = [];
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => queue.push(resolve));
    },
    release() {
      const next = queue.shift();
      if (next) next();
      else free += 1;
    },
  };
}
