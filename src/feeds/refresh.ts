import {errorLine, WebError} from '../web/errors.js';
import {isXmlProblem, parseFeedText, type FeedEntry, type ParsedFeed} from '../web/feed.js';
import type {Fetcher, FetchResponse} from '../web/fetch.js';
import type {FeedRow} from './feeds-db.js';
import {inlinePageReader, type PageReader} from './page-pool.js';
import type {RawPage} from './page-reader.js';
import {createGate} from './gate.js';
export {leftLine} from './left-line.js';
import {itemArticle} from './items.js';
import {itemKeyOf, urlKeyOf} from './keys.js';
import {createLimiter, hostOf, type Limiter} from './limit.js';
import {itemsWithoutSiteName, pageTitles, pageTitleWithoutSite} from './site-titles.js';
import {ACCEPT, loadResponse} from './sources.js';
import type {Target} from './target.js';
import {ITEM_NOT_READ} from './item-not-read.js';

/** One item that did not come in from its page, for a line of its own: why, and whether the feed's text stood in. */
export interface ItemNote {
  title: string | null;
  link: string | null;
  /** Why the item's page was not read (or the article not written). */
  reason: string;
  /** Added from the feed's own text (its teaser) in the page's place; false: not added at all. */
  kept: boolean;
  /** Not added, for a reason that may pass (a server error, a timeout): tried again next time. */
  later: boolean;
}

/** What one feed's refresh did. */
export interface FeedResult {
  url: string;
  title: string | null;
  /** 'unchanged' when the server answered 304 Not Modified. */
  status: 'updated' | 'unchanged' | 'failed';
  /** Items in the feed. */
  items: number;
  /** New articles written. */
  added: number;
  /** Items already in the library. */
  known: number;
  /** Items that could not be read this time (each retried next time, unless it can never be read), with the first reason. */
  skipped: number;
  /** Items found unreadable for good at an earlier refresh (said then): neither tried nor said again. */
  unreadable: number;
  /** Items left for the next refresh: the feed held more new items than one run takes (ITEMS_PER_FEED). */
  left: number;
  error: string | null;
  /** Items kept as the feed's teaser alone because their page is gone for good (404, not an article), with why. */
  teasers: number;
  teaserError: string | null;
  /** Each item skipped or kept as its teaser, in the feed's order (oldest last). */
  notes: ItemNote[];
  /** Where and why the feed's XML is not well-formed (its items are those that could still be read), or null. */
  problem: string | null;
  /**
   * The feed's last fetch found it not well-formed already: a feed that stays broken is said once, when it breaks,
   * not at every refresh (`brief feeds` shows it meanwhile).
   */
  problemSeen: boolean;
}

/** A feed's items dealt with at once (their pages fetched within the limiter's bounds, far fewer). */
const ITEMS_AT_ONCE = 64;

/**
 * New items taken from one feed in one run, the newest: a feed of 100,000 teasers fetched 100,000 pages in one add
 * (16 minutes, 593 MB). The rest are left for the next refresh, which takes the next ones.
 */
export const ITEMS_PER_FEED = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How long an item not read for now (a 503, a timeout) is tried again, at each refresh, from its first failure: one
 * still failing after that (at least two tries, three days apart) is given up, said once and not tried again.
 */
export const RETRY_MS = 3 * DAY_MS;

/** Least time between two reports of articles landing (a feed's end is always told). */
const PROGRESS_MS = 100;

/** Progress of a refresh, for a status line. */
export interface RefreshProgress {
  feedsDone: number;
  feedsTotal: number;
  added: number;
  failed: number;
}

/** How to refresh. */
export interface RefreshOptions {
  target: Target;
  fetcher: Fetcher;
  /** Only these feeds (default: every subscription). */
  feeds?: readonly FeedRow[];
  /** Requests at once to one host. Default 2. */
  perHost?: number;
  /** Requests at once in all. Default 16. */
  concurrency?: number;
  onProgress?: (progress: RefreshProgress) => void;
  /** Told of each article written, as it lands. */
  onArticle?: (path: string) => void;
  /** Told of each feed's item count once it is read. */
  onItems?: (count: number) => void;
  /** Told of each item dealt with. */
  onItem?: () => void;
  signal?: AbortSignal;
  /** Reads fetched pages (default: on the calling thread). */
  pages?: PageReader;
  /** New items taken from one feed in one run (default ITEMS_PER_FEED). */
  perFeed?: number;
}

