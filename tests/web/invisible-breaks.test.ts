import {describe, expect, it} from 'vitest';
import {itemParagraphs} from '../../src/feeds/items.js';
import {parseFeedText} from '../../src/web/feed.js';
import {cleanText} from '../../src/library/sanitize.js';

// A zero-width space, a soft hyphen or a <wbr> inside a word draws nothing: a browser shows "Ferry\u200bmen" as
// "Ferrymen", and so does brief, in the list, the article, search and extraction alike (sanitize.ts removes the
// characters). A feed item's title must read as its text and its page do: it once kept "&ZeroWidthSpace;" and
// "&shy;" as written and turned an inline tag into a space ("Ferry men").

/** An RSS 2.0 feed with one item whose title and description are the given HTML, escaped once as feeds do. */
function rss(titleHtml: string, bodyHtml: string): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Courier</title>
<link>https://courier.example/</link><item><title>${esc(titleHtml)}</title>
<link>https://courier.example/ferry</link><description>${esc(bodyHtml)}</description></item></channel></rss>`;
}

const WORDS: [string, string][] = [
  ['a raw zero-width space', 'Ferry\u200bmen'],
  ['a numeric reference', 'Ferry&#8203;men'],
  ['the named reference', 'Ferry&ZeroWidthSpace;men'],
  ['a soft hyphen by name', 'Ferry&shy;men'],
  ['a <wbr>', 'Ferry<wbr>men'],
  ['an inline tag', '<b>Ferry</b>men'],
];

describe('a word broken by something that draws nothing', () => {
  it.each(WORDS)('reads %s in a feed title as the item text and a library file read it', (_, word) => {
    const feed = parseFeedText(rss(`${word} strike ends`, `<p>The ${word} went back to work.</p>`), null);
    const item = feed.items[0];
    expect(item?.title).toBe('Ferrymen strike ends');
    expect(itemParagraphs(item?.summary)).toEqual(['The Ferrymen went back to work.']);
    expect(cleanText('The Ferry\u200bmen went back to work.')).toBe('The Ferrymen went back to work.');
  });

  it('keeps a space where a tag breaks the line or a space stands beside the invisible one', () => {
    const feed = parseFeedText(rss('Ferry<br>strike ends', '<p>x</p>'), null);
    expect(feed.items[0]?.title).toBe('Ferry strike ends');
    const spaced = parseFeedText(rss('Ferry&#8203; strike <em>ends</em> today', '<p>x</p>'), null);
    expect(spaced.items[0]?.title).toBe('Ferry strike ends today');
    // Every block the page reader breaks at, not a list of its own: a summary, a caption, a table's body.
    for (const tag of ['summary', 'figcaption', 'tbody', 'main', 'address'])
      expect(parseFeedText(rss(`Ferry</${tag}>strike ends`, '<p>x</p>'), null).items[0]?.title).toBe(
        'Ferry strike ends',
      );
  });
});
