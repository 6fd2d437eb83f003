import {existsSync} from 'node:fs';
import {htmlToArticle} from '../library/html/html-article.js';
import {cleanLine} from '../library/sanitize.js';
import {errorLine} from '../web/errors.js';
import {parseFeedText} from '../web/feed.js';
import {feedLinks} from '../web/feed-links.js';
import {opmlList} from '../web/opml.js';
import {cleanUrl, isHttpUrl} from '../web/url.js';
import {urlKeyOf} from './keys.js';
import {ingestFeed, type FeedResult, type Run} from './refresh.js';
import {loadSource} from './sources.js';
import {
  addArticleFile,
  isTextArticlePath,
  savedArticle,
  TEXT_EXTENSIONS,
  type ArticleFileOutcome,
} from './add-article-file.js';

/** An outline of an OPML list that was not subscribed to. */
export interface DroppedFeed {
  title: string | null;
  url: string;
  reason: string;
}

/** Why an OPML outline's feed address cannot be subscribed to, or null when it can. */
function badFeedAddress(url: string): string | null {
  if (isHttpUrl(url)) return null;
  const shown = cleanLine(url);
  return /^[a-z][a-z0-9+.-]*:/i.test(url)
    ? `its feed address “${shown}” is not an http or https address`
    : `its feed address “${shown}” is not a web address`;
}

/**
 * `url` read against `base` as a link of a page at `base` is; unchanged when it cannot be. Words with spaces between
 * them (`not a url`) are no address at all, though a browser would take them for a relative one.
 */
function againstBase(url: string, base: string): string {
  if (/\s/.test(url.trim())) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** For a page without an article (a site's front page): the feeds it links to, to add instead. */
function feedsHint(html: string, pageUrl: string | null): string {
  const links = feedLinks(html, pageUrl);
  if (links.length === 0) return '';
  const named = links.map((l) => `brief add ${l.url}${l.title ? ` (${l.title})` : ''}`);
  return `; it links to its feed${links.length === 1 ? '' : 's'}: ${named.join(', ')}`;
}

/** What adding one source did. */
export type AddOutcome =
  /** `path`: the file written, or for a duplicate the file that holds the article already. */
  | Extract<ArticleFileOutcome, {kind: 'article'}>
  /** `problem`: why the feed's file is not well-formed XML (its items are those that could be read), or null. */
  | {kind: 'feed'; url: string | null; subscribed: boolean; result: FeedResult; problem: string | null}
  /**
   * `dropped`: each outline of the list not subscribed to, with why; `problem`: why the list is not well-formed
   * XML (its feeds are those that could be read), or null.
   */
  | {kind: 'opml'; subscribed: number; already: number; dropped: DroppedFeed[]; problem: string | null}
  | {kind: 'failed'; reason: string};

/**
 * Adds one source: an article page (URL or saved .html) becomes an article file; a feed (URL or file) becomes a
 * subscription and its items articles; an OPML list becomes subscriptions, fetched by the next refresh.
 */
export async function addSource(source: string, run: Run): Promise<AddOutcome> {
  const {target} = run;
  // "-" is standard input to many tools; here it was looked for as a file ("file not found").
  if (source === '-' && !existsSync(source))
    return {
      kind: 'failed',
      reason:
        'brief add does not read standard input; save the text as a .md or .txt file and add that (brief extract - reads it)',
    };
  try {
    // Awaited here, so that what it throws gets the one-line reason below.
    if (!isHttpUrl(source) && isTextArticlePath(source)) return await addArticleFile(source, target);
    const loaded = await loadSource(source, run.fetcher);
    if (loaded.kind === 'html') {
      const read = htmlToArticle(loaded.text, loaded.url);
      if (!read.ok) return {kind: 'failed', reason: read.reason + feedsHint(loaded.text, loaded.url)};
      // The address asked for and the one redirected to name the article too, beside the page's canonical one.
      const asked = [source, loaded.url].filter((u): u is string => u !== null && isHttpUrl(u));
      // Asked for by name: an article added before and deleted since comes back.
      return savedArticle(await target.save(read.draft, asked.map(urlKeyOf), {again: true}));
    }
    if (loaded.kind === 'feed') {
      const feed = parseFeedText(loaded.text, loaded.url);
      // Broken so that no item can be read: nothing to subscribe to yet (as a refresh fails such a feed), rather
      // than a subscription under whatever a repair made of its title.
      if (feed.problem && feed.items.length === 0)
        return {kind: 'failed', reason: `${feed.problem}; no item could be read, so it is not subscribed`};
      // A saved feed file names its own address (atom:link rel=self) when it has one; that is what refresh fetches.
      // Cleaned as an address given to `brief add` is, so a copy of a feed subscribed by its address finds it.
      const asked = isHttpUrl(source) ? cleanUrl(source) : feed.self && cleanUrl(feed.self);
      // Led by redirects to a feed already followed (the site moved to https, an old address): that subscription,
      // not a second one of the same feed fetched twice at every refresh.
      const landed = isHttpUrl(source) && loaded.url ? cleanUrl(loaded.url) : null;
      const url = landed && landed !== asked && target.feeds.get(landed) ? landed : asked;
      const subscribed = url ? target.feeds.subscribe(url, feed.title, feed.site) : false;
      const result = await ingestFeed(url, feed, loaded.response, run);
      return {kind: 'feed', url, subscribed, result, problem: feed.problem};
    }
    if (loaded.kind === 'opml') {
      let subscribed = 0;
      let already = 0;
      const dropped: DroppedFeed[] = [];
      // A list fetched from the web may name its feeds relative to its own address ("feeds/a.xml"), as a page's
      // links are; a file on disk has no address to read them against.
      const base = loaded.url !== null && isHttpUrl(loaded.url) ? loaded.url : null;
      const list = opmlList(loaded.text);
      for (const f of list.feeds) {
        const url = base ? againstBase(f.url, base) : f.url;
        const bad = badFeedAddress(url);
        if (bad !== null) dropped.push({title: f.title, url: f.url, reason: bad});
        else if (
          target.feeds.subscribe(cleanUrl(url), f.title, base && f.site ? againstBase(f.site, base) : f.site)
        )
          subscribed += 1;
        else already += 1;
      }
      return {kind: 'opml', subscribed, already, dropped, problem: list.problem};
    }
    return {
      kind: 'failed',
      reason: /\.(opml|xml)$/i.test(source)
        ? 'not an OPML subscription list or a feed'
        : isHttpUrl(source)
          ? 'not a web page, a feed or an OPML file'
          : `not a web page, a feed, an OPML file or an article file (${TEXT_EXTENSIONS.join(' or ')})`,
    };
  } catch (err) {
    return {kind: 'failed', reason: errorLine(err)};
  }
}
