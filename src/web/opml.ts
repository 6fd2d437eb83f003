import {generateOpml, parseOpml} from 'feedsmith';
import {cutLine} from '../library/draft.js';
import {withoutDeclaredEntities} from './declared-entities.js';
import {WebError} from './errors.js';
import {inlineText} from './inline-text.js';
import {xmlProblem, xmlProblemLine} from './xml-check.js';
import {repairXml} from './xml-repair.js';

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

/** What an OPML subscription list names. */
export interface OpmlList {
  /** Each feed once, folders flattened: none for a list that names none, which is no failure. */
  feeds: OpmlFeed[];
  /**
   * Where and why the list is not well-formed XML ("line 6, column 22: …") when some feeds could still be read
   * from it (a list cut short), or null.
   */
  problem: string | null;
}

const notWellFormed = (text: string): string | null => {
  const found = xmlProblem(text);
  return found && `not well-formed XML (${xmlProblemLine(found)})`;
};

/**
 * The feeds an OPML subscription list names, as `opmlList` reads them. Throws WebError('not-opml') when the text
 * is not OPML, or is broken so that no feed could be read (saying where it breaks).
 */
export function parseOpmlText(text: string): OpmlFeed[] {
  return opmlList(text).feeds;
}

/**
 * The feeds an OPML subscription list names, and whether it is broken. A list that names no feed (an export made
 * before anything was subscribed, as `brief export-opml` writes one) has none. Throws WebError('not-opml') when the
 * text is not OPML, or is broken so that no feed could be read (saying where it breaks).
 */
export function opmlList(text: string): OpmlList {
  let parsed: ReturnType<typeof parseOpml>;
  try {
    parsed = parseOpml(withoutDeclaredEntities(text));
  } catch (err) {
    // The parser refuses a list without outlines as it refuses a broken one: told apart here, so that an empty
    // export reads as empty and a list cut short says where, rather than either passing for the other.
    if (/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<opml\b/i.test(text)) {
      const broken = notWellFormed(text);
      if (broken) {
        // A list cut short inside an entry: the entries before the cut, read from a forgiving rewrite (an entry
        // cut inside its address is dropped, never subscribed to by half its address).
        const feeds = repairedFeeds(text);
        if (feeds.length > 0) return {feeds, problem: broken};
        throw new WebError('not-opml', `${broken}; no feed could be read`);
      }
      if (!/\bxmlUrl\s*=/i.test(text)) return {feeds: [], problem: null};
    }
    const why = err instanceof Error ? err.message : String(err);
    throw new WebError('not-opml', `not an OPML subscription list (${why.toLowerCase()})`);
  }
  const feeds = listedFeeds(parsed);
  // The parser forgives a broken list and hands back what it made of it: said, and an error when that is nothing.
  const problem = notWellFormed(text);
  if (problem && feeds.length === 0) throw new WebError('not-opml', `${problem}; no feed could be read`);
  return {feeds, problem};
}

/** Each feed a parsed list names, once, folders flattened. */
function listedFeeds(parsed: ReturnType<typeof parseOpml>): OpmlFeed[] {
  const feeds = new Map<string, OpmlFeed>();
  const walk = (items: Outline[]): void => {
    for (const o of items) {
      const url = str(o.xmlUrl);
      if (url && !feeds.has(url)) {
        const title = str(o.title) ?? str(o.text);
        feeds.set(url, {url, title: title ? cutLine(inlineText(title)) || null : null, site: str(o.htmlUrl)});
      }
      walk(outlines(o.outlines));
    }
  };
  walk(outlines(parsed.body?.outlines));
  return [...feeds.values()];
}

/** The feeds a forgiving rewrite of a broken list names: none when even that cannot be read. */
function repairedFeeds(text: string): OpmlFeed[] {
  try {
    return listedFeeds(parseOpml(repairXml(text)));
  } catch {
    return [];
  }
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
