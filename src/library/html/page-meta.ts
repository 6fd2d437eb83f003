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
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: Json;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const article = asObjects(data).find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
    if (article) return article;
  }
  return null;
}

function meta(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content');
    if (value && value.trim() !== '') return cleanLine(value);
  }
  return null;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Reads title, date, authors, site name and canonical address from a page's metadata. */
export function pageMeta(doc: DomDocument): PageMeta {
  const ld = jsonLdArticle(doc);
  const time = doc.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const date =
    text(ld?.datePublished) ??
    meta(
      doc,
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
    (time?.getAttribute('datetime') || null);
  const metaAuthors = [meta(doc, 'author'), meta(doc, 'article:author'), meta(doc, 'parsely-author')]
    .filter((a): a is string => a !== null && !isUrl(a))
    .slice(0, 1);
  const authors = ld?.author ? names(ld.author) : metaAuthors;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? text(ld?.headline),
    date: date ? cleanLine(date) : null,
    authors: [...new Set(authors.filter((a) => !isUrl(a)))],
    site: meta(doc, 'og:site_name', 'application-name') ?? text(ld?.publisher),
    url: canonical && isUrl(canonical) ? canonical : meta(doc, 'og:url'),
  };
}
