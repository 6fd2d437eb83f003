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

/** Milliseconds of analysis before a time left is given: the first texts go at cold workers' pace. */
export const ETA_AFTER_MS = 1500;
/** The span of the latest progress the rate is measured over. */
export const RATE_WINDOW_MS = 3000;

/** What the pace of a run says at a moment: texts a second lately, the seconds the rest takes at it. */
export interface RecentPace {
  rate: number;
  etaSeconds: number;
}

/**
 * Follows one run's progress (`done` of `total` at `now`, ms) and gives its recent pace once it means something
 * (paceSettled, ETA_AFTER_MS of analysis), measured over the last RATE_WINDOW_MS rather than the whole run: workers
 * speed up about three times over their first texts, and the run's average said "45s" at 22/280 of an index that
 * ended 8 s later. Null before, and once every text is done.
 */
export function recentPace(): (done: number, total: number, now: number) => RecentPace | null {
  let since: number | null = null;
  const samples: {at: number; done: number}[] = [];
  return (done, total, now) => {
    since ??= now;
    samples.push({at: now, done});
    while (samples.length > 2 && (samples[1]?.at ?? now) <= now - RATE_WINDOW_MS) samples.shift();
    const first = samples[0];
    if (done >= total || now - since < ETA_AFTER_MS || !paceSettled(done, total)) return null;
    if (!first || now - first.at < ETA_AFTER_MS / 2) return null;
    const rate = ((done - first.done) * 1000) / (now - first.at);
    return rate > 0 ? {rate, etaSeconds: (total - done) / rate} : null;
  };
}
