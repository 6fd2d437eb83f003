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

  it('lists a sentence the article repeats once (a caption written again under the text)', () => {
    const paragraphs = [
      'Mayor Ann Reyes opened the bridge.',
      'The river rose.',
      'Mayor Ann Reyes opened the bridge.',
    ];
    const [entry] = articleEntities(
      {paragraphs},
      {
        summary: [],
        people: [{name: 'Ann Reyes', aliases: [], mentions: 2}],
        places: [],
        organizations: [],
        quotes: [],
        facts: [],
      },
    );
    expect(entry?.sentences).toEqual(['Mayor Ann Reyes opened the bridge.']);
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
  it("keys a body a territory has as its nation does by the territory, in an article about it that names the nation's", () => {
    // The Rosselló resignation article: "the Senate" (Puerto Rico's) beside the "U.S. Senate" and "U.S. House".
    const a = analysis(
      [
        ['Puerto Rico', 4],
        ['United States', 3],
      ],
      ['Senate', 'House of Representatives', 'U.S. Senate', 'U.S. House', 'Congress'],
    );
    expect(keyOf(a, 'Senate')).toBe('organization:senate @pr');
    expect(keyOf(a, 'House of Representatives')).toBe('organization:house of representatives @pr');
    // No territory's body is named so: the nation's.
    expect(keyOf(a, 'Congress')).toBe('organization:congress @us');
    // An article about another country, which is no territory of the nation, keeps the nation's.
    const ukraine = analysis(
      [
        ['Ukraine', 7],
        ['United States', 1],
      ],
      ['Senate', 'U.S. House'],
    );
    expect(keyOf(ukraine, 'Senate')).toBe('organization:senate @us');
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

describe("articleEntities: a state's body named as the nation's", () => {
  const keyIn = (
    paragraphs: string[],
    places: [string, number][],
    organizations: [string, string[]][],
    name: string,
  ): string | undefined =>
    articleEntities(
      {paragraphs},
      {
        summary: [],
        people: [],
        places: places.map(([n, mentions]) => ({name: n, aliases: [], mentions})),
        organizations: organizations.map(([n, aliases]) => ({name: n, aliases, mentions: 1})),
        quotes: [],
        facts: [],
      },
    ).find((e) => e.name === name)?.key;

  it.each<[string, string[], [string, number][], [string, string[]][], string, string]>([
    [
      "the state the text names before it ('North Carolina's state Senate')",
      ['In 1998 Hagan ran for a seat in North Carolina’s state Senate. She served five terms.'],
      [
        ['North Carolina', 4],
        ['United States', 2],
      ],
      [['Senate', []]],
      'Senate',
      'organization:senate @us/north carolina',
    ],
    [
      "the article's one state, for 'the Senate of the state'",
      ['The bill passed the Senate of the state on Tuesday.', 'The US Supreme Court may hear it.'],
      [
        ['Alabama', 2],
        ['US', 2],
      ],
      [
        ['Senate', []],
        ['US Supreme Court', ['Supreme Court']],
      ],
      'Senate',
      'organization:senate @us/alabama',
    ],
    [
      "no state's when the text says a state's but names none",
      ['The measure passed the state Senate.'],
      [['United States', 3]],
      [['Senate', []]],
      'Senate',
      'organization:senate',
    ],
    [
      "the nation's when the text does not make it a state's (a senator from North Carolina)",
      ['Hagan was elected to the Senate in 2008, defeating Elizabeth Dole.'],
      [
        ['North Carolina', 4],
        ['United States', 2],
      ],
      [['Senate', []]],
      'Senate',
      'organization:senate @us',
    ],
    [
      "the nation's when most of its sentences do ('state' once of three)",
      ['The Senate voted.', 'The Senate adjourned.', 'Before that she served in the state Senate.'],
      [['United States', 3]],
      [['Senate', []]],
      'Senate',
      'organization:senate @us',
    ],
    [
      "a body no state has as the nation's ('State Department')",
      ['The State Department said so.'],
      [
        ['Alabama', 2],
        ['United States', 1],
      ],
      [['State Department', []]],
      'State Department',
      'organization:state department @us',
    ],
  ])('%s', (_, paragraphs, places, organizations, name, key) => {
    expect(keyIn(paragraphs, places, organizations, name)).toBe(key);
  });
});

describe('articleEntities: a nickname in quotes between given name and surname', () => {
  const analysis = (people: {name: string; aliases?: string[]}[]) => ({
    summary: [],
    people: people.map((p) => ({name: p.name, aliases: p.aliases ?? [], mentions: 1})),
    places: [],
    organizations: [],
    quotes: [{text: 'We ride at dawn,', speaker: 'Marta'}],
    facts: [],
  });
  const keys = (paragraphs: string[], people: {name: string; aliases?: string[]}[]) =>
    articleEntities({paragraphs}, analysis(people)).map((e) => [e.key, e.name, e.aliases, e.mentions]);

  it('gives the given name alone the form as written, when one other person is named by nickname and surname', () => {
    const entries = articleEntities(
      {
        paragraphs: [
          'The club chose rider Marta “Spoke” Lindqvist. Lindqvist said “We ride at dawn,” smiling.',
        ],
      },
      analysis([{name: 'Marta'}, {name: 'Spoke Lindqvist', aliases: ['Lindqvist']}]),
    );
    expect(entries.map((e) => [e.key, e.name, e.aliases])).toEqual([
      ['person:marta', 'Marta', ['Marta “Spoke” Lindqvist']],
      ['person:spoke lindqvist', 'Spoke Lindqvist', ['Lindqvist']],
    ]);
  });

  it.each<[string, string[], {name: string; aliases?: string[]}[]]>([
    [
      'the text never writes the nickname so',
      ['Marta met Spoke Lindqvist.'],
      [{name: 'Marta'}, {name: 'Spoke Lindqvist'}],
    ],
    [
      'no person of the article is named by nickname and surname',
      ['Marta "Spoke" Lindqvist rode.'],
      [{name: 'Marta'}, {name: 'Anna Lindqvist'}],
    ],
    [
      'two people fit',
      ['Marta "Spoke" Lindqvist rode.'],
      [{name: 'Marta'}, {name: 'Spoke Lindqvist'}, {name: 'Olle', aliases: ['Spoke Lindqvist']}],
    ],
  ])('gives the given name no such form when %s', (_, paragraphs, people) => {
    expect(keys(paragraphs, people).find((e) => e[0] === 'person:marta')?.[2]).toEqual([]);
  });
});
