import {generateOpml, parseOpml} from 'feedsmith';
import {WebError} from './errors.js';
import {inlineText} from './inline-text.js';

/** One subscription of an OPML file. */
export interface OpmlFeed {
  /** The feed's address. */
  url: string;
  title: string | null;
  /** The site's address, when given. */
  site: string | null;
}

type Outline = {text?: unknown; title?: unknown; xmlUrl?: unknown; htmlUrl?: unknown; outlines?: unknown};

function outlines(value: unknown): Outline[] {
  return Array.isArray(value) ? (value.filter((o) => o && typeof o === 'object') as Outline[]) : [];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The feeds an OPML subscription list names, folders flattened, each address once. Throws WebError('not-opml')
 * when the text is not OPML or names no feed.
 */
export function parseOpmlText(text: string): OpmlFeed[] {
  let parsed: ReturnType<typeof parseOpml>;
  try {
    parsed = parseOpml(text);
  } catch (err) {
    const empty = /<opml\b/i.test(text.slice(0, 4096)) && /<body\b/i.test(text);
    if (empty) throw new WebError('not-opml', 'the OPML file lists no feeds');
    const why = err instanceof Error ? err.message : String(err);
    throw new WebError('not-opml', `not an OPML subscription list (${why.toLowerCase()})`);
  }
  const feeds = new Map<string, OpmlFeed>();
  const walk = (items: Outline[]): void => {
    for (const o of items) {
      const url = str(o.xmlUrl);
      if (url && !feeds.has(url)) {
        const title = str(o.title) ?? str(o.text);
        feeds.set(url, {url, title: title ? inlineText(title) || null : null, site: str(o.htmlUrl)});
      }
      walk(outlines(o.outlines));
    }
  };
  walk(outlines(parsed.body?.outlines));
  if (feeds.size === 0) throw new WebError('not-opml', 'the OPML file lists no feeds');
  return [...feeds.values()];
}

/** An OPML 2.0 document listing `feeds`, for other readers to import. */
export function opmlText(feeds: readonly OpmlFeed[], title = 'brief subscriptions'): string {
  return generateOpml({
    head: {title, dateCreated: new Date()},
    body: {
      outlines: feeds.map((f) => ({
        text: f.title ?? f.url,
        title: f.title ?? f.url,
        type: 'rss',
        xmlUrl: f.url,
        ...(f.site ? {htmlUrl: f.site} : {}),
      })),
    },
  });
}
