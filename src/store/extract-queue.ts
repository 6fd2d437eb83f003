// Texts to extract as their files are read, taken newest first: a first index starts extracting with its first
// reads instead of after reading the whole folder, and still analyses the newest articles of those read first.
import type {ExtractJob} from './index-jobs.js';

/** A queue that lanes wait on until it has a job or is closed. */
export interface ExtractQueue {
  /** Adds a text, dated by its article (ISO date, or '' for none). */
  push(job: ExtractJob, date: string): void;
  /** The newest job waiting; waits for one; null once closed and empty. */
  take(): Promise<ExtractJob | null>;
  /** No more jobs will come: waiting lanes get null once the queue is empty. */
  close(): void;
  /** Jobs waiting, not yet taken. */
  readonly size: number;
}

/** An empty queue. */
export function createExtractQueue(): ExtractQueue {
  // Kept sorted oldest first, so the newest is popped from the end; files are read in path order, which is often
  // date order, so an insertion lands near the end.
  const waiting: {job: ExtractJob; date: string}[] = [];
  const lanes: ((job: ExtractJob | null) => void)[] = [];
  let closed = false;
  return {
    push(job, date) {
      const lane = lanes.shift();
      if (lane) return lane(job);
      let at = waiting.length;
      while (at > 0 && (waiting[at - 1]?.date ?? '') > date) at -= 1;
      waiting.splice(at, 0, {job, date});
    },
    take() {
      const next = waiting.pop();
      if (next) return Promise.resolve(next.job);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => lanes.push(resolve));
    },
    close() {
      closed = true;
      for (const lane of lanes.splice(0)) lane(null);
    },
    get size() {
      return waiting.length;
    },
  };
}
