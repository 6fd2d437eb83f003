import {useEffect, useState} from 'react';
import type {IndexingHandle, IndexProgress} from '../../store/index.js';

/** Background indexing as seen by the UI: the latest progress and a counter that moves whenever data changed. */
export interface IndexingState {
  progress: IndexProgress | null;
  /** Bumped on each report: screens re-read the store when it moves. */
  version: number;
}

/** Subscribes to background indexing, if any. */
export function useIndexing(indexing: IndexingHandle | undefined): IndexingState {
  const [state, setState] = useState<IndexingState>({progress: null, version: 0});
  useEffect(() => {
    if (!indexing) return;
    return indexing.subscribe((progress, finished) => {
      setState((s) => ({progress: finished ? null : progress, version: s.version + 1}));
    });
  }, [indexing]);
  return state;
}
