import {useEffect, useState} from 'react';
import type {RefreshControl, RefreshState} from '../../feeds/refresh-control.js';

/** A background refresh as the UI sees it: its latest state, or null when there is none to watch. */
export function useRefresh(refresh: RefreshControl | undefined): RefreshState | null {
  const [state, setState] = useState<RefreshState | null>(null);
  useEffect(() => (refresh ? refresh.subscribe(setState) : undefined), [refresh]);
  return state;
}

/**
 * "refreshing 3/12 feeds · 5 new · 1 failed" while a refresh runs, then its narrower forms, widest first: the count
 * of new articles stays to the last ("refreshing: 5 new", "5 new"); null when no refresh runs.
 */
export function refreshText(state: RefreshState | null): readonly string[] | null {
  if (!state?.running) return null;
  const news = `${state.added} new${state.failed ? ` · ${state.failed} failed` : ''}`;
  const feeds = `${state.feedsDone}/${state.feedsTotal}`;
  return [
    `refreshing ${feeds} feeds · ${news}`,
    `refreshing ${feeds} · ${news}`,
    `refreshing: ${news}`,
    `refreshing: ${state.added} new`,
    `${state.added} new`,
  ];
}
