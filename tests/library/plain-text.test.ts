import {describe, expect, it} from 'vitest';
import {
  looksLikeHeadline,
  parseBody,
  splitNames,
  splitParagraphs,
  titleFromFileName,
} from '../../src/library/plain-text.js';

describe('parseBody', () => {
  const cases: {
    name: string;
    body: string;
    title: string | null;
    source: string | null;
    authors: string[];
    contributors: string[];
    paragraphs: number;
  }[] = [
    {
      name: 'feed footer gives title and source; bylines at the end are not body',
      body: 'First para.\nSecond para.\nJane Roe contributed reporting.\nJohn Q. Public covers the city council.\nThe post Council Votes to Close Bridge appeared first on Daily Planet.',
      title: 'Council Votes to Close Bridge',
      source: 'Daily Planet',
      authors: ['John Q. Public'],
      contributors: ['Jane Roe'],
      paragraphs: 2,
    },
    {
      name: 'several contributors and a reporter bio',
      body: 'Body one.\n\nBody two.\n\nAna Lima and Tom Berg contributed reporting from Lisbon.\n\nSara Holm is a senior correspondent for the paper.',
      title: null,
      source: null,
      authors: ['Sara Holm'],
      contributors: ['Ana Lima', 'Tom Berg'],
      paragraphs: 2,
    },
    {
      name: 'headline first line becomes the title',
      body: 'Storm Cuts Power to Thousands\nThe storm arrived overnight.\nCrews worked until dawn.',
      title: 'Storm Cuts Power to Thousands',
      source: null,
      authors: [],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line at the top gives the author',
      body: 'By Kim Lee and Raj Patel\n\nThe market fell.\n\nTraders were calm.',
      title: null,
      source: null,
      authors: ['Kim Lee', 'Raj Patel'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'an ordinary last sentence about a person stays body text',
      body: 'The mayor spoke.\nMaria Lopez said she covers her ears when the sirens sound.',
      title: null,
      source: null,
      authors: [],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a Markdown heading gives the title',
      body: '# Rates Rise Again\n\nThe bank raised rates.\n\nMarkets shrugged.',
      title: 'Rates Rise Again',
      source: null,
      authors: [],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line right after the title line',
      body: 'Storm Cuts Power to Thousands\nBy Kim Lee and Raj Patel\nThe storm arrived overnight.\nCrews worked until dawn.',
      title: 'Storm Cuts Power to Thousands',
      source: null,
      authors: ['Kim Lee', 'Raj Patel'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line as the last line',
      body: 'The storm arrived overnight.\n\nCrews worked until dawn.\n\nBy Kim Lee',
      title: null,
      source: null,
      authors: ['Kim Lee'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line before the feed footer',
      body: 'First para.\nSecond para.\nBy Jane Roe, Staff Writer, The Daily Planet\nThe post Council Votes to Close Bridge appeared first on Daily Planet.',
      title: 'Council Votes to Close Bridge',
      source: 'Daily Planet',
      authors: ['Jane Roe'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line after the feed footer',
      body: 'First para.\nSecond para.\nThe post Council Votes to Close Bridge appeared first on Daily Planet.\nBy Jane Roe',
      title: 'Council Votes to Close Bridge',
      source: 'Daily Planet',
      authors: ['Jane Roe'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line naming a writer whose surname is an outlet word',
      body: 'By Emily Post and Tom Press\n\nThe dinner began at eight.\n\nGuests left at ten.',
      title: null,
      source: null,
      authors: ['Emily Post', 'Tom Press'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line set in capitals, with a role after a bar, gives the name in ordinary case',
      body: 'By ADA VARGA | Staff writer\n\nThe market fell.\n\nTraders were calm.',
      title: null,
      source: null,
      authors: ['Ada Varga'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: 'a By line whose outlet follows a dot',
      body: 'by Ada Varga · Eastbrook Gazette\n\nThe market fell.\n\nTraders were calm.',
      title: null,
      source: null,
      authors: ['Ada Varga'],
      contributors: [],
      paragraphs: 2,
    },
    {
      name: "a wire service's credit line in brackets: reporters (their places cut) are contributors, editors dropped",
      body: 'The council met.\n\nThe vote passed.\n\n(Reporting by Ana Lima; Additional reporting by Tom Berg in Porto Verde; Editing by Kim Lee and Raj Patel)',
      title: null,
      source: null,
      authors: [],
      contributors: ['Ana Lima', 'Tom Berg'],
      paragraphs: 2,
    },
    {
      name: "a wire story's tail: a rule, reporters named with their outlet and places, a copyright notice",
      body: 'The storm arrived overnight.\n\nCrews worked until dawn.\n\n___\n\nHarbour Press writers Tom Berg in Eastbrook and Ana Lima in Westfield contributed to this report.\n\nCopyright 2021 The Harbour Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      title: null,
      source: null,
      authors: [],
      contributors: ['Tom Berg', 'Ana Lima'],
      paragraphs: 2,
    },
    {
      name: 'a last sentence in brackets with a semicolon, and one naming a writer, stay body text',
      body: 'The council met.\n\nThe writers Ana Lima and Tom Berg read from their books in Eastbrook.\n\n(The vote was five to four; two members were away.)',
      title: null,
      source: null,
      authors: [],
      contributors: [],
      paragraphs: 3,
    },
    {
      name: "a news site's page copied as text: its controls go, the byline under the standfirst and the day after it are read",
      body: 'Bridge Toll Approved After Long Fight\n\nThe vote ends a long dispute between the city and the region.\n\nListen to this article · 5:12 min Learn more\n\nShare full article\n\nBy Ada Varga\nReporting from Porto Verde, Portugal\n\nDec. 3, 2026\n\nThe council approved a toll of two euros on Tuesday.\n\nAdvertisement\n\nSKIP ADVERTISEMENT\n\nThe mayor said the toll would pay for the bridge.\n\nAda Varga is a correspondent for The Courier in Lisbon.\n\nA version of this article appears in print on Dec. 4, 2026, Section A, Page 8 with the headline: Toll Approved. Order Reprints | Today’s Paper | Subscribe',
      title: 'Bridge Toll Approved After Long Fight',
      source: null,
      authors: ['Ada Varga'],
      contributors: [],
      paragraphs: 3,
    },
    {
      name: "sentences that open with a control's words stay body text",
      body: 'Advertisement revenue fell by a fifth.\n\nRead more about the plan on the council website.\n\nShare prices rose.',
      title: null,
      source: null,
      authors: [],
      contributors: [],
      paragraphs: 3,
    },
    {
      name: 'a sentence starting with "By" stays body text, first or last',
      body: 'By Monday, the river had risen.\n\nThe town was calm.\n\nBy then, Kim Lee had left the town.',
      title: null,
      source: null,
      authors: [],
      contributors: [],
      paragraphs: 3,
    },
  ];
  it.each(cases)('$name', ({body, title, source, authors, contributors, paragraphs}) => {
    const parts = parseBody(body);
    expect(parts.title).toBe(title);
    expect(parts.source).toBe(source);
    expect(parts.authors).toEqual(authors);
    expect(parts.contributors).toEqual(contributors);
    expect(parts.paragraphs).toHaveLength(paragraphs);
  });

  it('reads the day a leading By line gives as the date, dots of a month or a time of day included', () => {
    const cases: [string, string][] = [
      ['By Ada Varga, March 3, 2026', '2026-03-03'],
      ['By Ada Varga | Dec. 3, 2026 at 5:14 p.m.', '2026-12-03'],
      ['By Ada Varga and Tom Reyes, Reuters, Published 3 December 2026', '2026-12-03'],
    ];
    for (const [line, date] of cases) {
      const parts = parseBody(`Ferry Terminal Approved\n\n${line}\n\nThe council voted.\n\nIt was close.`);
      expect(parts.authors, line).toContain('Ada Varga');
      expect(parts.date, line).toBe(date);
      expect(parts.paragraphs, line).toEqual(['The council voted.', 'It was close.']);
    }
    // A dateline above the text wins; a sentence after the names is no byline, dots and all.
    expect(parseBody('March 1, 2026\nBy Ada Varga, March 3, 2026\n\nThe council voted.').date).toBe(
      '2026-03-01',
    );
    const sentence = parseBody('By Ada Varga, Dec. 3. The council voted.\n\nIt was close.');
    expect(sentence.authors).toEqual([]);
    expect(sentence.date).toBeNull();
  });
  it("keeps a copied page's standfirst and text, and reads its day, without its controls", () => {
    const parts = parseBody(
      'The vote ends a long dispute.\n\nShare full article\n\nBy Ada Varga\nReporting from Porto Verde\n\nDec. 3, 2026\n\nThe council approved a toll.\n\nAdvertisement\n\nThe mayor said the toll would pay for the bridge.',
      'Bridge Toll Approved',
    );
    expect(parts.paragraphs).toEqual([
      'The vote ends a long dispute.',
      'The council approved a toll.',
      'The mayor said the toll would pay for the bridge.',
    ]);
    expect(parts.authors).toEqual(['Ada Varga']);
    expect(parts.date).toBe('2026-12-03');
  });
  it('does not take a headline-like first line as title when the title is known', () => {
    const parts = parseBody('Short Opening Line\n\nMore text here.', 'Known Title');
    expect(parts.paragraphs).toEqual(['Short Opening Line', 'More text here.']);
  });
  it('drops a first line repeating the known title', () => {
    expect(parseBody('Known Title\n\nBody.', 'Known title').paragraphs).toEqual(['Body.']);
  });
  it('takes a dateline on a line of its own off the top as the date, not the first sentence', () => {
    const parts = parseBody(
      'Friday, March 29, 2019 \nThe market reopened on Monday.\n\nTraders were calm.',
      'T',
    );
    expect(parts.date).toBe('2019-03-29');
    expect(parts.paragraphs).toEqual(['The market reopened on Monday.', 'Traders were calm.']);
    // Not a date of the calendar, a sentence, or all there is: left as text.
    for (const body of [
      'Friday, March 32, 2019\nText.',
      'March 29, 2019 was a Friday.\nText.',
      'March 29, 2019\n',
    ])
      expect(parseBody(body, 'T').date, body).toBeNull();
    expect(parseBody('March 29, 2019 was a Friday.\nText.', 'T').paragraphs).toEqual([
      'March 29, 2019 was a Friday.',
      'Text.',
    ]);
  });
  it('never keeps a feed footer as body text, wherever it sits in the last lines', () => {
    const footer = 'The post Council Votes to Close Bridge appeared first on Daily Planet.';
    // Share buttons and "Related" labels after the footer are page furniture; a byline there is still read.
    const page = parseBody(
      `First para.\nSecond para.\n${footer}\nShare this:\nRelated posts\nBy Jane Roe\nTwitter Facebook`,
    );
    expect(page.paragraphs).toEqual(['First para.', 'Second para.']);
    expect(page.title).toBe('Council Votes to Close Bridge');
    expect(page.source).toBe('Daily Planet');
    expect(page.authors).toEqual(['Jane Roe']);
    // A sentence after the footer may be the article's own: it stays, the footer goes.
    const late = parseBody(
      `First para.\n\n${footer}\n\nThe bridge closes on Monday.\n\n“It is old,” she said.`,
    );
    expect(late.paragraphs).toEqual([
      'First para.',
      'The bridge closes on Monday.',
      '“It is old,” she said.',
    ]);
    expect(late.source).toBe('Daily Planet');
    // A text that is all footer has nothing else to be: it is left as it is.
    expect(parseBody(footer).paragraphs).toEqual([footer]);
  });
  it('keeps a first paragraph of a capitalised phrase after "By" and a sentence after its comma', () => {
    const opening = 'By Monday Night Market, the stalls had moved up the hill';
    const parts = parseBody(`${opening}\n\nThe town was calm.`, 'Stalls move');
    expect(parts.authors).toEqual([]);
    expect(parts.paragraphs).toEqual([opening, 'The town was calm.']);
  });

  it('reads a By line after a first line repeating the known title', () => {
    const parts = parseBody('Known Title\n\nBy Ana Lima\n\nBody one.\n\nBody two.', 'Known Title');
    expect(parts.authors).toEqual(['Ana Lima']);
    expect(parts.paragraphs).toEqual(['Body one.', 'Body two.']);
  });
});

describe('helpers', () => {
  it.each([
    ['A, B and C', ['A', 'B', 'C']],
    ['Ana Lima & Tom Berg', ['Ana Lima', 'Tom Berg']],
  ])('splitNames(%j)', (input, expected) => expect(splitNames(input)).toEqual(expected));

  it.each([
    ['a\nb\nc', ['a', 'b', 'c']],
    ['a\nstill a\n\nb', ['a still a', 'b']],
    ['  tabs\there  \n\n\n\nnext', ['tabs here', 'next']],
  ])('splitParagraphs(%j)', (input, expected) => expect(splitParagraphs(input)).toEqual(expected));

  it.each([
    ['Storm Cuts Power to Thousands', true],
    ['Why Did the Bridge Fall?', true],
    ['The storm arrived overnight and cut power to thousands of homes.', false],
    ['“We are ready,” she said', false],
    ['Word', false],
  ])('looksLikeHeadline(%j) = %j', (line, expected) => expect(looksLikeHeadline(line)).toBe(expected));

  it.each([
    ['kyiv-strike.txt', 'Kyiv strike'],
    ['2019-03-28-anti_brexit-march.md', 'Anti brexit march'],
    ['.md', '.md'],
  ])('titleFromFileName(%j) = %j', (name, expected) => expect(titleFromFileName(name)).toBe(expected));
});
