import {describe, expect, it} from 'vitest';
import {
  articleEntities,
  entitiesOf,
  joinSentences,
  namesAny,
  sentencesNaming,
} from '../../src/store/entity-index.js';

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

describe('sentencesNaming: the sentences namesAny finds, searched in the joined sentences', () => {
  const sentences = [
    'Zelensky said on Sunday.',
    'Zelenskyy spoke',
    '\udc00Kyiv held',
    'in Kyiv',
    '𝐀Kyiv',
    '',
    'Kyiv2 and Kyiv',
    'the UN’s envoy and UNESCO',
    'Kyiv\ud800',
    'a\u0000b',
    'Zelensky said on Sunday.',
  ];
  it.each([
    [['Zelensky']],
    [['Kyiv']],
    [['UN', 'Kyiv']],
    [['']],
    [['a\u0000b', 'Kyiv']],
    [['Sunday.', 'envoy']],
    [[]],
  ] as const)('%j', (forms) => {
    expect(sentencesNaming(joinSentences(sentences), forms)).toEqual(
      sentences.filter((s) => namesAny(s, forms)),
    );
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

describe('entitiesOf: a body named without its country', () => {
  const analysis = (places: [string, number][], organizations: string[]) => ({
    summary: [],
    people: [],
    places: places.map(([name, mentions]) => ({name, aliases: [], mentions})),
    organizations: organizations.map((name) => ({name, aliases: [], mentions: 1})),
    quotes: [],
    facts: [],
  });
  const keyOf = (a: ReturnType<typeof analysis>, name: string) =>
    entitiesOf(a).find((e) => e.entity.name === name)?.key;

  it('takes the country of the bodies the article names with theirs, however often it names another', () => {
    const a = analysis(
      [
        ['Ukraine', 7],
        ['United States', 1],
      ],
      ['Senate', 'U.S. House'],
    );
    expect(keyOf(a, 'Senate')).toBe('organization:senate @us');
    expect(keyOf(a, 'U.S. House')).toBe('organization:us house');
  });
  it('else the country most of its places are in', () => {
    expect(
      keyOf(
        analysis(
          [
            ['Queensland', 2],
            ['Australia', 3],
          ],
          ['House of Representatives'],
        ),
        'House of Representatives',
      ),
    ).toBe('organization:house of representatives @au');
  });
  it('stays a bare body when the article is about no one country', () => {
    expect(
      keyOf(
        analysis(
          [
            ['Mexico', 1],
            ['US', 1],
          ],
          ['Senate'],
        ),
        'Senate',
      ),
    ).toBe('organization:senate');
    expect(keyOf(analysis([], ['Congress']), 'Congress')).toBe('organization:congress');
  });
  it('leaves names with a proper name in them alone, and keys parties named by a common word', () => {
    const a = analysis([['United States', 3]], ['Bharatiya Janata Party', 'Democratic Party']);
    expect(keyOf(a, 'Bharatiya Janata Party')).toBe('organization:bharatiya janata party');
    expect(keyOf(a, 'Democratic Party')).toBe('organization:democratic party @us');
  });
  it('keys a party named for its members by a common word ("Liberal Democrats") by the country, as "Greens"', () => {
    // The British party of a UK election article and the Australian one of a Queensland by-election interview.
    const british = analysis([['United Kingdom', 3]], ['Liberal Democrats', 'Greens']);
    const australian = analysis([['Queensland', 4]], ['Liberal Democrats']);
    expect(keyOf(british, 'Liberal Democrats')).toBe('organization:liberal democrats @gb');
    expect(keyOf(australian, 'Liberal Democrats')).toBe('organization:liberal democrats @au');
    expect(keyOf(british, 'Greens')).toBe('organization:greens @gb');
    // A nation's name before it says the country itself.
    expect(keyOf(analysis([['Sweden', 2]], ['Sweden Democrats']), 'Sweden Democrats')).toBe(
      'organization:sweden democrats',
    );
  });
});
