/** Texts analysed before a run's pace (rate, time left) is shown; a tenth of a run of under 200. */
export const PACE_AFTER = 20;

/**
 * Whether `done` of `total` texts say enough of the pace for a rate and a time left: a run's first texts go at a
 * cold worker's pace, and at 1/280 a first run read "330s left" for an analysis of about 20 s. The reader's status
 * line and `brief index`'s progress line both wait for it.
 */
export function paceSettled(done: number, total: number): boolean {
  return done >= Math.min(PACE_AFTER, Math.ceil(total / 10));
}
