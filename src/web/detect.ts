import {rootElement} from './feed.js';

/** What a fetched or saved document is. */
export type DocumentKind = 'feed' | 'opml' | 'html' | 'other';

const FEED_TYPES = /(rss|atom|rdf|feed)\+(xml|json)|application\/feed\+json/i;

/**
 * Tells a feed, an OPML list and a web page apart by what the text starts with, the Content-Type and the file
 * name only breaking a tie: servers often label feeds text/xml or text/html, and files are named anyhow.
 */
export function documentKind(text: string, contentType: string | null = null, name = ''): DocumentKind {
  const root = rootElement(text);
  if (root === 'opml') return 'opml';
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root === 'rdf') return 'feed';
  if (root === 'html' || root === '!doctype' || /^\s*<!doctype\s+html/i.test(text)) return 'html';
  const start = text.trimStart();
  if (start.startsWith('{') && /jsonfeed\.org\/version/i.test(start.slice(0, 2048))) return 'feed';
  if (FEED_TYPES.test(contentType ?? '')) return 'feed';
  if (root === 'head' || root === 'body' || root === 'meta' || root === 'title' || root === 'article')
    return 'html';
  if (/text\/html|application\/xhtml/i.test(contentType ?? '') || /\.x?html?$/i.test(name)) {
    return /<(p|div|article|body|h1)\b/i.test(text.slice(0, 200_000)) ? 'html' : 'other';
  }
  return 'other';
}
