import {describe, expect, it} from 'vitest';
import {articleEntities, namesAny} from '../../src/store/entity-index.js';

describe('namesAny: whole-word matching of entity forms in a sentence', () => {
  it.each([
    ['Zelensky said on Sunday', ['Zelensky'], true],
    ['said Volodymyr Zelensky.', ['Zelensky'], true],
    ['the UN’s envoy', ['UN'], true],
    ['(Kyiv)', ['Kyiv'], true],
    ['São Paulo grew', ['São Paulo'], true],
    ['in Kyiv and Kyivan towns', ['Kyiv'], true],
    ['“Biden”', ['Biden'], true],
    // False positives: the form inside a longer word.
    ['Zelenskyy spoke', ['Zelensky'], false],
    ['UNESCO met', ['UN'], false],
    ['Kyivan towns', ['Kyiv'], false],
    ['AZelensky', ['Zelensky'], false],
    ['𝐀Kyiv', ['Kyiv'], false],
    ['Kyiv2', ['Kyiv'], false],
    ['nothing here', ['Kyiv'], false],
    ['an empty form never matches', [''], false],
    ['', ['Kyiv'], false],
  ] as const)('%j with %j → %s', (text, forms, expected) => {
    expect(namesAny(text, forms)).toBe(expected);
  });
});

describe('articleEntities', () => {
  it('gives each entity the sentences naming any of its forms and the quotes of its speaker names', () => {
    const paragraphs = [
      'Volodymyr Zelensky spoke. Mr. Zelensky left early. Zelenskyy fans waited.',
      '“We stand,” he said.',
    ];
    const [entry] = articleEntities(
      {paragraphs},
      {
        summary: [],
        people: [{name: 'Volodymyr Zelensky', aliases: ['Zelensky'], mentions: 2}],
        places: [],
        organizations: [],
        quotes: [
          {text: 'We stand,', speaker: 'Volodymyr Zelensky'},
          {text: 'x', speaker: null},
        ],
        facts: [],
      },
    );
    expect(entry?.sentences).toEqual(['Volodymyr Zelensky spoke.', 'Mr. Zelensky left early.']);
    expect(entry?.quotes.map((q) => q.text)).toEqual(['We stand,']);
  });
});
