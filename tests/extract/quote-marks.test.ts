// Single quotation marks (src/extract/quotes/marks.ts, convention.ts): British papers write direct speech in single
// marks and nest double ones; the common style does the reverse. Made-up text throughout.
import {describe, expect, it} from 'vitest';
import {quoteConvention} from '../../src/extract/quotes/convention.js';
import {findQuoteSpans, findSingleSpans} from '../../src/extract/quotes/marks.js';

const inner = (text: string, spans: ReturnType<typeof findSingleSpans>) =>
  spans.map((s) => text.slice(s.open + 1, s.close));

describe('findSingleSpans', () => {
  const rows: [string, string, string[]][] = [
    ['curly, speaker after', '‘We are devastated,’ said Ms Rourke.', ['We are devastated,']],
    ['straight, pronoun after', "'We are devastated,' she said.", ['We are devastated,']],
    [
      'an apostrophe inside a word',
      '‘We don’t know what O’Brien saw,’ he said.',
      ['We don’t know what O’Brien saw,'],
    ],
    [
      'a possessive closing mark inside the quote',
      '‘The Smiths’ boat came in first,’ said the harbour master.',
      ['The Smiths’ boat came in first,'],
    ],
    ['a decade and rock ’n’ roll are no quotes', "He played rock 'n' roll in the '90s and ’80s.", []],
    [
      'a quote ending mid-sentence, then another',
      'He called it ‘a disgrace’ and said ‘we will fight on’.',
      ['a disgrace', 'we will fight on'],
    ],
    [
      'a dropped letter closing a word inside the quote',
      "'We were goin' home when the wall fell,' said Mrs O'Neill.",
      ["We were goin' home when the wall fell,"],
    ],
    ['a possessive outside any quote', 'The Smiths’ boat and James’ car were towed.', []],
    ['double marks nested inside', '‘They told us “next year”,’ she said.', ['They told us “next year”,']],
  ];
  for (const [name, text, expected] of rows)
    it(name, () => expect(inner(text, findSingleSpans(text))).toEqual(expected));

  it('leaves a quote open at the paragraph’s end for the next paragraph to continue', () => {
    const text = '‘We waited for hours.';
    expect(findSingleSpans(text)).toEqual([{open: 0, close: text.length, closed: false}]);
  });
});

describe('quoteConvention', () => {
  it('is single for a story quoting in single marks', () => {
    expect(
      quoteConvention([
        'The family of a fisherman said they were heartbroken.',
        '‘We are devastated,’ said Ms Nora Rourke. ‘He knew that harbour better than anyone.’',
      ]),
    ).toBe('single');
  });
  it('is double for a story whose single marks are nested in double ones, scare quotes or apostrophes', () => {
    expect(
      quoteConvention([
        'Mayor Ada Brill said: “They call it ‘peace, of a kind.’ We do not.”',
        'The mayor’s critics called her a ‘hero’ of the old port in the ’90s.',
        '“We will rebuild,” she said.',
      ]),
    ).toBe('double');
  });
  it('is single for a story whose only quote is two words of speech', () => {
    expect(quoteConvention(['Asked about the crash, Ms Rourke was brief.', '‘No comment,’ she said.'])).toBe(
      'single',
    );
  });
  it('is double for a story with single-marked scare quotes and no speech', () => {
    expect(quoteConvention(['The so-called ‘hero’ of the harbour left town.'])).toBe('double');
  });
});

describe('findQuoteSpans', () => {
  it('reads single marks as quotes only in the single convention, double marks then nested', () => {
    const text = '‘They told us “next year”,’ she said.';
    expect(inner(text, findQuoteSpans(text, 'single'))).toEqual(['They told us “next year”,']);
    expect(inner(text, findQuoteSpans(text))).toEqual(['next year']);
  });
  it('reads a sentence a colon introduces in single marks in a double-marked text', () => {
    const text =
      'Lang told the jury that Molyneux had once said to him: ‘The berths go to friends. Are you a friend?’';
    expect(inner(text, findQuoteSpans(text))).toEqual(['The berths go to friends. Are you a friend?']);
  });
  it('reads no scare quote or title after a colon as one', () => {
    for (const text of ['His verdict: ‘hero’.', 'Her new book: ‘Ports and People’ is out.'])
      expect(findQuoteSpans(text)).toEqual([]);
  });
});