/** Shared by the feeds of one refresh (or one add): the library, the fetcher, the bound, the page reader. */
export interface Run {
  target: Target;
  fetcher: Fetcher;
  limiter: Limiter;
  pages: PageReader;
  /** New items taken from one feed in one run. */
  perFeed: number;
  onArticle: (path: string) => void;
  /** Told of a feed's items once it is read: how many there are. */
  onItems: (count: number) => void;
  /** Told of each item dealt with (written, known already, or not read). */
  onItem: () => void;
  signal?: AbortSignal;
}

/**
 * Takes in a fetched feed: writes an article for each item the library does not have, fetching the page of
 * items that carry only a teaser. Validators are stored only when every item was dealt with (an item that cannot
 * be read for good is dealt with), so an item that failed for now is seen again (not hidden behind 304 Not
 * Modified) next time. A feed read from a file (`response` null) adds its new items but leaves the subscription's
 * fetch state alone.
 */
export async function ingestFeed(
  feedUrl: string | null,
  feed: ParsedFeed,
  response: FetchResponse | null,
  run: Run,
): Promise<FeedResult> {
  const {target} = run;
  const result: FeedResult = {
    ...nothingAdded(feedUrl ?? '', feed.title, 'updated', feed.items.length),
    problem: feed.problem,
  };
  // Notes land as items finish; they are put back in the feed's order at the end.
  const noted = new Map<number, ItemNote>();
  const ctx = {
    feedUrl,
    feedTitle: feed.title,
    fetcher: run.fetcher,
    schedule: <T>(url: string, task: () => Promise<T>) => run.limiter.run(hostOf(url), task),
    readPage: (page: RawPage) => run.pages.read(page),
    ...(run.signal ? {signal: run.signal} : {}),
  };
  // What `brief feeds` counts: every article of this feed that brief brought into the library, whether written now
  // or already there (from a feed file that did not name its address, or before a subscription was removed).
  const linkTo = async (path: string): Promise<void> => {
    if (feedUrl && target.isAdded(path)) await target.link(feedUrl, path);
  };
  // Items not read for now (offline, a 503, a file not written, a broken document): the next fetch must see them
  // again.
  let retry = 0;
  // ...and remembered, so that the next run tries them again on top of its cap of new items (takenItems).
  const deferred = async (keys: readonly string[], reason: string): Promise<void> => {
    retry += 1;
    // Not remembered (the database busy elsewhere): the item is simply new again next time.
    await target.markDeferred(keys, reason, feedUrl).catch(() => {});
  };
  // One that has failed for RETRY_MS since its first failure is given up (remembered as never readable), said once.
  const givenUp = (keys: readonly string[]): boolean => {
    const since = target.deferredSince(keys);
    return since !== null && Date.now() - since >= RETRY_MS;
  };
  const givenUpReason = (reason: string, keys: readonly string[]): string => {
    const days = Math.floor((Date.now() - (target.deferredSince(keys) ?? Date.now())) / DAY_MS);
    return `${reason}; not read for ${days} days, so given up`;
  };
  // The newest new items up to the cap, then oldest first, so a partly finished refresh leaves the older items in
  // and the next one picks up the rest.
  const all = itemsWithoutSiteName(feed.items);
  const {taken, left} = takenItems(all, feedUrl, run);
  result.left = left;
  const items = taken.reverse();
  // An item without a title takes its page's: the site's name those pages share is known once all are read.
  const untitled = pageTitles(items.filter((item) => !item.title?.trim()).length);
  // Each file counts as added a millisecond apart in the feed's order (its first item newest), not in the order
  // the items' pages happened to arrive: the list orders a day's articles whose date gives no time by that.
  const began = Date.now();
  // So many items at once at most: all 3,000 of a big feed at once wrote their files together, the first one
  // finished near the end (the count a terminal shows jumped from nothing to all), and held every text in memory.
  const gate = createGate(ITEMS_AT_ONCE);
  run.onItems(items.length);
  /**
   * Adds one item (the `i`th, oldest first), unless the library holds it; `settle` gives its page's title. The path
   * of the article it wrote, else null.
   */
  const addItem = async (
    item: FeedEntry,
    i: number,
    note: (reason: string, kept: boolean, later?: boolean) => void,
    settle: (title: string | null) => void,
  ): Promise<string | null> => {
    // Stopped (Ctrl+C): an item begun now ends here. Each of a big feed's items not yet begun looked itself up in
    // the database first, and 100,000 of them took 15 s to stop.
    if (run.signal?.aborted) return null;
    const keys = keysOf(item, feedUrl);
    const held = keys.length > 0 ? target.holder(keys) : null;
    if (held !== null) {
      result.known += 1;
      await linkTo(held);
      return null;
    }
    if (target.wasUnreadable(keys)) {
      result.unreadable += 1;
      return null;
    }
    const text = await itemArticle(item, ctx);
    settle(text.ok && text.fetched ? text.draft.title : null);
    if (text.ok && text.fetched && !item.title?.trim()) {
      // Waits for the other untitled items' pages: its place in the window goes to them meanwhile.
      gate.release();
      try {
        text.draft = {...text.draft, title: await pageTitleWithoutSite(text.draft.title, untitled)};
      } finally {
        await gate.acquire();
      }
    }
    if (!text.ok) {
      result.skipped += 1;
      // Stopped (Ctrl+C) while it was read: nothing was wrong with it, and it is read next time.
      if (run.signal?.aborted) return null;
      // In a document that is not well-formed, an item is what a repair made of it: seen again however it failed.
      const retried = text.transient || !!feed.problem;
      const again = retried && !givenUp(keys);
      const reason = retried && !again ? givenUpReason(text.error, keys) : text.error;
      result.error ??= `${ITEM_NOT_READ}: ${reason}`;
      note(reason, false, again && text.transient);
      if (again) await deferred(keys, reason);
      // Never readable (no text and no page, a page that is no article and no text of the feed's for it), or given
      // up: said now, and remembered, so a feed whose server gives no validators does not say it at every refresh.
      else target.markUnreadable(keys, reason);
      return null;
    }
    const saved = await target.save(text.draft, keys, {
      mtimeMs: began - (items.length - 1 - i),
      // Linked with the keys, in one transaction: an article written is wholly recorded or not at all.
      feed: feedUrl,
    });
    if (saved.status === 'added') {
      result.added += 1;
      if (text.pageError !== undefined) {
        result.teasers += 1;
        result.teaserError ??= text.pageError;
        note(text.pageError, true);
      }
      return saved.path;
    } else if (saved.status === 'duplicate') {
      result.known += 1;
      if (saved.existing !== null) await linkTo(saved.existing);
    } else {
      result.skipped += 1;
      const retried = !saved.lasting || !!feed.problem;
      const again = retried && !givenUp(keys);
      const reason = retried && !again ? givenUpReason(saved.reason, keys) : saved.reason;
      result.error ??= reason;
      note(reason, false);
      // One that will fail the same way at every refresh (or given up) is remembered as never readable, said once.
      if (again) await deferred(keys, reason);
      else target.markUnreadable(keys, reason);
    }
    return null;
  };
  await Promise.all(
    items.map(async (item, i) => {
      const note = (reason: string, kept: boolean, later = false): void => {
        noted.set(items.length - 1 - i, {title: item.title, link: item.link, reason, kept, later});
      };
      // Every untitled item settles once, whichever way it ends, or the others' files would wait for ever.
      let settled = !!item.title?.trim();
      const settle = (title: string | null): void => {
        if (!settled) untitled.settle(title);
        settled = true;
      };
      await gate.acquire();
      let written: string | null = null;
      try {
        written = await addItem(item, i, note, settle);
      } finally {
        gate.release();
        settle(null);
        // Its article told with the item, in one turn: told where it was written, another item's end drawn in
        // between read "139/1500 items · 140 new" (brief add's line).
        if (written !== null) run.onArticle(written);
        run.onItem();
      }
    }),
  );
  result.notes = [...noted.entries()].sort(([a], [b]) => a - b).map(([, n]) => n);
  // A saved copy (no response) is not a fetch: what the last fetch recorded stays, and the next refresh asks with
  // its validators.
  if (feedUrl && !response)
    target.feeds.recordCopy(feedUrl, {
      title: feed.title,
      site: feed.site,
      items: feed.items.length,
      added: result.added,
    });
  else if (feedUrl) {
    target.feeds.record(feedUrl, {
      ok: true,
      title: feed.title,
      site: feed.site,
      items: feed.items.length,
      added: result.added,
      // A document not well-formed says so before an item's error: the next refresh reads it back to say the
      // break once, and an item of a broken feed is tried (and said) again at every refresh anyway.
      // An item's own reason follows: the reader's "(brief feeds shows why)" for an item not read pointed at the
      // feed's break alone.
      error: feed.problem
        ? [readInPart(feed.problem, result), result.error].filter((e) => e !== null).join('; ')
        : (result.error ??
          (result.teaserError ? `an item kept as its teaser only: ${result.teaserError}` : null)),
      // Validators only once every item is in, kept as its teaser, or not readable for good (no text and no page,
      // said once), so the items not read for now are seen again.
      ...(response && retry === 0 && result.left === 0 && !run.signal?.aborted
        ? {etag: response.etag, lastModified: response.lastModified}
        : {}),
    });
  }
  return result;
}

