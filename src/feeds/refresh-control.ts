/** What the reader says when the library has no subscription to refresh. */
export const NO_FEEDS = "No feeds to refresh: add one with 'brief add FEED_URL'";

/** What the reader shows of a refresh running in the background. */
export interface RefreshState {
  running: boolean;
  feedsDone: number;
  feedsTotal: number;
  /** New articles written so far. */
  added: number;
  /** Feeds that failed so far. */
  failed: number;
  /** New articles written into the library's list so far (none: not told): the reader lists them again as it moves. */
  listed?: number;
  /** One line saying how the last refresh ended, once it has; null while running or before any. */
  outcome: string | null;
  /** The outcome in shorter words, longest first, for a narrow window (none: it has no shorter form). */
  shorter?: readonly string[];
}

/** A refresh the reader can start with a key and watch in its status line. */
export interface RefreshControl {
  /** Starts a refresh unless one is running or there is nothing to refresh. */
  start(): 'started' | 'running' | 'no-feeds';
  /** Calls `listener` on every change of state; returns an unsubscribe function. */
  subscribe(listener: (state: RefreshState) => void): () => void;
}
