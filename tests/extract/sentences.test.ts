import {describe, expect, it} from 'vitest';
import {sentenceTexts, splitSentences} from '../../src/extract/sentences.js';
import {findQuoteSpans} from '../../src/extract/quotes/marks.js';

describe('splitSentences', () => {
  const cases: {name: string; text: string; expected: string[]}[] = [
    {name: 'plain', text: 'One fell. Two rose.', expected: ['One fell.', 'Two rose.']},
    {
      name: 'titles',
      text: 'Mr. Bell met Ms. Ode. Dr. Ray left.',
      expected: ['Mr. Bell met Ms. Ode.', 'Dr. Ray left.'],
    },
    {
      name: 'initials',
      text: 'President Arno Q. Vidal spoke. Then he left.',
      expected: ['President Arno Q. Vidal spoke.', 'Then he left.'],
    },
    {
      name: 'dotted acronym mid-sentence',
      text: 'The U.S. Navy and the E.U. Council met.',
      expected: ['The U.S. Navy and the E.U. Council met.'],
    },
    {
      name: 'acronym ends a sentence',
      text: 'He flew to the U.S. The trip was long.',
      expected: ['He flew to the U.S.', 'The trip was long.'],
    },
    {
      name: 'clock time',
      text: 'It began at 3 a.m. Monday near the port.',
      expected: ['It began at 3 a.m. Monday near the port.'],
    },
    {
      name: 'quote of two sentences stays whole',
      text: '“We came. We stayed,” she said. Then rain fell.',
      expected: ['“We came. We stayed,” she said.', 'Then rain fell.'],
    },
    {
      name: 'sentence ending inside a closing quote',
      text: 'He said: “It is over.” The crowd left.',
      expected: ['He said: “It is over.”', 'The crowd left.'],
    },
    {
      name: 'straight quotes',
      text: '"No. Never," he said. Fine.',
      expected: ['"No. Never," he said.', 'Fine.'],
    },
    {
      name: 'next sentence opening with a mark and an ellipsis',
      text: '"It spreads," said Dr. Ray. "[...] Rather, it moves."',
      expected: ['"It spreads," said Dr. Ray.', '"[...] Rather, it moves."'],
    },
    {
      name: 'nested single quotes',
      text: '“Their ‘peace’ failed. Again,” she wrote. Done.',
      expected: ['“Their ‘peace’ failed. Again,” she wrote.', 'Done.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(splitSentences([c.text]).map((s) => s.text)).toEqual(c.expected);
    });
  }

  it('an unclosed quote does not swallow its paragraph', () => {
    expect(splitSentences(['“We ran. We hid.']).map((s) => s.text)).toEqual(['“We ran.', 'We hid.']);
  });

  it('locates sentences in their paragraphs', () => {
    const s = splitSentences(['A b. C d.', 'E f.']);
    expect(s.map((x) => [x.paragraph, x.start, x.index])).toEqual([
      [0, 0, 0],
      [0, 5, 1],
      [1, 0, 2],
    ]);
  });

  it('never makes an empty sentence', () => {
    expect(splitSentences(['', '   ', '...', '?!'])).toEqual([
      {text: '...', paragraph: 2, start: 0, index: 0},
      {text: '?!', paragraph: 3, start: 0, index: 1},
    ]);
  });
});

describe('sentenceTexts', () => {
  const texts = (paragraphs: string[]) => splitSentences(paragraphs).map((s) => s.text);

  it('gives the texts splitSentences gives, after a split of the same paragraphs or of others', () => {
    const a = ['It rained. Then it stopped.', 'Dr. Ruiz left.'];
    const b = ['One. Two.'];
    splitSentences(a);
    expect(sentenceTexts(a)).toEqual(texts(a));
    expect(sentenceTexts([...a])).toEqual(texts(a));
    expect(sentenceTexts(b)).toEqual(['One.', 'Two.']);
    splitSentences(b);
    expect(sentenceTexts(a)).toEqual(texts(a));
  });

  it('reads a paragraph changed in place since the last split', () => {
    const a = ['It rained. Then it stopped.'];
    splitSentences(a);
    a[0] = 'It snowed.';
    expect(sentenceTexts(a)).toEqual(['It snowed.']);
  });
});

describe('findQuoteSpans', () => {
  it('pairs curly and straight marks and leaves apostrophes and inches alone', () => {
    const text = 'It’s “one” and "two" but 5\'10" is not.';
    const spans = findQuoteSpans(text).map((s) => text.slice(s.open + 1, s.close));
    expect(spans).toEqual(['one', 'two']);
  });

  it('marks a quote left open at the end of a paragraph', () => {
    expect(findQuoteSpans('“We ran and ran.')).toEqual([{open: 0, close: 16, closed: false}]);
  });

  it('ignores a stray closing mark', () => {
    expect(findQuoteSpans('anything?" [...] Was that all?')).toEqual([]);
  });
});
