import {sharedSiteNames, withoutSiteName} from '../library/html/page-meta.js';
import type {FeedEntry} from '../web/feed.js';

// A site's name joined to every headline ("Pier reopens — Harbour Daily") shows only across several of its titles
// when neither the feed's title nor the page names it: a feed's items are the place to see it, being one site's.

/**
 * The feed's items with the site's name their titles share left out of each title. Not the feed's title alone: a
 * topic's feed ("Kyiv") may title an item "Kyiv - missile strike kills 15", the place being the headline's.
 */
export function itemsWithoutSiteName(items: readonly FeedEntry[]): FeedEntry[] {
  const titles = items.flatMap((item) => (item.title?.trim() ? [item.title] : []));
  const sites = sharedSiteNames(titles);
  if (sites.length === 0) return [...items];
  return items.map((item) => (item.title ? {...item, title: withoutSiteName(item.title, sites)} : item));
}

/** Collects the titles of a feed's untitled items' pages, then says the site's name they share. */
export interface PageTitles {
  /** One item's page title (null: none, as for an item read from its own text, skipped or failed); once per item. */
  settle: (title: string | null) => void;
  /** The site's names the page titles share, once every item has settled. */
  sites: Promise<string[]>;
}

/**
 * Waits for the page titles of `expected` untitled items. Their files are written once every one of those pages is
 * read (or failed, or stopped by Ctrl+C), a few seconds later than one by one, so that the first is titled as the
 * last.
 */
export function pageTitles(expected: number): PageTitles {
  const titles: string[] = [];
  let left = expected;
  let done: (sites: string[]) => void = () => {};
  const sites = new Promise<string[]>((resolve) => {
    done = resolve;
  });
  if (left <= 0) done([]);
  return {
    settle(title) {
      if (left <= 0) return;
      if (title) titles.push(title);
      left -= 1;
      if (left === 0) done(sharedSiteNames(titles));
    },
    sites,
  };
}

/** An untitled item's title from its page, without the site's name the feed's other pages share. */
export async function pageTitleWithoutSite(title: string, gate: PageTitles): Promise<string> {
  return withoutSiteName(title, await gate.sites);
}
