import {describe, expect, it} from 'vitest';
import {htmlToArticle} from '../../src/library/html/html-article.js';
import {MAX_NESTING, nestsTooDeep} from '../../src/library/nesting.js';
import {parseFeedText} from '../../src/web/feed.js';
import {WebError} from '../../src/web/errors.js';

const paragraph =
  '<p>The mayor Ann Bell spoke in Leeds on Monday about the new bridge over the river Aire.</p>';
const nested = (depth: number, tag = 'div') =>
  `<html><body>${`<${tag}>`.repeat(depth)}${paragraph.repeat(5)}${`</${tag}>`.repeat(depth)}</body></html>`;

describe('elements nested too deep', () => {
  it('counts start tags against end tags, as HTML or XML reads them', () => {
    // (<html> and <body> are two levels of it.)
    expect(nestsTooDeep(nested(MAX_NESTING - 2), true)).toBe(false);
    expect(nestsTooDeep(nested(MAX_NESTING - 1), true)).toBe(true);
    // Void elements and those whose end HTML implies (<p>, <li>, <td>…) nest nothing, closed or not.
    const sloppy = `<html><body><ul>${'<li><p>item<br><img src="x.png">'.repeat(2000)}</ul></body></html>`;
    expect(nestsTooDeep(sloppy, true)).toBe(false);
    // In XML every element not self-closed nests, whatever its name.
    expect(nestsTooDeep(`<a>${'<p>'.repeat(600)}${'</p>'.repeat(600)}</a>`, false)).toBe(true);
    expect(nestsTooDeep(`<a>${'<p/>'.repeat(2000)}</a>`, false)).toBe(false);
    // A ">" inside a quoted attribute is part of the tag.
    expect(nestsTooDeep(`<a>${'<b title="x > y">'.repeat(600)}</a>`, false)).toBe(true);
  });

  it('refuses a hostile page in one line instead of reading it for minutes', () => {
    const read = htmlToArticle(nested(5000), 'https://example.com/deep');
    expect(read).toEqual({ok: false, reason: expect.stringMatching(/nests its elements more than 512 deep/)});
    // The same story nested a few levels deep, as real pages are, reads.
    expect(htmlToArticle(nested(40), 'https://example.com/story').ok).toBe(true);
  });

  it('refuses a feed nested too deep with a reason, not a stack overflow', () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>One</title><description>${'<a>'.repeat(5000)}x${'</a>'.repeat(5000)}</description></item></channel></rss>`;
    expect(() => parseFeedText(feed, 'https://example.com/feed.xml')).toThrow(WebError);
    expect(() => parseFeedText(feed, 'https://example.com/feed.xml')).toThrow(
      /nests its elements more than 512 deep/,
    );
  });
});
