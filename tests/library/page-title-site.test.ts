import {describe, expect, it} from 'vitest';
import {htmlToArticle} from '../../src/library/html/html-article.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';

const URL_ = 'https://courier.example/news/story';

// A page without og:title: its headline is the <title>, often joined to the site's name. `site`: the page's
// og:site_name (null: none); `h1`: the story's heading (null: none).
function page(docTitle: string, site: string | null, h1: string | null): string {
  const article = shippedArticle(SHIPPED[1] ?? '', URL_);
  let html = newsPage(article, {site: site ?? 'The Harbour Courier'})
    .replace(/<meta property="og:title"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${docTitle}</title>`)
    .replace(/<h1 class="headline">[^<]*<\/h1>/, h1 === null ? '' : `<h1 class="headline">${h1}</h1>`);
  if (site === null) html = html.replace(/<meta property="og:site_name"[^>]*>/, '');
  return html;
}

function titleOf(html: string, url: string | null = URL_): [string, string | null] {
  const read = htmlToArticle(html, url);
  if (!read.ok) throw new Error(read.reason);
  return [read.draft.title, read.draft.source];
}

describe("a page's title without og:title", () => {
  it.each([
    // The part the page names as its site (og:site_name), either end, whatever the separator; "The" aside.
    ['Ferry resumes | The Harbour Courier', 'The Harbour Courier', 'Ferry resumes'],
    ['Pelosi elected · The Harbour Courier', 'The Harbour Courier', 'Pelosi elected'],
    ['Pelosi: Speaker again - The Harbour Courier', 'The Harbour Courier', 'Pelosi: Speaker again'],
    ['Ferry resumes — Harbour Courier', 'The Harbour Courier', 'Ferry resumes'],
    ['The Harbour Courier | Ferry resumes', 'The Harbour Courier', 'Ferry resumes'],
    [
      'Ferry resumes after the storm | Politics | The Harbour Courier',
      'The Harbour Courier',
      'Ferry resumes after the storm | Politics',
    ],
    // A dash clause of the headline's own stays, whatever the page names.
    [
      'Storm - what we know so far about the ferry',
      'The Harbour Courier',
      'Storm - what we know so far about the ferry',
    ],
    ['Storm - what we know so far about the ferry', null, 'Storm - what we know so far about the ferry'],
    [
      'Election 2024 - Harris vs Trump: what the polls say',
      null,
      'Election 2024 - Harris vs Trump: what the polls say',
    ],
  ])('%s (site %s) -> %s', (docTitle, site, title) => {
    expect(titleOf(page(docTitle, site, null))[0]).toBe(title);
  });

  it('leaves the part the heading is, when the page names no site', () => {
    expect(titleOf(page('Ferry resumes | Coastal News', null, 'Ferry resumes'))).toEqual([
      'Ferry resumes',
      'Coastal News',
    ]);
    // Without a heading saying which part is the headline, nothing is cut.
    expect(titleOf(page('Ferry resumes | Coastal News', null, null))).toEqual([
      'Ferry resumes | Coastal News',
      'courier.example',
    ]);
  });

  it("cuts the page's host named as its site", () => {
    expect(titleOf(page('Ferry resumes - courier.example', null, null))[0]).toBe('Ferry resumes');
  });

  it('an og:title that ends with the site the page names loses it too', () => {
    const html = page('x', 'The Harbour Courier', null).replace(
      '<title>x</title>',
      '<title>x</title><meta property="og:title" content="Ferry resumes | The Harbour Courier">',
    );
    expect(titleOf(html)[0]).toBe('Ferry resumes');
  });
});
