import {parseFeed} from 'feedsmith';
import {cutLine} from '../library/draft.js';
import {cleanLine} from '../library/sanitize.js';
import {nestsTooDeep, tooDeepReason} from '../library/nesting.js';
import {withoutDeclaredEntities} from './declared-entities.js';
import {WebError} from './errors.js';
import {decodeEntities, inlineText} from './inline-text.js';
import {xmlProblem, xmlProblemLine} from './xml-check.js';
import {repairXml} from './xml-repair.js';

const NOT_WELL_FORMED = 'not well-formed XML';

/** True for a reason (a feed's recorded error) that says its document is not well-formed XML. */
export function isXmlProblem(reason: string | null): boolean {
  return reason?.startsWith(NOT_WELL_FORMED) ?? false;
}

/** A feed in any format, reduced to what brief reads. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  /** The site the feed belongs to. */
  site: string | null;
  /** The feed's own address as it states it (atom:link rel=self, feed_url), or null. */
  self: string | null;
  items: FeedEntry[];
  /**
   * Where and why the document is not well-formed XML ("line 6, column 22: a bare “&” …"), or null. Its items
   * are then those that could be read.
   */
  problem: string | null;
}

/** One item of a feed. */
export interface FeedEntry {
  title: string | null;
  /** The item's page, absolute. */
  link: string | null;
  /** Guid or id; the link when the feed gives none. */
  id: string | null;
  /** Publication date as the feed wrote it. */
  date: string | null;
  authors: string[];
  /** Full content (content:encoded, Atom content, content_html), HTML unless `contentIsText`. */
  content: string | null;
  /** Description or summary, HTML unless `summaryIsText`. */
  summary: string | null;
  /**
   * True when content is plain text (Atom type="text", JSON Feed content_text): its "<draft>" is a word in angle
   * brackets, not a tag to drop.
   */
  contentIsText?: boolean;
  /** True when summary is plain text (Atom type="text", JSON Feed summary). */
  summaryIsText?: boolean;
}

type Node = Record<string, unknown>;

const obj = (v: unknown): Node | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A string, or the `value` of an Atom text construct. */
function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  return o ? str(o.value ?? o['#text']) : null;
}

function line(v: unknown): string | null {
  const s = str(v);
  const text = s === null ? '' : plainText(v) ? cleanLine(s) : inlineText(s);
  return text === '' ? null : cutLine(text);
}

/**
 * One line of plain text (a JSON Feed's title): kept as written, "<changes>" a word, not a tag; character
 * references still decoded (WordPress's JSON feeds write "Harbour&#8217;s"), controls removed.
 */
function textLine(v: unknown): string | null {
  const s = str(v);
  const text = s === null ? '' : cleanLine(decodeEntities(s));
  return text === '' ? null : cutLine(text);
}

/** True for an Atom text construct of type="text": plain text, its "<draft>" a word, not a tag (RFC 4287 §3.1). */
function plainText(v: unknown): boolean {
  return str(obj(v)?.type)?.trim().toLowerCase() === 'text';
}

function people(v: unknown): string[] {
  return list(v)
    .map((p) => (typeof p === 'string' ? line(p.replace(/^\S+@\S+\s*\((.*)\)$/, '$1')) : line(obj(p)?.name)))
    .filter((p): p is string => p !== null && !p.includes('@'));
}

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link.trim(), base ?? undefined).toString();
  } catch {
    return null;
  }
}

function atomLink(links: unknown, rel: string): string | null {
  const found = list(links)
    .map(obj)
    .find((l) => l && (str(l.rel) ?? 'alternate') === rel);
  return found ? str(found.href) : null;
}

function rssItem(item: Node, base: string | null): FeedEntry {
  const dc = obj(item.dc);
  const link = absolute(str(item.link) ?? (obj(item.guid)?.isPermaLink ? str(item.guid) : null), base);
  return {
    title: line(item.title),
    link,
    id: str(item.guid) ?? str(obj(item.rdf)?.about) ?? link,
    date: str(item.pubDate) ?? str(list(dc?.dates)[0]) ?? str(dc?.date),
    authors: [...people(dc?.creators), ...people(dc?.creator), ...people(item.authors)],
    content: str(obj(item.content)?.encoded),
    summary: str(item.description),
  };
}

/**
 * The base an Atom element's relative addresses resolve against: its xml:base (itself relative to the enclosing
 * base) when it has one (RFC 4287 §2, XML Base), else the enclosing base.
 */
function xmlBase(node: Node, base: string | null): string | null {
  return absolute(str(obj(node.xml)?.base), base) ?? base;
}

function atomEntry(entry: Node, base: string | null): FeedEntry {
  const link = absolute(atomLink(entry.links, 'alternate'), xmlBase(entry, base));
  return {
    title: line(entry.title),
    link,
    id: str(entry.id) ?? link,
    date: str(entry.published) ?? str(entry.updated),
    authors: people(entry.authors),
    content: str(entry.content),
    summary: str(entry.summary),
    contentIsText: plainText(entry.content),
    summaryIsText: plainText(entry.summary),
  };
}

function jsonItem(item: Node, base: string | null): FeedEntry {
  const link = absolute(str(item.url) ?? str(item.external_url), base);
  const html = str(item.content_html);
  const text = str(item.content_text);
  const summary = str(item.summary);
  // Title and summary are plain text by the JSON Feed spec, as content_text is.
  return {
    title: textLine(item.title),
    link,
    id: str(item.id) ?? link,
    date: str(item.date_published) ?? str(item.date_modified),
    authors: people(item.authors ?? item.author),
    content: html ?? text,
    contentIsText: html === null && text !== null,
    summary,
    summaryIsText: summary !== null,
  };
}

