import {feedName} from '../feeds/feed-name.js';
import {openFeedsDb} from '../feeds/feeds-db.js';
import {leftLine} from '../feeds/left-line.js';
import type {RefreshSummary} from '../feeds/refresh.js';
import {NO_FEEDS, type RefreshControl, type RefreshState} from '../feeds/refresh-control.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import {UI_WRITE_WAIT_MS} from '../store/write-lock.js';

import type {ReaderModules} from './reader-modules.js';

type ListLanded = Awaited<ReturnType<ReaderModules['refresh']>>[5]['listLanded'];

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
  return outcomeLines(summary)[0]!;
}

/**
 * The refresh's line in forms longest first, for the reader to show the longest that its width holds (App). A
 * feed with more new items than one refresh takes is said as `brief refresh` says it ("; Harbour Weekly: 2000 of
 * its 2500 items taken (the newest); the other 500 are left for the next refresh"), then shorter ("; 500 more
 * items are left for the next refresh", "; 500 left for the next R"); without one, the line has one form.
 */
export function outcomeLines(summary: RefreshSummary): string[] {
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
  const line = `Refreshed ${plural(summary.feeds.length, 'feed')}: ${plural(summary.added, 'new article')}${why}`;
  const leftFeeds = summary.feeds.filter((f) => f.left > 0);
  if (leftFeeds.length === 0) return [line];
  const left = leftFeeds.reduce((sum, f) => sum + f.left, 0);
  const of = leftFeeds.length > 1 ? ` of ${leftFeeds.length} feeds` : '';
  return [
    `${line}${leftFeeds.map((f) => `; ${feedName(f)}: ${leftLine(f)}`).join('')}`,
    `${line}; ${left} more ${left === 1 ? 'item' : 'items'}${of} ${left === 1 ? 'is' : 'are'} left for the next refresh`,
    `${line}; ${left} left for the next R`,
  ];
}

// Files read per turn of the event loop while R first reads the folder: about a frame's worth.
const SYNC_BATCH = 8;

/**
 * The articles a refresh writes are listed at most this often (the first at once): each listing re-reads the
 * reader's list, ~80 ms at 10,000 articles, as an index run's report does (at most one a second, tui-command.ts).
 */
export const LIST_EVERY_MS = 1000;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Refreshes the feeds of the store's library in the background of the reader, through the reader's own database
 * connection. As `brief refresh` does, it first reads the folder's new and changed files (a few per turn, so keys
 * are answered), so that an item a file holds already (a database made new, the reader's first index not done) is
 * not written again beside it; a folder that cannot be read, or another program's write lock, leaves the store as
 * it was. Fetching is asynchronous and pages are read on worker threads, so keys keep being answered. Each
 * article that lands is written into the library's list (store/list-landed.ts; `listed` counts them, the reader
 * re-lists) and then told to `onArticle` (the reader indexes it): while an index run goes (a big first index), the
 * new articles show at once rather than when that run ends.
 */
export function createBackgroundRefresh(
  store: SqliteStore,
  onArticle: (path: string) => void,
  // The refresh machinery (the HTML reader among it) loads on the first R, never before the reader's first frame.
  machinery: ReaderModules['refresh'],
): BackgroundRefresh {
  const listeners = new Set<(state: RefreshState) => void>();
  let state: RefreshState = {
    running: false,
    feedsDone: 0,
    feedsTotal: 0,
    added: 0,
    failed: 0,
    listed: 0,
    outcome: null,
  };
  let running: Promise<void> | null = null;
  let controller: AbortController | null = null;
  // Whether the folder has been read once: before, a library without subscriptions in this database may have them
  // back from its articles (a database made new: store/recover-feeds.ts), as `brief refresh` finds them.
  let synced = false;
  const emit = (change: Partial<RefreshState>): void => {
    state = {...state, ...change};
    for (const listener of listeners) listener(state);
  };

  // Articles written and not listed yet, and when they were last listed.
  let landed: string[] = [];
  let listTimer: ReturnType<typeof setTimeout> | null = null;
  let listedAt = -Infinity;
  const listNow = (list: ListLanded): void => {
    if (listTimer) clearTimeout(listTimer);
    listTimer = null;
    const paths = landed;
    landed = [];
    if (paths.length === 0) return;
    listedAt = performance.now();
    let listed: number | symbol = 0;
    try {
      // Another program's write lock (BUSY) or a failing write: the index run reads them, as any new file.
      listed = list(store, paths, UI_WRITE_WAIT_MS);
    } catch {
      // As above.
    }
    if (typeof listed === 'number' && listed > 0) emit({listed: (state.listed ?? 0) + listed});
    for (const path of paths) onArticle(path);
  };
  const land = (list: ListLanded, path: string): void => {
    landed.push(path);
    listTimer ??= setTimeout(() => listNow(list), Math.max(0, listedAt + LIST_EVERY_MS - performance.now()));
  };

  // Resolves with the state it ends in, said once the refresh has let go (an R then starts another).
  const run = async (signal: AbortSignal): Promise<Partial<RefreshState>> => {
    const [{refreshFeeds}, {openTarget}, {createPagePool}, {createFetcher}, {syncFiles}, {listLanded}] =
      await machinery();
    try {
      const sync = await syncFiles(store, {
        batch: SYNC_BATCH,
        between: nextTurn,
        writeWaitMs: UI_WRITE_WAIT_MS,
      });
      // Files it read are to be indexed, as an article the refresh writes is.
      if (sync.read + sync.removed > 0) onArticle(store.root);
    } catch (err) {
      // Another program writes the database (a `brief index` elsewhere): the folder's new files are not known
      // yet, so items they hold could be written again beside them; R waits for that program instead of the keys.
      // (By name: the sync comes from the refresh machinery's own bundle, with its own copy of the class.)
      if (err instanceof Error && err.name === 'WriteBusy') {
        onArticle(store.root);
        return {
          running: false,
          outcome: 'Not refreshed: another program is writing the database; press R again soon',
        };
      }
      // Otherwise the store as it was: what it holds still counts.
    }
    synced = true;
    if (signal.aborted) return {running: false};
    if (countFeeds() === 0) return {running: false, outcome: NO_FEEDS};
    const target = openTarget(store.db, store.root);
    const fetcher = createFetcher();
    const pages = createPagePool();
    try {
      const summary = await refreshFeeds({
        target,
        fetcher,
        pages,
        signal,
        onArticle: (path) => land(listLanded, path),
        onProgress: (p) => emit({...p, running: true}),
      });
      const [outcome, ...shorter] = outcomeLines(summary);
      return {running: false, outcome: outcome!, shorter};
    } catch (err) {
      return {running: false, outcome: `Refresh failed: ${err instanceof Error ? err.message : String(err)}`};
    } finally {
      // What landed since the last listing is listed before the outcome is said.
      listNow(listLanded);
      fetcher.close();
      await pages.close();
    }
  };

  const countFeeds = (): number => {
    try {
      return openFeedsDb(store.db, store.root).list().length;
    } catch {
      return 0;
    }
  };

  return {
    start() {
      if (running) return 'running';
      const feeds = countFeeds();
      if (feeds === 0 && synced) return 'no-feeds';
      emit({running: true, feedsDone: 0, feedsTotal: feeds, added: 0, failed: 0, listed: 0, outcome: null});
      controller = new AbortController();
      running = run(controller.signal)
        .catch((err: unknown) => ({
          running: false,
          outcome: `Refresh failed: ${err instanceof Error ? err.message : String(err)}`,
        }))
        .then((end) => {
          running = null;
          controller = null;
          emit(end);
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
