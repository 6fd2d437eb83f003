import {useEffect, useState} from 'react';
import type {IndexingHandle, IndexProgress} from '../../store/index.js';
import {recentPace} from '../state/pace.js';

/** Background indexing as seen by the UI: the latest progress and a counter that moves whenever data changed. */
export interface IndexingState {
  progress: IndexProgress | null;
  /** Bumped on each report taken of a run that changed data: screens re-read the store when it moves. */
  version: number;
  /** True once indexing has reported its end, or when there is none: the library is as complete as it gets. */
  finished: boolean;
}

/** Reports closer together than this are folded into one refresh: re-reading the store per article is waste. */
export const REFRESH_MS = 250;

const changed = (progress: IndexProgress): boolean => progress.changed !== false;

/** Subscribes to background indexing, if any; the first report and the last are always shown at once. */
export function useIndexing(indexing: IndexingHandle | undefined): IndexingState {
  const [state, setState] = useState<IndexingState>({progress: null, version: 0, finished: !indexing});
  useEffect(() => {
    if (!indexing) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: IndexProgress | null = null;
    let last = 0;
    // A run that has changed nothing (every file as stored, the usual start) leaves the data version alone: a new
    // version re-reads the whole list and builds search's index again, seconds of work at 100,000 articles.
    const take = (progress: IndexProgress | null, finished = false, changed = true) => {
      last = Date.now();
      setState((s) => ({progress, version: s.version + (changed ? 1 : 0), finished}));
    };
    // The rate and time left the status line shows are the run's recent pace, once it means something (pace.ts).
    const paced = recentPace();
    const unsubscribe = indexing.subscribe((report, finished) => {
      const recent =
        report.reading || report.shared ? null : paced(report.done, report.total, performance.now());
      const progress =
        report.reading || report.shared
          ? report
          : {...report, rate: recent?.rate ?? 0, etaSeconds: recent?.etaSeconds ?? null};
      if (finished) {
        if (timer) clearTimeout(timer);
        timer = null;
        // What could not be used stays on the status line after the run; the progress itself goes.
        const {failures, skipped, failed} = progress;
        take(
          failures || skipped || failed ? {...progress, done: progress.total} : null,
          true,
          changed(progress),
        );
        return;
      }
      const wait = last + REFRESH_MS - Date.now();
      if (wait <= 0 && !timer) {
        take(progress, false, changed(progress));
        return;
      }
      pending = progress;
      timer ??= setTimeout(
        () => {
          timer = null;
          take(pending, false, pending ? changed(pending) : true);
        },
        Math.max(0, wait),
      );
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [indexing]);
  return state;
}