const ROOT = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>)*<\s*([\w:.-]+)/i;

/** The name of an XML document's root element ("rss", "feed", "rdf:rdf", "opml"), lower case, or null. */
export function rootElement(text: string): string | null {
  return ROOT.exec(text.slice(0, 4096))?.[1]?.toLowerCase() ?? null;
}

/** The start of an XML document's prolog: its declaration, or a DOCTYPE after comments. */
const XML_PROLOG = /^\uFEFF?\s*(?:<\?xml\b|(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\b)/i;

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf']);

/**
 * Reads an RSS 2.0, Atom, RSS 1.0 or JSON Feed document. `url` (the feed's address) resolves relative links.
 * Throws WebError('not-feed') for anything else.
 */
export function parseFeedText(original: string, url: string | null): ParsedFeed {
  const isJson = original.trimStart().startsWith('{');
  if (!isJson && nestsTooDeep(original, false)) throw new WebError('not-feed', tooDeepReason('feed'));
  const found = isJson ? null : xmlProblem(original);
  const problem = found && `${NOT_WELL_FORMED} (${xmlProblemLine(found)})`;
  // Said where the file itself breaks; read with its own entities' references settled.
  const text = isJson ? original : withoutDeclaredEntities(original);
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    // What a forgiving reading of a broken file makes of it, when that is a feed.
    const repaired = problem ? tryParse(repairXml(text)) : null;
    if (repaired) return readParsed(repaired, url, problem);
    // A feed with no items yet is still a feed; feedsmith calls it invalid. One with items it could not read is not
    // such a feed ("0 new articles", exit 0, said nothing of them).
    const root = rootElement(text);
    if (root && FEED_ROOTS.has(root) && !/<(item|entry)\b/i.test(text)) {
      const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? null;
      if (/<(channel|feed)\b/i.test(text) || root === 'feed')
        return {
          format: root === 'feed' ? 'atom' : 'rss',
          title: title ? line(title.replace(/<!\[CDATA\[|\]\]>/g, '')) : null,
          site: null,
          self: null,
          items: [],
          problem,
        };
    }
    // Broken before its root element (cut off inside its DOCTYPE): where it breaks, and no item, as for a feed cut
    // before its first item; it said "not an RSS, Atom or JSON feed (unrecognized feed format)".
    if (problem && !root && XML_PROLOG.test(original))
      return {format: 'rss', title: null, site: null, self: null, items: [], problem};
    const json = isJson ? jsonProblem(text) : null;
    if (json) throw new WebError('not-feed', `not valid JSON (${json})`);
    const why = err instanceof Error ? err.message : String(err);
    throw new WebError('not-feed', `not an RSS, Atom or JSON feed (${why.split('\n')[0]?.toLowerCase()})`);
  }
  return readParsed(parsed, url, problem);
}

/**
 * Where and why a JSON document breaks ("line 2, column 48: expected double-quoted property name"), or null when it
 * parses: a JSON Feed cut short or hand-edited was "unrecognized feed format", which said nothing of where.
 */
function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8's message, "… in JSON at position 63" (Node 22 adds "(line 1 column 64)"): said as the XML check says it.
    const at = /^(.*?)(?: in JSON)? at position (\d+)/.exec(message);
    if (/unexpected end of json input/i.test(message) || (at && Number(at[2]) >= text.trimEnd().length))
      return 'the text ends before the JSON does';
    if (!at) return message.toLowerCase();
    const before = text.slice(0, Number(at[2]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `line ${line}, column ${column}: ${(at[1] ?? '').replace(/^./, (c) => c.toLowerCase())}`;
  }
}

function tryParse(text: string): ReturnType<typeof parseFeed> | null {
  try {
    return parseFeed(text);
  } catch {
    return null;
  }
}

function readParsed(
  parsed: ReturnType<typeof parseFeed>,
  url: string | null,
  problem: string | null,
): ParsedFeed {
  const feed = obj(parsed.feed) ?? {};
  const format = parsed.format;
  // An Atom feed's xml:base, not its address, is what its relative addresses are relative to.
  const docBase = format === 'atom' ? xmlBase(feed, url) : url;
  const site =
    format === 'atom'
      ? atomLink(feed.links, 'alternate')
      : format === 'json'
        ? str(feed.home_page_url)
        : str(feed.link);
  const base = docBase ?? site;
  const items =
    format === 'atom'
      ? list(feed.entries)
          .map(obj)
          .filter((e): e is Node => e !== null)
          .map((e) => atomEntry(e, base))
      : format === 'json'
        ? list(feed.items)
            .map(obj)
            .filter((e): e is Node => e !== null)
            .map((e) => jsonItem(e, base))
        : list(feed.items)
            .map(obj)
            .filter((e): e is Node => e !== null)
            .map((e) => rssItem(e, base));
  const self =
    format === 'atom'
      ? atomLink(feed.links, 'self')
      : format === 'json'
        ? str(feed.feed_url)
        : atomLink(obj(feed.atom)?.links, 'self');
  return {
    format,
    title: format === 'json' ? textLine(feed.title) : line(feed.title),
    site: absolute(site, docBase),
    self: absolute(self, docBase),
    items,
    problem,
  };
}
