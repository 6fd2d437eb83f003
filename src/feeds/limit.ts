/** Runs tasks with at most `perKey` at once per key (a host) and `total` at once overall. */
export interface Limiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks started so far, per key: what a test can count instead of timing. */
  readonly peak: ReadonlyMap<string, number>;
}

interface Waiting {
  key: string;
  start: () => void;
}

/** A limiter that is polite to each host and bounded overall. */
export function createLimiter(perKey: number, total: number): Limiter {
  const active = new Map<string, number>();
  const peak = new Map<string, number>();
  const waiting: Waiting[] = [];
  let running = 0;

  const pump = (): void => {
    for (let i = 0; i < waiting.length && running < total;) {
      const next = waiting[i];
      if (next && (active.get(next.key) ?? 0) < perKey) {
        waiting.splice(i, 1);
        next.start();
      } else i++;
    }
  };

  return {
    peak,
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          key,
          start: () => {
            running += 1;
            const now = (active.get(key) ?? 0) + 1;
            active.set(key, now);
            peak.set(key, Math.max(peak.get(key) ?? 0, now));
            task()
              .then(resolve, reject)
              .finally(() => {
                running -= 1;
                active.set(key, (active.get(key) ?? 1) - 1);
                pump();
              });
          },
        });
        pump();
      });
    },
  };
}

/** The host part of a URL, the limiter's key; the whole text when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
