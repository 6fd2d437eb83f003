import {cleanLine} from '../sanitize.js';
import type {DomDocument} from './dom.js';

// Sites state an article's metadata in several overlapping vocabularies; each field is read from the most
// deliberate one present: JSON-LD (schema.org, what search engines read), then Open Graph and article: meta
// tags, then the older name= tags, then markup in the page (<time datetime>, rel=author).

/** What a page says about its article, before Readability looks at the text. */
export interface PageMeta {
  title: string | null;
  /** Publication date-time as the page gives it (ISO 8601 where the page used it). */
  date: string | null;
  authors: string[];
  site: string | null;
  /** The canonical address, when the page names one. */
  url: string | null;
  /** The text of the page's first-level headings (a story's headline is usually one), read before Readability. */
  headings: string[];
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report)$/;

function asObjects(value: Json): Record<string, Json>[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value === null || typeof value !== 'object') return [];
  const graph = value['@graph'];
  return [value, ...(graph ? asObjects(graph) : [])];
}

function types(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return cleanLine(value) || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text(value.name ?? value['@value']);
  return null;
}

function names(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  const name = text(value ?? null);
  return name ? [name] : [];
}

/** The schema.org article object of a page's JSON-LD, if any. */
export function jsonLdArticle(doc: DomDocument): Record<string, Json> | null {
  // Plain tag selectors: linkedom matches attribute selectors several times slower.
  const scripts = doc.querySelectorAll('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    if (!script || !/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const article = asObjects(data).find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
    if (article) return article;
  }
  return null;
}

/** The content of every <meta> by its property, name or itemprop (first one wins), read in one pass. */
function metaTags(doc: DomDocument): Map<string, string> {
  // One walk over the <meta> elements: a selector per key walks the whole document each time (linkedom has no
  // index), which was a sixth of the time of reading a page.
  const out = new Map<string, string>();
  const all = doc.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const content = el?.getAttribute('content');
    if (!el || !content || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key && !out.has(key)) out.set(key, cleanLine(content));
    }
  }
  return out;
}

function pick(tags: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

function timeElementDate(doc: DomDocument): string | null {
  const times = doc.querySelectorAll('time');
  for (let i = 0; i < times.length; i++) {
    const datetime = times[i]?.getAttribute('datetime');
    if (datetime && /^\d{4}-\d{2}-\d{2}/.test(datetime.trim())) return datetime;
  }
  return null;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

// A page of many <h1> (a front page, a list) has no one headline; a few are read.
const HEADINGS_READ = 4;

function headings(doc: DomDocument): string[] {
  const all = doc.querySelectorAll('h1');
  const out: string[] = [];
  for (let i = 0; i < Math.min(all.length, HEADINGS_READ); i++) {
    const text = cleanLine(all[i]?.textContent ?? '');
    if (text !== '') out.push(text);
  }
  return out;
}

/** Reads title, date, authors, site name and canonical address from a page's metadata. */
export function pageMeta(doc: DomDocument): PageMeta {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const date =
    text(ld?.datePublished) ??
    pick(
      tags,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'date',
      'pubdate',
      'publishdate',
      'DC.date.issued',
      'dc.date',
      'DC.date',
      'parsely-pub-date',
      'sailthru.date',
    ) ??
    text(ld?.dateCreated) ??
    timeElementDate(doc);
  const metaAuthors = [pick(tags, 'author'), pick(tags, 'article:author'), pick(tags, 'parsely-author')]
    .filter((a): a is string => a !== null && !isUrl(a))
    .slice(0, 1);
  const authors = ld?.author ? names(ld.author) : metaAuthors;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    title: pick(tags, 'og:title', 'twitter:title') ?? text(ld?.headline),
    date: date ? cleanLine(date) : null,
    authors: [...new Set(authors.filter((a) => !isUrl(a)))],
    site: pick(tags, 'og:site_name', 'application-name') ?? text(ld?.publisher),
    url: canonical && isUrl(canonical) ? canonical : pick(tags, 'og:url'),
    headings: headings(doc),
  };
}

// "Ferry service resumes after storm | Coastal News": a page's <title> is often its headline and the site's name
// joined by a bar or a dash, either way round. The separators a site puts there, spaced (a hyphen inside a word is
// part of a headline).
const TITLE_PARTS = /^(.+?)\s+[|–—·•-]\s+(.+)$/u;
const TITLE_PARTS_END = /^(.+)\s+[|–—·•-]\s+(.+?)$/u;
/** Longest a site's name is taken to be, in words: more is a headline's second half ("Storm - what we know"). */
const SITE_WORDS = 6;

/**
 * The site's name a page's `<title>` gives beside its headline, when the page's metadata names no site: the part
 * the headline (`headline`, from og:title or the article) is not. Null when the title is the headline alone, or
 * neither part is the headline.
 */
export function siteFromTitle(docTitle: string, headline: string): string | null {
  const fold = (s: string): string => cleanLine(s).toLowerCase();
  const head = fold(headline);
  if (head === '') return null;
  for (const parts of [TITLE_PARTS_END.exec(docTitle), TITLE_PARTS.exec(docTitle)]) {
    const [, a = '', b = ''] = parts ?? [];
    const site = fold(a) === head ? b : fold(b) === head ? a : null;
    const name = site === null ? '' : cleanLine(site);
    if (name !== '' && name.split(/\s+/u).length <= SITE_WORDS) return name;
  }
  return null;
}

// A site's name as a title gives it: any case, with or without a leading "The" ("— Harbour Courier" for "The
// Harbour Courier"), a host without "www.".
function siteKey(s: string): string {
  return cleanLine(s)
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/^www\./u, '');
}

