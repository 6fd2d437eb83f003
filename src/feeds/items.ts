import {titleFromText, type ArticleDraft} from '../library/draft.js';
import {paragraphsOf} from '../library/html/blocks.js';
import {parseDocument, type HtmlReadResult} from '../library/html/html-article.js';
import {withoutSiteName} from '../library/html/page-meta.js';
import {nestsTooDeep, tooDeepReason} from '../library/nesting.js';
import {splitParagraphs} from '../library/plain-text.js';
import {WebError} from '../web/errors.js';
import type {FeedEntry} from '../web/feed.js';
import {cleanUrl} from '../web/url.js';
import type {Fetcher} from '../web/fetch.js';
import type {RawPage} from './page-reader.js';
import {ownText} from './own-text.js';
import {ACCEPT} from './sources.js';

// A feed item carries either the article (content:encoded, Atom content), a paragraph or two of it, or a teaser,
// and a link. Short of the whole article, the item's page is fetched and read in reader mode, the item's own
// title, date and authors kept (a feed states them more reliably than a page's markup).

/**
 * The paragraphs of a bit of HTML from a feed; none when it nests too deep to read (a hostile item's HTML, escaped
 * inside the feed, passes the feed's own nesting check and overflowed the stack).
 */
export function htmlParagraphs(html: string | null): string[] {
  if (!html || html.trim() === '' || nestsTooDeep(html, true)) return [];
  const doc = parseDocument(html);
  return doc.body ? paragraphsOf(doc.body) : [];
}

/** Why an item's own HTML is not read (it nests too deep), or null. */
function refusedText(item: FeedEntry): string | null {
  const deep = (body: string | null, isText = false): boolean =>
    !isText && !!body && nestsTooDeep(body, true);
  return deep(item.content, item.contentIsText) || deep(item.summary, item.summaryIsText)
    ? tooDeepReason('item')
    : null;
}

/** The paragraphs of an item's content or summary: HTML's, or plain text's as written. */
export function itemParagraphs(body: string | null | undefined, isText = false): string[] {
  if (!body) return [];
  return isText ? splitParagraphs(body) : htmlParagraphs(body);
}

// How far ahead of now a feed's date may be and still be a date (time zones, a clock a little fast); beyond it
// ("2999-01-01", a publisher's placeholder) the item would sort first in the library for ever.
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

/**
 * An ISO date-time for a feed's date (RFC 822 in RSS), or the text as given when it does not parse; null for none,
 * or for a date more than two days ahead of `now` (the file then takes the day it was added).
 */
export function isoDate(date: string | null, now = Date.now()): string | null {
  if (!date) return null;
  const text = date.trim();
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (!Number.isNaN(ms) && ms > now + FUTURE_SLACK_MS) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  return Number.isNaN(ms) ? date : new Date(ms).toISOString();
}

/** Where an item's text comes from. */
export type ItemText =
  | {ok: true; draft: ArticleDraft; fetched: boolean; pageError?: string}
  | {ok: false; error: string; transient: boolean};

/** Context for turning items into drafts. */
export interface ItemContext {
  feedUrl: string | null;
  feedTitle: string | null;
  fetcher: Fetcher;
  /** Runs a fetch of one page, within the per-host bound. */
  schedule: <T>(url: string, task: () => Promise<T>) => Promise<T>;
  /** Stops page fetches when the refresh is stopped. */
  signal?: AbortSignal;
  /** Reads a fetched page in reader mode (on a worker thread in a refresh). */
  readPage: (page: RawPage) => Promise<HtmlReadResult>;
}

/** The article of one feed item: its own text when it is the full article, else its page read in reader mode. */
export async function itemArticle(item: FeedEntry, ctx: ItemContext): Promise<ItemText> {
  const own = itemParagraphs(item.content, item.contentIsText);
  const summary = own.length > 0 ? own : itemParagraphs(item.summary, item.summaryIsText);
  const base: ArticleDraft = {
    title: item.title ?? '',
    date: isoDate(item.date),
    source: ctx.feedTitle,
    url: item.link ? cleanUrl(item.link) : null,
    authors: item.authors,
    feed: ctx.feedUrl,
    paragraphs: summary,
  };
  const worth = ownText(summary);
  if (worth === 'article' || !item.link) {
    if (summary.length === 0)
      return {ok: false, error: refusedText(item) ?? 'the item has no text and no link', transient: false};
    return {ok: true, draft: {...base, title: base.title || titleFromText(summary[0]!)}, fetched: false};
  }
  const link = item.link;
  try {
    const response = await ctx.schedule(link, () =>
      ctx.fetcher.get({url: link, accept: ACCEPT, ...(ctx.signal ? {signal: ctx.signal} : {})}),
    );
    const read = await ctx.readPage(response);
    if (!read.ok) throw new WebError('not-article', read.reason);
    const d = read.draft;
    return {
      ok: true,
      fetched: true,
      draft: {
        ...base,
        // A page's title joined to the outlet's name the feed goes by ("Harbour fire | Coastal News").
        title: base.title || withoutSiteName(d.title, [ctx.feedTitle]),
        date: base.date ?? d.date,
        // The page's host is a last resort: the feed's title names the outlet better.
        source: read.siteNamed ? d.source : (base.source ?? d.source),
        authors: base.authors.length ? base.authors : d.authors,
        paragraphs: d.paragraphs,
      },
    };
  } catch (err) {
    const transient = err instanceof WebError ? err.transient : false;
    const error = err instanceof Error ? err.message : String(err);
    // Stopped (Ctrl+C) while its page was read: nothing is known of the page, so the item waits for the next
    // refresh rather than being written from the feed's text for good.
    if (ctx.signal?.aborted) return {ok: false, error, transient: true};
    // The feed's own text stands in for a page that cannot be read when it is real text (a paragraph or two), or
    // when the page is gone for good (even a teaser is better than nothing then). Only a teaser whose page failed
    // for now is left out, to be tried again.
    if (worth === 'text' || (!transient && worth !== 'none'))
      return {
        ok: true,
        draft: {...base, title: base.title || titleFromText(summary[0]!)},
        fetched: false,
        pageError: error,
      };
    return {
      ok: false,
      error: transient ? error : `${error}, and the feed has no text of its own for it`,
      transient,
    };
  }
}
