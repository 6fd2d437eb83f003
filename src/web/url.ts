// Links arrive dressed for analytics: the same story is shared as ?utm_source=…, with #comments, with the host in
// capitals. Two addresses that differ only that way name one article, so they share one key.

/** Query parameters that only track where a click came from. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'ncid',
  'smid',
  'sr_share',
  'share',
  'rss',
  'spm',
  'xtor',
]);
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'ga_', 'oly_', 'vero_', '__'];

/** A query parameter that only tracks the reader (utm_source, fbclid…), whatever its case. */
function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

// A web address as a browser's address bar shows it, without its scheme: a host (a name ending in a top-level
// domain, an IPv4 address or localhost), then a port or a path. A bare 'example.com' may be a file's name.
const SCHEMELESS_ADDRESS =
  /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d+(?:\/|$)|\/)/i;

/** True for a web address written without its scheme ('www.example.com/story', '127.0.0.1:8080/feed'). */
export function readsAsAddress(text: string): boolean {
  return SCHEMELESS_ADDRESS.test(text);
}

/** True for an http: or https: URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The address without its fragment and tracking parameters, host in lower case, the rest of the query sorted:
 * the key by which one article is recognised however it was linked. Not a URL to fetch (sorting can matter to a
 * server). Returns the text unchanged when it is not a URL.
 */
export function urlKey(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return text.trim();
  }
  url.hash = '';
  // No query (most articles' addresses): nothing to drop or sort, and a feed's 100,000 items are keyed in half the
  // time.
  if (url.search === '' && !url.href.includes('?')) return url.href;
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  // The URL parser already lower-cases the host and drops a default port.
  return url.toString();
}

/** The address to store and show: fragment and tracking parameters removed, the rest as the site wrote it. */
export function cleanUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return text.trim();
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTracking(name)) url.searchParams.delete(name);
  }
  // A bare "?" asks for nothing ("feed?" subscribed a second time beside "feed"): dropped, as when deleting the
  // tracking parameters leaves no query.
  if (url.search === '') url.search = '';
  return url.toString();
}
