import {describe, expect, it} from 'vitest';
import {WebError} from '../../src/web/errors.js';
import {documentKind} from '../../src/web/detect.js';
import {parseFeedText} from '../../src/web/feed.js';
import {opmlList, opmlText, parseOpmlText} from '../../src/web/opml.js';
import {atom, opml, rss1, rss2, type FeedInfo} from '../fixtures/web/feeds.js';

const feed: FeedInfo = {
  title: 'Harbour Courier » News',
  site: 'https://courier.example',
  self: 'https://courier.example/feed/',
  items: [
    {
      title: 'Council agrees harbour plan &amp; budget',
      link: 'https://courier.example/news/harbour-plan?utm_source=rss',
      date: '2024-06-03T08:00:00Z',
      authors: ['Jane Doe'],
      summary: 'The council agreed the plan on Monday.',
      paragraphs: [
        'The council agreed the harbour plan on Monday.',
        '“It is a good day,” said Mayor Ana Kovač.',
      ],
    },
    {
      title: 'Ferry timetable changes',
      link: '/news/ferry',
      date: '2024-06-02T08:00:00Z',
      summary: 'The Sunday ferry moves to 10am.',
    },
  ],
};

describe('feeds', () => {
  it.each([
    ['RSS 2.0', rss2(feed, true), 'rss'],
    ['Atom', atom(feed), 'atom'],
    ['RSS 1.0', rss1(feed), 'rdf'],
  ])('reads %s: titles, absolute links, dates, authors, full content and summaries', (_, xml, format) => {
    expect(documentKind(xml)).toBe('feed');
    const parsed = parseFeedText(xml, 'https://courier.example/feed/');
    expect(parsed.format).toBe(format);
    expect(parsed.title).toBe('Harbour Courier » News');
    const [first, second] = parsed.items;
    expect(first?.title).toBe('Council agrees harbour plan & budget');
    expect(first?.link).toBe('https://courier.example/news/harbour-plan?utm_source=rss');
    expect(Date.parse(first?.date ?? '')).toBe(Date.parse('2024-06-03T08:00:00Z'));
    expect(first?.authors).toEqual(['Jane Doe']);
    expect(first?.content).toContain('said Mayor Ana Kovač');
    expect(second?.link).toBe('https://courier.example/news/ferry');
    expect(second?.content).toBeNull();
    expect(second?.summary).toContain('The Sunday ferry moves to 10am.');
  });

  it('reads a JSON Feed and a feed with no items yet', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Courier',
      items: [
        {id: '1', url: 'https://courier.example/1', title: 'One', content_text: 'Line one.\n\nLine two.'},
      ],
    });
    expect(documentKind(json)).toBe('feed');
    expect(parseFeedText(json, null).items[0]?.content).toContain('Line two.');
    const empty =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet blog</title></channel></rss>';
    expect(parseFeedText(empty, null)).toMatchObject({title: 'Quiet blog', items: []});
  });

  // A DOCTYPE with declarations of its own ("[<!ENTITY nbsp …>]") hid the root element: the feed was "not an OPML
  // subscription list or a feed".
  it('reads a feed whose DOCTYPE declares entities; one whose items cannot be read is no empty feed', () => {
    const declared =
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<rss version="2.0"><channel><title>Courier</title>' +
      '<item><title>Ferry&nbsp;back</title><link>https://courier.example/ferry</link>' +
      '<description>The ferry sailed again.</description></item></channel></rss>';
    expect(documentKind(declared)).toBe('feed');
    expect(parseFeedText(declared, null).items).toHaveLength(1);
    // One the parser refuses (an external entity) holds items all the same: not read as a feed with none.
    const external = declared.replace('<!ENTITY nbsp "&#160;">', '<!ENTITY x SYSTEM "file:///etc/passwd">');
    expect(() => parseFeedText(external, null)).toThrow(/^not an RSS, Atom or JSON feed/);
  });

  // A feed cut inside its DOCTYPE said "not an RSS, Atom or JSON feed (unrecognized feed format)", not where it breaks.
  it('says where a feed cut short inside its DOCTYPE breaks: no item could be read', () => {
    const cut = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n <!ENTITY lol1 "&lol;&l';
    expect(parseFeedText(cut, null)).toMatchObject({
      items: [],
      problem: 'not well-formed XML (line 2, column 1: the DOCTYPE never ends)',
    });
    // A file that is no XML at all is still no feed.
    expect(() => parseFeedText('<!-- notes -->\njust words & more', null)).toThrow(
      /^not an RSS, Atom or JSON feed/,
    );
  });

  // A JSON Feed cut short or hand-edited was "not an RSS, Atom or JSON feed (unrecognized feed format)": it says
  // where it breaks, as a feed that is not well-formed XML does.
  it('says where a JSON Feed that is not valid JSON breaks', () => {
    const head = '{"version": "https://jsonfeed.org/version/1.1",\n "title": "Courier", "items": [';
    for (const [text, why] of [
      [`${head}{"id": "1",}]}`, 'line 2, column 43: expected double-quoted property name'],
      [`${head}{"id": "1"`, 'the text ends before the JSON does'],
      [`${head}]} and more`, 'line 2, column 35: unexpected non-whitespace character after JSON'],
    ] as const) {
      expect(documentKind(text)).toBe('feed');
      expect(() => parseFeedText(text, null)).toThrow(`not valid JSON (${why})`);
    }
  });

  it('rejects what is not a feed with one line', () => {
    for (const text of [
      '<!DOCTYPE html><html><body><p>Hello</p></body></html>',
      'just words',
      '<?xml version="1.0"?><catalog/>',
    ]) {
      let error: unknown = null;
      try {
        parseFeedText(text, null);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(WebError);
      expect((error as WebError).kind).toBe('not-feed');
      expect((error as WebError).message).toMatch(/^not an RSS, Atom or JSON feed \([^\n]*\)$/);
    }
  });
});

