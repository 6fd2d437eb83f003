import * as linkedom from 'linkedom';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {loadHtmlReader, readHtmlBytes} from '../../src/library/html-file.js';
import {countTags, htmlToArticle, MAX_ELEMENTS, tooLargeReason} from '../../src/library/html/html-article.js';
import {readingProgress} from '../../src/cli/list-command.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';

// The work of reading a page is counted, not timed: the elements the DOM is built with (linkedom's parseHTML,
// wrapped to count) and whether it is built at all.
const parsed = vi.hoisted(() => ({elements: 0}));
vi.mock('linkedom', async (importOriginal) => {
  const real = await importOriginal<typeof import('linkedom')>();
  return {
    ...real,
    parseHTML: vi.fn((...args: Parameters<typeof real.parseHTML>) => {
      const window = real.parseHTML(...args);
      parsed.elements += window.document.querySelectorAll('*').length;
      return window;
    }),
  };
});
const parseHTML = vi.mocked(linkedom.parseHTML);

/** A generated reference page (sections of prose, a table, highlighted code, links), about `kb` KB. */
function referencePage(kb: number): string {
  const sentence = (i: number): string =>
    `The file system call number ${i} reads and writes files on disk with callbacks, promises and streams.`;
  let body = '';
  for (let i = 0; body.length < kb * 1024; i++) {
    body +=
      `<section><h2>fs.method${i}(path)</h2><p>${sentence(i)} ${sentence(i + 1)} See <a href="#m${i}">method ${i}</a>.</p>` +
      `<table><tr><th>Version</th><th>Changes</th></tr><tr><td>v${i}.0.0</td><td>${sentence(i)}</td></tr></table>` +
      `<pre><code><span class="k">const</span> <span class="v">x</span> = fs.<span class="p">method${i}</span>();</code></pre>` +
      `<p>${sentence(i + 2)} ${sentence(i + 3)}</p></section>`;
  }
  return `<!DOCTYPE html><html><head><title>File system | Made-up Docs</title></head><body><main>${body}</main></body></html>`;
}

beforeEach(() => {
  parseHTML.mockClear();
  parsed.elements = 0;
});

describe('large saved web pages', () => {
  it('counts the elements a page will have before any DOM is built', () => {
    const html = referencePage(100);
    const count = countTags(html);
    expect(parseHTML).not.toHaveBeenCalled();
    linkedom.parseHTML(html);
    expect(count).toBe(parsed.elements);
  });

  it('reads a page of a few hundred KB under the cap, building its DOM once', () => {
    const html = referencePage(300);
    expect(html.length).toBeGreaterThan(300_000);
    const read = htmlToArticle(html, null);
    if (!read.ok) throw new Error(read.reason);
    expect(read.draft.title).toBe('File system | Made-up Docs');
    expect(read.draft.paragraphs.length).toBeGreaterThan(1000);
    expect(parseHTML).toHaveBeenCalledTimes(1);
    expect(parsed.elements).toBe(countTags(html));
    expect(parsed.elements).toBeLessThanOrEqual(MAX_ELEMENTS);
  });

  it('skips a page past the cap with the reason, without building its DOM', () => {
    const html = referencePage(1500);
    const count = countTags(html);
    expect(count).toBeGreaterThan(MAX_ELEMENTS);
    expect(htmlToArticle(html, null)).toEqual({ok: false, reason: tooLargeReason(count)});
    expect(parseHTML).not.toHaveBeenCalled();
  });

  it('says the reason in one line with both figures', () => {
    expect(tooLargeReason(73_687)).toBe(
      'the page is too large to read in reader mode (73,687 elements; brief reads up to 30,000)',
    );
  });

  it('keeps a news story padded to 400 KB of page furniture as it was', () => {
    const article = shippedArticle(SHIPPED[0] ?? '', '');
    const html = newsPage({...article, authors: ['Jane Doe']}, {padTo: 400_000});
    const read = htmlToArticle(html, null);
    if (!read.ok) throw new Error(read.reason);
    expect(read.draft.paragraphs).toEqual(article.paragraphs);
    expect(read.draft.title).toBe(article.title);
  });

  it('reads a page whose <html> Readability drops as furniture (a class naming a sidebar)', () => {
    // mdBook writes <html class="light sidebar-visible">: Readability removed the root, and reading the title
    // after it threw in linkedom, which ended `brief list` for the whole library. Read as the same page without
    // the class is read.
    const html = referencePage(20);
    const read = htmlToArticle(
      html.replace('<html>', '<html lang="en" class="light sidebar-visible">'),
      null,
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.draft.title).toBe('File system | Made-up Docs');
    expect(read.draft.paragraphs.length).toBeGreaterThan(50);
    expect(read).toEqual(htmlToArticle(html, null));
  });

  it("gives a library's page past the cap as a skipped file with the reason", async () => {
    await loadHtmlReader();
    const html = referencePage(1500);
    const read = readHtmlBytes('/lib/docs/fs.html', Buffer.from(html), 0, undefined);
    expect(read).toEqual({
      ok: false,
      skipped: {path: '/lib/docs/fs.html', reason: tooLargeReason(countTags(html))},
    });
  });

  it('gives a page the reader throws on as a skipped file, not an error for the whole library', async () => {
    await loadHtmlReader();
    parseHTML.mockImplementationOnce(() => {
      throw new Error('made-up parser failure');
    });
    const read = readHtmlBytes('/lib/bad.html', Buffer.from(referencePage(5)), 0, undefined);
    expect(read).toEqual({
      ok: false,
      skipped: {path: '/lib/bad.html', reason: 'cannot read the page: made-up parser failure'},
    });
  });
});

describe("brief list's reading progress", () => {
  function sink(isTTY: boolean) {
    const written: string[] = [];
    return {written, sink: {isTTY, columns: 60, write: (t: string) => void written.push(t)}};
  }

  it('draws nothing when stderr is not a terminal', () => {
    const {written, sink: s} = sink(false);
    const p = readingProgress(s, () => 0);
    expect(p.onRead).toBeUndefined();
    p.end();
    expect(written).toEqual([]);
  });

  it('draws nothing for reading that ends within half a second', () => {
    const {written, sink: s} = sink(true);
    let now = 0;
    const p = readingProgress(s, () => now);
    now = 200;
    p.onRead?.(1, 2);
    now = 400;
    p.onRead?.(2, 2);
    p.end();
    expect(written).toEqual([]);
  });

  it('shows files read of those to read after that, at most every 100 ms and at the end, then clears', () => {
    const {written, sink: s} = sink(true);
    let now = 0;
    const p = readingProgress(s, () => now);
    now = 600;
    p.onRead?.(1, 3);
    now = 650;
    p.onRead?.(2, 3);
    now = 660;
    p.onRead?.(3, 3);
    p.end();
    expect(written).toHaveLength(3);
    const ERASE = '\u001b[K';
    expect(written[0]?.endsWith(`] reading 1/3 files${ERASE}`)).toBe(true);
    expect(written[0]).toMatch(/^\r\[#+\.+\] reading/);
    expect(written[1]).toMatch(/^\r\[#+\] reading 3\/3 files/);
    expect(written[2]).toBe('\r\u001b[K');
    expect(written[0]?.length).toBeLessThanOrEqual(60 + 4);
  });
});
