import {describe, expect, it} from 'vitest';
import {xmlProblem} from '../../src/web/xml-check.js';
import {atom, opml, rss1, rss2} from '../fixtures/web/feeds.js';

// Made-up documents: each problem with where it is reported, and well-formed ones that look close.
const BROKEN: [string, string, {line: number; column: number; reason: RegExp}][] = [
  [
    'a bare ampersand',
    '<rss>\n<channel><title>Fish & chips</title></channel></rss>',
    {line: 2, column: 22, reason: /^a bare “&”/},
  ],
  [
    'an element closed by its parent’s tag',
    '<rss><channel>\n<item><title>Bridge closed\n</item></channel></rss>',
    {line: 3, column: 1, reason: /^<\/item> where <\/title> was expected, for the <title> of line 2$/},
  ],
  [
    'a file cut short',
    '<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>A</title>\n',
    {line: 5, column: 1, reason: /^the file ends with the <item> of line 4 and <channel>, <rss> still open$/},
  ],
  [
    'many elements left open',
    '<a><b><c><d><e><f><g>',
    {
      line: 1,
      column: 22,
      reason: /^the file ends with the <g> of line 1 and <f>, <e>, <d>, <c>, 2 more still open$/,
    },
  ],
  ['a stray closing tag', '<rss></rss></channel>', {line: 1, column: 12, reason: /closes no open element/}],
  ['a bare less-than', '<rss><title>1 < 2</title></rss>', {line: 1, column: 15, reason: /^a bare “<”$/}],
  [
    'an unquoted attribute',
    '<rss version=2.0></rss>',
    {line: 1, column: 1, reason: /^an unfinished tag <rss$/},
  ],
  ['an unfinished comment', '<rss><!-- note </rss>', {line: 1, column: 6, reason: /^a comment never ends$/}],
  ['a second root', '<rss></rss>\n<rss></rss>', {line: 2, column: 1, reason: /second root/}],
  [
    'a DOCTYPE cut short',
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n <!ENTITY lol1 "&lol;&l',
    {line: 2, column: 1, reason: /^the DOCTYPE never ends$/},
  ],
];

const WELL_FORMED: [string, string][] = [
  [
    'entities, character references, CDATA with markup',
    '<rss><t>A &amp; B &#8217; &#x2019; &nbsp;</t><d><![CDATA[<p>a & b</p>]]></d></rss>',
  ],
  [
    'a declaration, a DOCTYPE with a subset, comments and PIs',
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<!-- c -->\n<rss a="1 > 0" b=\'2\'><?pi x?><e/></rss>\n',
  ],
];

const info = {
  title: 'Harbour & Courier',
  site: 'https://courier.example/',
  self: 'https://courier.example/feed?a=1&b=2',
  items: [
    {
      title: 'Tides <high>',
      link: 'https://courier.example/1',
      date: '2024-01-01T00:00:00Z',
      summary: 'Up & down',
      paragraphs: ['One & two.', 'Three.'],
    },
  ],
};

describe('where an XML document first breaks', () => {
  it.each(BROKEN)('%s', (_name, text, expected) => {
    const problem = xmlProblem(text);
    expect(problem).toMatchObject({line: expected.line, column: expected.column});
    expect(problem?.reason).toMatch(expected.reason);
  });

  it.each(WELL_FORMED)('well-formed: %s', (_name, text) => {
    expect(xmlProblem(text)).toBeNull();
  });

  it('finds nothing wrong with the feeds and lists sites publish', () => {
    for (const text of [
      rss2(info, true),
      rss2(info, false),
      atom(info),
      rss1(info),
      opml({News: [{title: 'C', xmlUrl: info.self, htmlUrl: info.site}]}),
    ])
      expect(xmlProblem(text)).toBeNull();
  });
});