/** The keys an item is known by in the library: its page's address, and its id within the feed. */
function keysOf(item: FeedEntry, feedUrl: string | null): string[] {
  return [
    ...(item.link ? [urlKeyOf(item.link)] : []),
    ...(feedUrl && item.id ? [itemKeyOf(feedUrl, item.id)] : []),
  ];
}

/**
 * The items one run takes, in the feed's order: newest first, every item the library holds (or found unreadable),
 * up to the run's cap of new ones, and up to as many again of those not read for now at an earlier run (tried
 * again on top of the cap, so a feed whose newest pages keep failing still reaches its older items); the rest are
 * left for the next run. Newest by date when every item has one that parses, else the feed's own order (feeds list
 * the newest first). `left` counts only items the library does not hold: the next run adds those (the feed's
 * validators wait for them).
 */
function takenItems(
  items: FeedEntry[],
  feedUrl: string | null,
  run: Run,
): {taken: FeedEntry[]; left: number} {
  if (items.length <= run.perFeed) return {taken: items, left: 0};
  const times = items.map((item) => (item.date ? Date.parse(item.date) : NaN));
  const order = items.map((_, i) => i);
  if (times.every((t) => !Number.isNaN(t))) order.sort((a, b) => times[b]! - times[a]! || a - b);
  const {target} = run;
  const kept = new Set<number>();
  let fresh = 0;
  let again = 0;
  let left = 0;
  // One look-up of the library's keys in memory an item (no query): 100,000 items are walked in well under a second.
  for (const i of order) {
    const keys = keysOf(items[i]!, feedUrl);
    if (keys.length > 0 && (target.holder(keys) !== null || target.wasUnreadable(keys))) kept.add(i);
    else if (keys.length > 0 && target.wasDeferred(keys)) {
      if (again < run.perFeed) {
        kept.add(i);
        again += 1;
      } else left += 1;
    } else if (fresh < run.perFeed) {
      kept.add(i);
      fresh += 1;
    } else left += 1;
  }
  return {taken: left === 0 ? items : items.filter((_, i) => kept.has(i)), left};
}

