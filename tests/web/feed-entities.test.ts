import {describe, expect, it} from 'vitest';
import {parseFeedText} from '../../src/web/feed.js';
import {parseOpmlText} from '../../src/web/opml.js';

// A feed's DOCTYPE may declare entities of its own. brief never expands one that could make the document longer
// (the "billion laughs" nest ten references in each of ten levels), and a reference to one is markup, not words:
// it is dropped, not shown as "&lol9;". A name no one declared and HTML does not know is the writer's own text.

const LAUGHS = Array.from(
  {length: 9},
  (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
).join('\n');

/** An RSS 2.0 feed with `declarations` in its DOCTYPE and one item. */
function rss(declarations: string, title: string, description: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
${declarations}
]>
<rss version="2.0"><channel><title>Harbour Courier</title><link>https://courier.example/</link>
<item><title>${title}</title><link>https://courier.example/ferry</link>
<description>${description}</description></item></channel></rss>`;
}

describe('entities a feed declares', () => {
  it('drops a reference to a declared entity that could grow, in titles and text alike', () => {
    const feed = parseFeedText(
      rss(LAUGHS, 'Council votes &lol9; on ferry plan', '&lt;p&gt;The ferry &lol9;sailed again.&lt;/p&gt;'),
      null,
    );
    const [item] = feed.items;
    expect(item?.title).toBe('Council votes on ferry plan');
    expect(item?.summary).toBe('<p>The ferry sailed again.</p>');
  });

  it('expands one no longer than its reference, and keeps a name nobody declared as written', () => {
    const feed = parseFeedText(
      rss(
        '<!ENTITY nbsp "&#160;"><!ENTITY dash "—"><!ENTITY site "Harbour Courier">',
        'Ferry&nbsp;back &dash; by &site; &bogus; today',
        'Fares &amp; times',
      ),
      null,
    );
    expect(feed.items[0]?.title).toBe('Ferry back — by &bogus; today');
    expect(feed.items[0]?.summary).toBe('Fares & times');
  });

  it('leaves a CDATA section as written', () => {
    const feed = parseFeedText(rss(LAUGHS, '<![CDATA[Laughs &lol9; in print]]>', 'Text.'), null);
    expect(feed.items[0]?.title).toBe('Laughs &lol9; in print');
  });

  it('does the same in an OPML subscription list', () => {
    const list = `<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY lol "lol">${LAUGHS}]>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
<outline text="Harbour &lol9; Courier" type="rss" xmlUrl="https://courier.example/feed"/>
</body></opml>`;
    expect(parseOpmlText(list)).toEqual([
      {url: 'https://courier.example/feed', title: 'Harbour Courier', site: null},
    ]);
  });
});