describe('OPML', () => {
  const exported = opml({
    News: [
      {
        title: 'Harbour Courier',
        xmlUrl: 'https://courier.example/feed/',
        htmlUrl: 'https://courier.example/',
      },
      {
        title: 'Valley &amp; Hills Gazette',
        xmlUrl: 'https://gazette.example/rss',
        htmlUrl: 'https://gazette.example/',
      },
    ],
    Science: [
      {
        title: 'Harbour Courier',
        xmlUrl: 'https://courier.example/feed/',
        htmlUrl: 'https://courier.example/',
      },
    ],
  });

  it('flattens the folders of another reader’s export, each feed once', () => {
    expect(documentKind(exported)).toBe('opml');
    expect(parseOpmlText(exported)).toEqual([
      {url: 'https://courier.example/feed/', title: 'Harbour Courier', site: 'https://courier.example/'},
      {url: 'https://gazette.example/rss', title: 'Valley & Hills Gazette', site: 'https://gazette.example/'},
    ]);
  });

  it('writes OPML that reads back the same', () => {
    const feeds = parseOpmlText(exported);
    expect(parseOpmlText(opmlText(feeds))).toEqual(feeds);
  });

  it('rejects what is not OPML, and says where a broken list breaks', () => {
    const cases: [string, string][] = [
      [rss2(feed, false), 'not an OPML subscription list (invalid opml format)'],
      [
        '<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="C" xmlUrl="https://c.example/feed"',
        'not well-formed XML (line 1, column 55: an unfinished tag <outline)',
      ],
      [
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="A & B"></body></opml>',
        'not well-formed XML (line 1, column 70: </body> where </outline> was expected, for the <outline> of line 1); no feed could be read',
      ],
    ];
    for (const [text, message] of cases) expect(() => parseOpmlText(text)).toThrow(message);
  });

  it('reads a list that names no feed as an empty list, not as a failure', () => {
    const empties = [
      '<?xml version="1.0"?><opml version="2.0"><head/><body></body></opml>',
      '<?xml version="1.0"?><opml version="2.0"><head><title>Empty</title></head><body/></opml>',
      // Another reader's export with a folder and nothing in it.
      '<?xml version="1.0"?><opml version="1.0"><head/><body><outline text="Tech" title="Tech"/></body></opml>',
    ];
    for (const text of empties) expect(opmlList(text)).toEqual({feeds: [], problem: null});
  });

  it('reads the feeds of a list cut short, and says where it breaks', () => {
    const cut =
      '<?xml version="1.0"?>\n<opml version="2.0"><head/><body>\n<outline text="C" xmlUrl="https://c.example/feed"/>\n';
    expect(opmlList(cut)).toEqual({
      feeds: [{url: 'https://c.example/feed', title: 'C', site: null}],
      problem:
        'not well-formed XML (line 4, column 1: the file ends with the <body> of line 2 and <opml> still open)',
    });
  });

  it('reads the entries before a cut inside an entry, and drops the entry cut short', () => {
    const cut = [
      '<?xml version="1.0"?>\n<opml version="2.0"><head/><body>',
      '<outline text="A" xmlUrl="https://a.example/feed"/>',
      '<outline text="B" xmlUrl="https://b.example/feed"/>',
      '<outline text="C" xmlUrl="https://c.exa',
    ].join('\n');
    expect(opmlList(cut)).toEqual({
      feeds: [
        {url: 'https://a.example/feed', title: 'A', site: null},
        {url: 'https://b.example/feed', title: 'B', site: null},
      ],
      problem: 'not well-formed XML (line 5, column 1: an unfinished tag <outline)',
    });
  });
});
