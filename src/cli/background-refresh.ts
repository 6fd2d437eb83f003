import {openFeedsDb} from '../feeds/feeds-db.js';
import type {RefreshSummary} from '../feeds/refresh.js';
import type {RefreshControl, RefreshState} from '../feeds/refresh-control.js';
import type {Db} from '../store/open-db.js';

import type {ReaderModules} from './reader-modules.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A refresh control for the reader, and stop() for quitting while a refresh runs. */
export interface BackgroundRefresh extends RefreshControl {
  /** Stops a running refresh (articles already written stay) and resolves when it has let go of the database. */
  stop(): Promise<void>;
}

/**
 * "Refreshed 12 feeds: 5 new articles, 1 feed failed, 2 items not read (brief feeds shows why)": items not read are
 * tried again next time; those kept as the feed's teaser alone (their page gone) are said too.
 */
export function outcomeLine(summary: RefreshSummary): string {
  let skipped = 0;
  let teasers = 0;
  let broken = 0;
  for (const f of summary.feeds) {
    skipped += f.skipped;
    teasers += f.teasers;
    // Said once, as `brief refresh` says it: when the feed breaks, not at every refresh while it stays broken.
    if (f.problem && !f.problemSeen) broken += 1;
  }
  const problems = [
    summary.failed ? `${plural(summary.failed, 'feed')} failed` : '',
    broken ? `${plural(broken, 'feed')} read in part (not well-formed XML)` : '',
    skipped ? `${plural(skipped, 'item')} not read` : '',
    teasers ? `${plural(teasers, 'item')} kept as teaser only` : '',
  ].filter((p) => p !== '');
  const why = problems.length ? `, ${problems.join(', ')} (brief feeds shows why)` : '';
  return `Refreshed ${plural(summary.feeds.length, 'feed')}: ${plural(summary.added, 'new article')}${why}`;
}

/**
 * Refreshes the feeds of library `root` in the background of the reader, through the reader's own database
 * connection. Fetching is asynchronous and pages are read on worker threads, so keys keep being answered;
 * `onArticle` hears of each article as it lands (the reader re-indexes).
 */
export function createBackgroundRefresh(
  db: Db,
  root: string,
  onArticle: (path: string) => void,
  // The refresh machinery (the HTML reader among it) loads on the first R, never before the reader's first frame.
  machinery: ReaderModules['refresh'],
): BackgroundRefresh {
  const listeners = new Set<(state: RefreshState) => void>();
  let state: RefreshState = {running: false, feedsDone: 0, feedsTotal: 0, added: 0, failed: 0, outcome: null};
  let running: Promise<void> | null = null;
  let controller: AbortController | null = null;
  const emit = (change: Partial<RefreshState>): void => {
    state = {...state, ...change};
    for (const listener of listeners) listener(state);
  };

  const run = async (): Promise<void> => {
    const [{refreshFeeds}, {openTarget}, {createPagePool}, {createFetcher}] = await machinery();
    const target = openTarget(db, root);
    const fetcher = createFetcher();
    const pages = createPagePool();
    controller = new AbortController();
    try {
      const summary = await refreshFeeds({
        target,
        fetcher,
        pages,
        signal: controller.signal,
        onArticle,
        onProgress: (p) => emit({...p, running: true}),
      });
      emit({running: false, outcome: outcomeLine(summary)});
    } catch (err) {
      emit({running: false, outcome: `Refresh failed: ${err instanceof Error ? err.message : String(err)}`});
    } finally {
      fetcher.close();
      await pages.close();
      controller = null;
    }
  };

  return {
    start() {
      if (running) return 'running';
      let feeds = 0;
      try {
        feeds = openFeedsDb(db, root).list().length;
      } catch {
        feeds = 0;
      }
      if (feeds === 0) return 'no-feeds';
      emit({running: true, feedsDone: 0, feedsTotal: feeds, added: 0, failed: 0, outcome: null});
      running = run().finally(() => {
        running = null;
      });
      return 'started';
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    async stop() {
      controller?.abort();
      await running;
    },
  };
}
