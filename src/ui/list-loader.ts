import type {ArticleRecord, ListCursor, Store} from '../store/index.js';
import {listArticles} from './view-data.js';

/**
 * Rows read per slice: ~2 ms on an idle machine (a row is 15-25 µs to read), so a key waits at most that long while
 * the list loads (1,000 rows a slice were 60-190 ms of a profiled reader at 10,000 articles under load, in front of
 * the first list moves; 250 rows 10-120 ms under load at 10,000 and 100,000).
 */
export const LIST_SLICE = 100;

/**
 * No slice within this long of a key (as the warm-ups, idle-steps.ts): a burst of keys (a held j) has the thread to
 * itself, and the list goes on loading when the keys stop.
 */
export const LIST_QUIET_MS = 40;

/**
 * In a library of at most this many articles a key finishes the load at once (a small library never shows half a
 * list). A larger one's keys never do, even with few rows left: at 10,000 articles the key that came when fewer than
 * this many were left read them all (2,000 rows, 30-50 ms idle, 0.4-0.9 s of a profiled reader under load), the
 * slowest list move of a session.
 */
export const FINISH_AT_ONCE = 2000;

/** Reads of the full article list, one at a time: a newer one (the data changed) cancels the one before. */
export interface ListLoader {
  /**
   * Starts reading the list again, a slice per turn of the event loop; `done` gets the whole list. `soft` (new rows
   * from indexing): a read in progress is finished and handed over first, then the list is read once more.
   */
  reload(soft?: boolean): void;
  /** Reads the rest now when the library (`total` articles) is at most `FINISH_AT_ONCE` (a key wants the whole list). */
  finishSmall(total: number): void;
  /** Stops any read in progress. */
  cancel(): void;
}

/**
 * The reader's full list, read in slices with the event loop free between them: at 50,000 articles a read in one
 * go took 2.5-10 s on a busy machine, during which no key was answered. Stores without paged reads are read in
 * one go (they are small or in memory).
 */
export function createListLoader(
  store: Store,
  done: (articles: ArticleRecord[]) => void,
  /** When the last key was handled (performance.now()); none: slices never wait for keys. */
  lastKeyAt: () => number = () => -Infinity,
): ListLoader {
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let rows: ArticleRecord[] = [];
  let ids = new Set<string>();
  let after: ListCursor | null = null;
  let loading = false;
  // A soft reload asked for while a read was in progress.
  let again = false;

  // One slice; false when the list is complete (and handed over) or the read failed (what is shown stays).
  const slice = (limit: number): boolean => {
    let page;
    try {
      page = store.articlesAfter?.(after, limit) ?? null;
    } catch {
      loading = false;
      return false;
    }
    if (!page) {
      loading = false;
      done(listArticles(store));
      return false;
    }
    // A row whose place in the order moved past the cursor during the read (its file changed) is kept once.
    for (const article of page.articles) {
      if (ids.has(article.id)) continue;
      ids.add(article.id);
      rows.push(article);
    }
    after = page.next;
    if (after) return true;
    loading = false;
    // The ids were for this read's pages only: at 100,000 articles the set is a few MB the reader would keep.
    ids = new Set();
    done(rows);
    if (again) {
      again = false;
      start();
    }
    return false;
  };

  const step = (mine: number): void => {
    timer = null;
    if (mine !== run) return;
    const wait = lastKeyAt() + LIST_QUIET_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(() => step(mine), wait);
      return;
    }
    if (slice(LIST_SLICE)) timer = setTimeout(() => step(mine), 0);
  };

  const start = (): void => {
    if (timer) clearTimeout(timer);
    run += 1;
    rows = [];
    ids = new Set();
    after = null;
    loading = true;
    again = false;
    // A store without paged reads hands its whole list over at once, in the same turn as the change it shows.
    if (!store.articlesAfter) {
      slice(LIST_SLICE);
      return;
    }
    const mine = run;
    timer = setTimeout(() => step(mine), 0);
  };

  return {
    // Indexing reports new rows about once a second, and a 10,000-article list takes longer than that to read in
    // slices on a busy machine: restarted at each report, a first run's list was never handed over, and the reader
    // said "0 articles" until the files were all read. A soft reload lets the read in progress finish.
    reload(soft = false) {
      if (soft && loading) {
        again = true;
        return;
      }
      start();
    },
    finishSmall(total) {
      if (!loading || total > FINISH_AT_ONCE) return;
      if (timer) clearTimeout(timer);
      timer = null;
      while (slice(FINISH_AT_ONCE));
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      run += 1;
      loading = false;
      again = false;
    },
  };
}
