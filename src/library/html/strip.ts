// Real pages carry more script and style than text: on a 100 KB news page, cutting them before the DOM is built
// halves parsing and Readability's time (both walk every node), and Readability throws them away anyway.
// JSON-LD scripts stay: they hold the article's date, authors and publisher.

const NOISE =
  /<script\b(?![^>]*\bapplication\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<template\b[^>]*>[\s\S]*?<\/template\s*>/gi;

/** The page without scripts (other than JSON-LD), styles, comments, noscript, svg and template blocks. */
export function stripNoise(html: string): string {
  return html.replace(NOISE, '');
}

const ARTICLE_OPEN = /<article\b/gi;
const HEAD = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i;
const JSON_LD = /<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi;

/**
 * The page cut down to its head and its one <article> element, when it has exactly one: most news sites mark
 * the story so, and the menus, related links, comments and footers around it (most of a page's nodes) need not
 * be parsed at all. Null when the page has no <article> or several (teasers in a list), or it is not closed.
 * JSON-LD from anywhere in the page is kept for the metadata.
 */
export function articleOnly(html: string): string | null {
  const opens = [...html.matchAll(ARTICLE_OPEN)];
  if (opens.length !== 1) return null;
  const start = opens[0]?.index ?? -1;
  const end = html.toLowerCase().indexOf('</article>', start);
  if (start < 0 || end < 0) return null;
  const headMatch = HEAD.exec(html);
  const head = headMatch?.[1] ?? '';
  const afterHead = headMatch ? headMatch.index + headMatch[0].length : 0;
  const ld = (html.slice(afterHead).match(JSON_LD) ?? []).join('');
  return `<!DOCTYPE html><html><head>${head}${ld}</head><body>${html.slice(start, end + 10)}</body></html>`;
}
