import {useEffect, useState} from 'react';
import type {IndexingHandle, IndexProgress} from '../../store/index.js';

/** Background indexing as seen by the UI: the latest progress and a counter that moves whenever data changed. */
export interface IndexingState {
  progress: IndexProgress | null;
  /** Bumped on each report taken: screens re-read the store when it moves. */
  version: number;
  /** True once indexing has reported its end, or when there is none: the library is as complete as it gets. */
  finished: boolean;
}

/** Reports closer together than this are folded into one refresh: re-reading the store per article is waste. */
export const REFRESH_MS = 250;

/** Subscribes to background indexing, if any; the first report and the last are always shown at once. */
export function useIndexing(indexing: IndexingHandle | undefined): IndexingState {
  const [state, setState] = useState<IndexingState>({progress: null, version: 0, finished: !indexing});
  useEffect(() => {
    if (!indexing) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: IndexProgress | null = null;
    let last = 0;
    const take = (progress: IndexProgress | null, finished = false) => {
      last = Date.now();
      setState((s) => ({progress, version: s.version + 1, finished}));
    };
    const unsubscribe = indexing.subscribe((progress, finished) => {
      if (finished) {
        if (timer) clearTimeout(timer);
        timer = null;
        // The last report keeps what failed (an article out of time, a stage that threw): the status line goes on
        // saying so after indexing ends, where it would otherwise vanish with the progress.
        take(progress?.failures ? progress : null, true);
        return;
      }
      const wait = last + REFRESH_MS - Date.now();
      if (wait <= 0 && !timer) {
        take(progress);
        return;
      }
      pending = progress;
      timer ??= setTimeout(
        () => {
          timer = null;
          take(pending);
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