/** A feed's result before any of its items is added (or when none will be): every count 0, no error. */
export function nothingAdded(
  url: string,
  title: string | null,
  status: FeedResult['status'],
  items: number,
): FeedResult {
  return {
    url,
    title,
    status,
    items,
    added: 0,
    known: 0,
    skipped: 0,
    unreadable: 0,
    left: 0,
    error: null,
    teasers: 0,
    teaserError: null,
    notes: [],
    problem: null,
    problemSeen: false,
  };
}

async function refreshOne(row: FeedRow, run: Run): Promise<FeedResult> {
  /** `forget`: drop the validators, which belong to an older document (a 304 would then stand for that one). */
  const failed = (error: string, forget = false): FeedResult => {
    // Stopped by the user (Ctrl+C): no fault of the feed's to keep as its last error.
    if (!run.signal?.aborted)
      run.target.feeds.record(row.url, {error, ...(forget ? {etag: null, lastModified: null} : {})});
    return {...nothingAdded(row.url, row.title, 'failed', row.items), error};
  };
  let response: FetchResponse;
  try {
    response = await run.limiter.run(hostOf(row.url), () =>
      run.fetcher.get({
        url: row.url,
        accept: ACCEPT,
        etag: row.etag,
        lastModified: row.lastModified,
        ...(run.signal ? {signal: run.signal} : {}),
      }),
    );
  } catch (err) {
    return failed(errorLine(err));
  }
  if (response.notModified) {
    // The same document as last time: if it was not well-formed, it still is.
    run.target.feeds.record(row.url, {ok: true, error: isXmlProblem(row.error) ? row.error : null});
    return nothingAdded(row.url, row.title, 'unchanged', row.items);
  }
  let feed: ParsedFeed;
  try {
    const loaded = loadResponse(response);
    if (loaded.kind !== 'feed')
      throw new WebError('not-feed', 'not an RSS, Atom or JSON feed (it is a web page or other document)');
    feed = parseFeedText(loaded.text, response.url);
  } catch (err) {
    return failed(errorLine(err));
  }
  // A broken feed of which no item could be read failed as a feed that cannot be fetched does.
  // Its validators go: a 304 keeps a not-well-formed error, true only of the document fetched with them.
  if (feed.problem && feed.items.length === 0) return failed(`${feed.problem}; no item could be read`, true);
  const result = await ingestFeed(row.url, feed, response, run);
  result.problemSeen = !!feed.problem && isXmlProblem(row.error);
  return result;
}

