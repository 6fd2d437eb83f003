import {useEffect, useState} from 'react';
import type {RefreshControl, RefreshState} from '../../feeds/refresh-control.js';

/** A background refresh as the UI sees it: its latest state, or null when there is none to watch. */
export function useRefresh(refresh: RefreshControl | undefined): RefreshState | null {
  const [state, setState] = useState<RefreshState | null>(null);
  useEffect(() => (refresh ? refresh.subscribe(setState) : undefined), [refresh]);
  return state;
}

/** "refreshing 3/12 feeds · 5 new · 1 failed" while a refresh runs, else null. */
export function refreshText(state: RefreshState | null): string | null {
  if (!state?.running) return null;
  const failed = state.failed ? ` · ${state.failed} failed` : '';
  return `refreshing ${state.feedsDone}/${state.feedsTotal} feeds · ${state.added} new${failed}`;
}
