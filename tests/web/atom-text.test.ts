import {describe, expect, it} from 'vitest';
import {itemParagraphs} from '../../src/feeds/items.js';
import {parseFeedText} from '../../src/web/feed.js';

// An Atom text construct says what it holds (RFC 4287 §3.1): type="text" is plain text, shown as written, so
// "<draft>" in it is a word in angle brackets, not a tag to drop; type="html" is markup, its tags dropped. A JSON
// Feed's content_text is plain text too.

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Quay &lt;weekly&gt; notes</title>
  <id>urn:example:quay</id>
  <updated>2024-06-03T08:00:00Z</updated>
  <entry>
    <title type="text">Plan for &lt;draft&gt; budget &amp;amp; &#27;[31mroads</title>
    <id>urn:example:quay:1</id>
    <updated>2024-06-03T08:00:00Z</updated>
    <link href="https://quay.example/draft"/>
    <summary type="text">Its &lt;draft&gt; budget.</summary>
    <content type="text">The council published its &lt;draft&gt; budget on Monday &amp; said a &lt;b&gt; was no tag.

Spending on roads rises by 4 per cent.</content>
  </entry>
  <entry>
    <title type="html">Plan for &lt;em&gt;final&lt;/em&gt; budget</title>
    <id>urn:example:quay:2</id>
    <updated>2024-06-04T08:00:00Z</updated>
    <link href="https://quay.example/final"/>
    <content type="html">&lt;p&gt;The &lt;em&gt;final&lt;/em&gt; budget passed.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('Atom plain text', () => {
  const feed = parseFeedText(FEED, 'https://quay.example/atom.xml');
  const [plain, html] = feed.items;

  it('keeps words in angle brackets in a type="text" title, escapes and controls still removed', () => {
    expect(feed.title).toBe('Quay <weekly> notes');
    expect(plain?.title).toBe('Plan for <draft> budget &amp; roads');
  });

  it('keeps a type="text" body as written, paragraph by paragraph', () => {
    expect(itemParagraphs(plain?.content, plain?.contentIsText)).toEqual([
      'The council published its <draft> budget on Monday & said a <b> was no tag.',
      'Spending on roads rises by 4 per cent.',
    ]);
    expect(itemParagraphs(plain?.summary, plain?.summaryIsText)).toEqual(['Its <draft> budget.']);
  });

  it('still reads type="html" as markup', () => {
    expect(html?.title).toBe('Plan for final budget');
    expect(itemParagraphs(html?.content, html?.contentIsText)).toEqual(['The final budget passed.']);
  });

  it("keeps a JSON Feed's content_text as written", () => {
    const json = parseFeedText(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Quay',
        items: [{id: '1', content_text: 'The <draft> timetable.\n\nFerries & buses\u001b[2J change.'}],
      }),
      null,
    );
    const [item] = json.items;
    expect(itemParagraphs(item?.content, item?.contentIsText)).toEqual([
      'The <draft> timetable.',
      'Ferries & buses change.',
    ]);
  });

  // JSON Feed's title and summary are plain text by its spec: "Ferry timetable <changes>" lost "<changes>".
  // WordPress's JSON feeds put character references in titles ("Harbour&#8217;s"), so those are still decoded.
  it("keeps a JSON Feed's title and summary as written, references decoded and controls removed", () => {
    const json = parseFeedText(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Quay <ferries>',
        items: [
          {
            id: '1',
            url: 'https://quay.example/timetable',
            title: 'Ferry timetable <changes> for the harbour&#8217;s \u001b[31mwinter',
            summary: 'Sailings to <Kyle> change on Monday & the \u001b[2Jlast boat leaves at six.',
          },
        ],
      }),
      null,
    );
    const [item] = json.items;
    expect(json.title).toBe('Quay <ferries>');
    expect(item?.title).toBe('Ferry timetable <changes> for the harbour’s winter');
    expect(itemParagraphs(item?.summary, item?.summaryIsText)).toEqual([
      'Sailings to <Kyle> change on Monday & the last boat leaves at six.',
    ]);
  });
});
