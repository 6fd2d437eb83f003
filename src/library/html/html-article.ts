import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {titleFromText, type ArticleDraft} from '../draft.js';
import {splitNames} from '../plain-text.js';
import {nestsTooDeep, tooDeepReason} from '../nesting.js';
import {cleanLine} from '../sanitize.js';
import {wordCount} from '../words.js';
import {paragraphsOf} from './blocks.js';
import type {DomDocument, DomNode} from './dom.js';
import {pageMeta, siteFromTitle, withoutSiteName} from './page-meta.js';
import {articleOnly, stripNoise} from './strip.js';

/**
 * A page read in reader mode, or why it holds no article. `siteNamed` says whether the draft's source is a name the
 * page gives its site; when false it is the page's host (or null), which a better name (a feed's title) may replace.
 */
export type HtmlReadResult =
  {ok: true; draft: ArticleDraft; siteNamed: boolean} | {ok: false; reason: string};

// Below this, what Readability found is a teaser, a login wall or a list of links, not an article.
const MIN_WORDS = 50;
const MIN_LONGEST_PARAGRAPH_WORDS = 15;

/**
 * Most elements a page may have for brief to read it. Building the DOM and Readability's scoring cost about 0.15 ms
 * an element here (a 60 KB page of 630 elements reads in 0.2 s, an 800 KB one of 13,500 in 3 s), and Readability
 * may score the page up to four times over; a news story, even a long live blog, has a few thousand. Pages past
 * this (a book on one page, a generated index, a hostile page) are skipped with the reason, counted before any DOM
 * is built, instead of holding the library for a minute.
 */
export const MAX_ELEMENTS = 30_000;

/** The number of start tags in `html` (`<` then a letter): what the DOM built from it would hold, near enough. */
export function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n += 1;
  }
  return n;
}

/** Why a page with `count` elements is not read. */
export function tooLargeReason(count: number): string {
  return `the page is too large to read in reader mode (${count.toLocaleString('en-US')} elements; brief reads up to ${MAX_ELEMENTS.toLocaleString('en-US')})`;
}

/** Parses HTML into a document brief can query (linkedom: a light DOM, ~10x faster than jsdom here). */
export function parseDocument(html: string): DomDocument {
  // linkedom needs an <html> root to build document.body; a fragment gets one.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

function bylineNames(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const text = cleanLine(byline)
    .replace(/^by\s+/i, '')
    .replace(/\s*[|·•—–-]\s.*$/, '');
  if (text === '' || text.split(/\s+/).length > 12) return [];
  return splitNames(text);
}

/**
 * Reads the article out of a web page: metadata from JSON-LD and meta tags, the text through Readability (the
 * reader mode of Firefox), which leaves navigation, share buttons, ads, related links and comments behind.
 */
export function htmlToArticle(html: string, pageUrl: string | null): HtmlReadResult {
  if (nestsTooDeep(html, true)) return {ok: false, reason: tooDeepReason('page')};
  const clean = stripNoise(html);
  const focused = articleOnly(clean);
  // The article alone is read first; a story whose text does not fit in it gets the whole page.
  const first = focused === null ? null : readHtml(focused, pageUrl);
  return first?.ok ? first : readHtml(clean, pageUrl);
}

function readHtml(html: string, pageUrl: string | null): HtmlReadResult {
  const count = countTags(html);
  if (count > MAX_ELEMENTS) return {ok: false, reason: tooLargeReason(count)};
  return readDocument(parseDocument(html), pageUrl);
}

function readDocument(doc: DomDocument, pageUrl: string | null): HtmlReadResult {
  // Readability rewrites the document, so what the page says about itself is read first.
  const meta = pageMeta(doc);
  const pageTitle = doc.title ?? '';
  // Readability drops elements whose class or id reads as page furniture, and walks from the root: mdBook's
  // <html class="light sidebar-visible"> went, the whole document with it (linkedom's title then threw, which
  // ended `brief list`). What the root's class says is the page's theme, never where the article is.
  doc.documentElement?.removeAttribute('class');
  doc.documentElement?.removeAttribute('id');
  const parsed = new Readability<DomNode>(doc as never, {
    // The same cap, as Readability counts (it throws past it): countTags sees the page before the DOM does.
    maxElemsToParse: MAX_ELEMENTS,
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const words = paragraphs.reduce((n, p) => n + wordCount(p), 0);
  const longest = Math.max(0, ...paragraphs.map(wordCount));
  if (!parsed || words < MIN_WORDS || longest < MIN_LONGEST_PARAGRAPH_WORDS)
    return {ok: false, reason: 'no readable article on the page (too little text outside menus and links)'};
  const host = pageUrl ? hostOf(pageUrl) : null;
  const named = [meta.site, parsed.siteName ?? null, host];
  // The page's <title> as it is, not Readability's guess at its headline, which keeps the part after a dash when
  // the part before is short ("Storm - what we know so far" became "what we know so far", and "Storm" the site).
  const docTitle = cleanLine(pageTitle);
  const title = meta.title
    ? withoutSiteName(meta.title, named)
    : docTitle
      ? withoutSiteName(docTitle, named, meta.headings)
      : cleanLine(parsed.title ?? '');
  const authors = meta.authors.length > 0 ? meta.authors : bylineNames(parsed.byline);
  const site =
    meta.site ??
    (parsed.siteName ? cleanLine(parsed.siteName) : null) ??
    (title ? siteFromTitle(pageTitle, title) : null);
  return {
    ok: true,
    siteNamed: Boolean(site),
    draft: {
      title: title || titleFromText(paragraphs[0] ?? ''),
      date: meta.date ?? (parsed.publishedTime ? cleanLine(parsed.publishedTime) : null),
      source: site || host,
      url: meta.url ?? pageUrl,
      authors,
      feed: null,
      paragraphs,
    },
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