/**
 * What became of the items of a feed that is not well-formed XML, after where it breaks: "2 items could be read
 * from it: 1 new article, 1 not added". It said "read the 2 items that could be read" when one of them was then
 * not added (its own line says why).
 */
export function readInPart(
  problem: string,
  r: Pick<FeedResult, 'items' | 'added' | 'known' | 'left'>,
): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const notAdded = r.items - r.left - r.added - r.known;
  const parts = [
    r.added > 0 ? n(r.added, 'new article') : '',
    r.known > 0 ? `${r.known} already in the library` : '',
    notAdded > 0 ? `${notAdded} not added` : '',
  ].filter((p) => p !== '');
  return `${problem}; ${n(r.items, 'item')} could be read from it${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** What a refresh did, feed by feed. */
export interface RefreshSummary {
  feeds: FeedResult[];
  added: number;
  failed: number;
}

/** The shared parts of a refresh or an add: one limiter for every request. */
export function createRun(
  options: Pick<
    RefreshOptions,
    | 'target'
    | 'fetcher'
    | 'perHost'
    | 'concurrency'
    | 'onArticle'
    | 'onItems'
    | 'onItem'
    | 'signal'
    | 'pages'
    | 'perFeed'
  >,
): Run {
  return {
    target: options.target,
    fetcher: options.fetcher,
    pages: options.pages ?? inlinePageReader,
    perFeed: options.perFeed ?? ITEMS_PER_FEED,
    limiter: createLimiter(options.perHost ?? 2, options.concurrency ?? 16),
    onArticle: options.onArticle ?? (() => {}),
    onItems: options.onItems ?? (() => {}),
    onItem: options.onItem ?? (() => {}),
    ...(options.signal ? {signal: options.signal} : {}),
  };
}

/**
 * Fetches every subscription at once (within the per-host and overall bounds), with conditional requests, and
 * adds the new items. One feed failing never stops the others: its error is recorded and reported.
 */
export async function refreshFeeds(options: RefreshOptions): Promise<RefreshSummary> {
  const rows = options.feeds ?? options.target.feeds.list();
  const progress: RefreshProgress = {feedsDone: 0, feedsTotal: rows.length, added: 0, failed: 0};
  // Articles counted as they land, told at most every PROGRESS_MS: a feed of 3,000 items showed "0 new" until it
  // was all in.
  let toldAt = -Infinity;
  const run = createRun({
    ...options,
    onArticle: (path) => {
      progress.added += 1;
      options.onArticle?.(path);
      const now = Date.now();
      if (now - toldAt < PROGRESS_MS) return;
      toldAt = now;
      options.onProgress?.({...progress});
    },
  });
  options.onProgress?.({...progress});
  const results = await Promise.all(
    rows.map(async (row) => {
      const result = await refreshOne(row, run);
      progress.feedsDone += 1;
      if (result.status === 'failed') progress.failed += 1;
      options.onProgress?.({...progress});
      return result;
    }),
  );
  return {feeds: results, added: progress.added, failed: progress.failed};
}