/**
 * A page's title without the site's name it is joined to ("Ferry resumes | The Harbour Courier", "Coastal News –
 * Ferry resumes"): the part at either end that is one of `sites` (the names the page gives its site, its host), or
 * else the part that is one of the page's `headings`, the rest being the site's. Otherwise the title as it is: "Storm
 * - what we know so far" is a headline with a dash clause of its own, and only the page can say which part is whose.
 */
export function withoutSiteName(
  title: string,
  sites: readonly (string | null)[],
  headings: readonly string[] = [],
): string {
  const names = new Set(sites.filter((s): s is string => s !== null && s.trim() !== '').map(siteKey));
  const heads = new Set(headings.map((h) => siteKey(h)));
  const end = TITLE_PARTS_END.exec(title);
  const start = TITLE_PARTS.exec(title);
  const [, head = '', last = ''] = end ?? [];
  const [, first = '', rest = ''] = start ?? [];
  if (end && names.has(siteKey(last)) && cleanLine(head) !== '') return cleanLine(head);
  if (start && names.has(siteKey(first)) && cleanLine(rest) !== '') return cleanLine(rest);
  if (end && heads.has(siteKey(head))) return cleanLine(head);
  if (start && heads.has(siteKey(rest))) return cleanLine(rest);
  return title;
}

// Two titles can share an end by chance ("Storm - what we know so far", "Budget - what we know so far").
const SHARED_TITLES = 3;

/**
 * The site's name that one site's titles give at an end when nothing else names it ("Pier reopens — Harbour Daily",
 * "Fees rise — Harbour Daily", …): a part of a site name's length at an end of at least three of the titles and of
 * more than half of them, for `withoutSiteName`'s `sites`. Empty when there is none.
 */
export function sharedSiteNames(titles: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const title of titles) {
    const ends = new Set<string>();
    for (const part of [TITLE_PARTS_END.exec(title)?.[2], TITLE_PARTS.exec(title)?.[1]]) {
      const name = cleanLine(part ?? '');
      if (name !== '' && name.split(/\s+/u).length <= SITE_WORDS) ends.add(siteKey(name));
    }
    for (const end of ends) counts.set(end, (counts.get(end) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= SHARED_TITLES && n * 2 > titles.length).map(([name]) => name);
}
