import {parseDocument} from '../library/html/html-article.js';
import {cleanLine} from '../library/sanitize.js';
import {isHttpUrl} from './url.js';

/** A feed a page says it publishes (`<link rel="alternate" type="application/rss+xml" href=…>`). */
export interface FeedLink {
  url: string;
  title: string | null;
}

const FEED_TYPE = /^application\/(?:rss|atom|feed|rdf)\+(?:xml|json)$|^application\/feed\+json$/i;
// A page naming more is a list of categories or tags: the first few are its main ones.
const MOST = 3;

/**
 * The feeds a page links to in its head, as whole web addresses (a relative one is resolved against the page's
 * address, and dropped for a saved page, which has none): what a site's front page offers in place of an article.
 */
export function feedLinks(html: string, pageUrl: string | null): FeedLink[] {
  const found: FeedLink[] = [];
  const doc = parseDocument(html);
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPE.test((link.getAttribute('type') ?? '').trim())) continue;
    let url: string;
    try {
      url = new URL((link.getAttribute('href') ?? '').trim(), pageUrl ?? undefined).href;
    } catch {
      continue;
    }
    if (!isHttpUrl(url) || found.some((f) => f.url === url)) continue;
    found.push({url, title: cleanLine(link.getAttribute('title') ?? '') || null});
    if (found.length === MOST) break;
  }
  return found;
}
