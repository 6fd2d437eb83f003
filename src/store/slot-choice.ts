// Which extraction worker takes a job: a pure choice over what each worker holds, so the pool's rule is tested
// as a table (tests/store/slot-choice.test.ts).

/** What a job asks of a worker. */
export type JobKind = 'version' | 'read' | 'extract';

/**
 * Jobs a worker holds at once. With one, a worker that finished an article waited for the main thread to send the
 * next, and the main thread was often in a write transaction (tens of ms) or collecting garbage: each of two
 * workers waited 0.4-0.6 s in a cold index of the 280 shipped articles. With two, the next is already there.
 */
export const DEPTH = 2;

/** Reads a worker holding only reads takes at once (each about a millisecond). */
export const READ_DEPTH = 4;

/**
 * The worker for a job of `kind`, given the kinds of jobs each running worker holds (in order) and how many may
 * run: an idle worker first, then a new one; then a read goes to a worker holding only reads, and any other job
 * to the one holding the fewest, never to a worker holding only reads. A read (about a millisecond) never waits
 * behind an extraction (10-20 ms) while a worker is free of them: with extraction running beside the reads, a
 * read queued behind it held the reads of a 2,800-file library to a few per extraction. Null: wait for one.
 */
export function chooseSlot(
  held: readonly (readonly JobKind[])[],
  size: number,
  kind: JobKind,
): number | 'new' | null {
  const idle = held.findIndex((jobs) => jobs.length === 0);
  if (idle >= 0) return idle;
  if (held.length < size) return 'new';
  const reading = (jobs: readonly JobKind[]): boolean => jobs.every((k) => k === 'read');
  if (kind === 'read') {
    const reader = held.findIndex((jobs) => reading(jobs) && jobs.length < READ_DEPTH);
    if (reader >= 0) return reader;
    // A worker holding only reads frees up within milliseconds: wait for it rather than behind an extraction.
    if (held.some(reading)) return null;
  }
  let best: number | null = null;
  held.forEach((jobs, i) => {
    if (jobs.length >= DEPTH || (kind !== 'read' && reading(jobs))) return;
    if (best === null || jobs.length < (held[best]?.length ?? Infinity)) best = i;
  });
  return best;
}
