import {describe, expect, it} from 'vitest';
import type {EntityKind} from '../../src/extract/types.js';
import {entityKey} from '../../src/store/entity-key.js';
import {linkEntities, mergeOccurrences, oneEditApart} from '../../src/store/link-entities.js';
import type {EntityOccurrence, EntityRecord} from '../../src/store/types.js';

/** A library-wide record: kind, name, articles, aliases. */
function rec(kind: EntityKind, name: string, articleCount: number, aliases: string[] = []): EntityRecord {
  return {key: entityKey(kind, name), kind, name, aliases, articleCount, mentions: articleCount * 2};
}

/** The groups of more than one record, as "Head <= member, member" lines, sorted. */
function groups(records: EntityRecord[]): string[] {
  const links = linkEntities(records);
  const nameOf = new Map(records.map((r) => [r.key, r.name]));
  return links.records
    .map((r) => links.membersOf(r.key))
    .filter((keys) => keys.length > 1)
    .map(
      (keys) =>
        `${nameOf.get(keys[0] ?? '')} <= ${keys
          .slice(1)
          .map((k) => nameOf.get(k))
          .sort()
          .join(', ')}`,
    )
    .sort();
}

describe('linkEntities: one thing named differently in different articles', () => {
  it.each<[string, EntityRecord[], string[]]>([
    [
      'a bare surname another article uses for the full name',
      [rec('person', 'Donald Trump', 49, ['Mr. Trump', 'Trump']), rec('person', 'Trump', 5)],
      ['Donald Trump <= Trump'],
    ],
    [
      'a title form folds to the same short form',
      [rec('person', 'Keir Starmer', 3, ['Mr. Starmer']), rec('person', 'Starmer', 1)],
      ['Keir Starmer <= Starmer'],
    ],
    [
      'an abbreviation of an organization',
      [rec('organization', 'European Union', 14, ['EU']), rec('organization', 'EU', 1)],
      ['European Union <= EU'],
    ],
    [
      'several short forms of a place',
      [
        rec('place', 'United Kingdom', 9, ['UK', 'Britain']),
        rec('place', 'UK', 5),
        rec('place', 'Britain', 3),
      ],
      ['United Kingdom <= Britain, UK'],
    ],
    [
      'a middle initial',
      [rec('person', 'Vladimir Putin', 4), rec('person', 'Vladimir V. Putin', 1)],
      ['Vladimir Putin <= Vladimir V. Putin'],
    ],
    [
      'a transliteration one letter apart',
      [rec('person', 'Volodymyr Zelensky', 5), rec('person', 'Volodymyr Zelenskyy', 1)],
      ['Volodymyr Zelensky <= Volodymyr Zelenskyy'],
    ],
    [
      'a tie in articles goes to the longer name',
      [rec('place', 'Islamic Republic of Iran', 4, ['Iran']), rec('place', 'Iran', 4)],
      ['Islamic Republic of Iran <= Iran'],
    ],
    [
      'a person’s full name heads even a more common surname',
      [rec('person', 'Barack Obama', 2, ['Obama']), rec('person', 'Obama', 2)],
      ['Barack Obama <= Obama'],
    ],
    [
      'two names the gazetteer gives one country',
      [rec('place', 'Czech Republic', 2), rec('place', 'Czechia', 1)],
      ['Czech Republic <= Czechia'],
    ],
    ['an exonym of a city', [rec('place', 'Kyiv', 6), rec('place', 'Kiev', 2)], ['Kyiv <= Kiev']],
    [
      'an exonym of a city far from its name but not short',
      [rec('place', 'Beijing', 3), rec('place', 'Peking', 1)],
      ['Beijing <= Peking'],
    ],
    [
      'a country’s code, official name and short form',
      [
        rec('place', 'United States', 110),
        rec('place', 'USA', 3),
        rec('place', 'United States of America', 2),
        rec('place', 'America', 8),
      ],
      ['United States <= America, USA, United States of America'],
    ],
    [
      'a body named with its country two ways, and without it in articles about that country',
      [
        rec('organization', 'U.S. Senate', 10),
        rec('organization', 'United States Senate', 2),
        {...rec('organization', 'Senate', 12), key: 'organization:senate @us'},
      ],
      ['U.S. Senate <= Senate, United States Senate'],
    ],
    [
      'a middle name one fuller name has',
      [rec('person', 'John Horton Conway', 2), rec('person', 'John Conway', 1)],
      ['John Horton Conway <= John Conway'],
    ],
    [
      'a surname two people use, when one of them shares its titled form',
      [
        rec('person', 'Donald Trump', 49, ['Trump', 'President Trump']),
        rec('person', 'Melania Trump', 2, ['Trump']),
        rec('person', 'Trump', 5, ['President Trump']),
      ],
      ['Donald Trump <= Trump'],
    ],
    [
      'a surname several people have, to the one using it who is named far more often than the rest',
      [
        rec('person', 'Barack Obama', 15, ['Obama', 'President Obama']),
        rec('person', 'Michelle Obama', 1),
        rec('person', 'Obama', 1),
      ],
      ['Barack Obama <= Obama'],
    ],
    [
      'a surname two people use as a short form, to the one named far more often',
      [
        rec('person', 'Donald Trump', 49, ['Trump']),
        rec('person', 'Melania Trump', 2, ['Trump']),
        rec('person', 'Trump', 2),
      ],
      ['Donald Trump <= Trump'],
    ],
    [
      'a body named with its country before the name the library knows it by',
      [
        rec('organization', 'White House', 12),
        rec('organization', 'US White House', 1, ['White House']),
        rec('organization', 'United States Bureau of Fisheries', 1),
        rec('organization', 'Bureau of Fisheries', 2),
      ],
      ['Bureau of Fisheries <= United States Bureau of Fisheries', 'White House <= US White House'],
    ],
    [
      'one name with the Arabic article spelt two ways',
      [rec('person', 'Abdel Fattah al-Sisi', 3), rec('person', 'Abdel Fattah el-Sisi', 1)],
      ['Abdel Fattah al-Sisi <= Abdel Fattah el-Sisi'],
    ],
    [
      "a body's name in British spelling",
      [
        rec('organization', 'World Health Organization', 8, ['WHO']),
        rec('organization', 'World Health Organisation', 1),
        rec('organization', 'Centre for Disease Control', 2),
      ],
      ['World Health Organization <= World Health Organisation'],
    ],
    [
      "a body named after a city by two of the city's names",
      [
        rec('organization', 'Mysore Division', 2),
        rec('organization', 'Mysuru Division', 1),
        rec('organization', 'Mysore–Bangalore Tippu Express', 1),
        rec('organization', 'Mysuru–Bengaluru Tippu Express', 1),
        rec('organization', 'Kiev Polytechnic Institute', 1),
        rec('organization', 'Kyiv Polytechnic Institute', 3),
      ],
      [
        'Kyiv Polytechnic Institute <= Kiev Polytechnic Institute',
        'Mysore Division <= Mysuru Division',
        'Mysore–Bangalore Tippu Express <= Mysuru–Bengaluru Tippu Express',
      ],
    ],
    [
      'a surname only one person of the library has',
      [rec('person', 'Pete Buttigieg', 5, ['Buttigieg']), rec('person', 'Buttigieg', 1)],
      ['Pete Buttigieg <= Buttigieg'],
    ],
    [
      "spelling: a given name's short form",
      [rec('person', 'Jim Okafor', 3), rec('person', 'James Okafor', 1), rec('person', 'Bill Harte', 1)],
      ['Jim Okafor <= James Okafor'],
    ],
    [
      'party-name: a party named without "Party", to the one of its name named far more often',
      [
        rec('organization', 'Harbour', 2),
        {...rec('organization', 'Harbour Party', 3), key: 'organization:harbour party @gb'},
        {...rec('organization', 'Harbour Party', 1), key: 'organization:harbour party @au'},
      ],
      ['Harbour Party <= Harbour'],
    ],
    [
      "shared-acronym: two bodies given one acronym, one named by the other's opening words",
      [
        rec('organization', 'Harbour State', 3, ['HSIS']),
        rec('organization', 'Harbour State of Iria and Saland', 1, ['HSIS']),
      ],
      ['Harbour State <= Harbour State of Iria and Saland'],
    ],
    [
      'legal-form: a company with and without its legal form, a name with "&" for "and"',
      [
        rec('organization', 'Harbour Gas and Water', 1),
        rec('organization', 'Harbour Gas and Water Company', 2),
        rec('organization', 'Salt & Pepper Club', 1),
        rec('organization', 'Salt and Pepper Club', 1),
      ],
      [
        'Harbour Gas and Water Company <= Harbour Gas and Water',
        'Salt and Pepper Club <= Salt & Pepper Club',
      ],
    ],
    [
      'spelling: a name opening with "St." beside the one spelt out',
      [
        rec('place', 'St. Brennock', 1),
        rec('place', 'Saint Brennock', 2),
        rec('organization', 'Mt. Orrin Club', 1),
        rec('organization', 'Mount Orrin Club', 1),
      ],
      ['Mount Orrin Club <= Mt. Orrin Club', 'Saint Brennock <= St. Brennock'],
    ],
    [
      'name-within: a second surname one article leaves out',
      [rec('person', 'Marta Ibáñez Roldán', 4), rec('person', 'Marta Ibáñez', 1)],
      ['Marta Ibáñez Roldán <= Marta Ibáñez'],
    ],
    [
      'name-within: an honorific and a middle name before and inside the fuller name',
      [rec('person', 'Sayyid Karim Hosseini Tabari', 1), rec('person', 'Karim Tabari', 2)],
      ['Karim Tabari <= Sayyid Karim Hosseini Tabari'],
    ],
    [
      'name-within: a hyphenated surname of three folded words under an honorific',
      [rec('person', 'Reza Mir-Tabari', 1), rec('person', 'Seyed Reza Mir-Tabari', 1)],
      ['Seyed Reza Mir-Tabari <= Reza Mir-Tabari'],
    ],
    [
      'country-body: a department named before and after its subject',
      [
        rec('organization', 'US Treasury Department', 3),
        rec('organization', 'United States Department of the Treasury', 1),
      ],
      ['US Treasury Department <= United States Department of the Treasury'],
    ],
    [
      'country-body: the opening words of the one body of that country they open',
      [
        rec('organization', 'U.S. House', 2),
        rec('organization', 'United States House of Representatives', 6),
        rec('organization', 'U.S. House Judiciary Committee', 1),
      ],
      ['United States House of Representatives <= U.S. House'],
    ],
    [
      "country-body: the nation's body named without its country, not a state's of that name",
      [
        rec('organization', 'U.S. Senate', 10),
        {...rec('organization', 'Senate', 8), key: 'organization:senate @us'},
        {...rec('organization', 'Senate', 1), key: 'organization:senate @us/north carolina'},
      ],
      ['U.S. Senate <= Senate'],
    ],
    [
      "initials: an acronym no article spells out, of a name with a hyphenated word ('Agence France-Presse')",
      [rec('organization', 'Agence France-Presse', 6), rec('organization', 'AFP', 2)],
      ['Agence France-Presse <= AFP'],
    ],
  ])('%s', (_, records, expected) => {
    expect(groups(records)).toEqual(expected);
  });

  it.each<[string, EntityRecord[]]>([
    ['a surname no article used as an alias', [rec('person', 'Seth John', 1), rec('person', 'John', 1)]],
    [
      'a surname the library gives two people, one named in three times the articles of the other but few',
      [
        rec('person', 'Spike Cohen', 3, ['Cohen']),
        rec('person', 'Michael Cohen', 1, ['Cohen']),
        rec('person', 'Cohen', 1),
      ],
    ],
    [
      'a given name of a person named far more often than the one using it as a short form',
      [
        rec('person', 'Elizabeth Warren', 9),
        rec('person', 'Elizabeth II', 5, ['Elizabeth']),
        rec('person', 'Elizabeth', 1),
      ],
    ],
    [
      'a surname one person uses that another person has as a given name',
      [
        rec('person', 'Robert Hunter', 2, ['Hunter']),
        rec('person', 'Hunter Biden', 4),
        rec('person', 'Hunter', 1),
      ],
    ],
    [
      'a body without its country that no article could place',
      [rec('organization', 'United States Navy', 3, ['Navy']), rec('organization', 'Navy', 2)],
    ],
    [
      'two people about as prominent claiming one surname',
      [
        rec('person', 'Boris Johnson', 8, ['Johnson']),
        rec('person', 'Gary Johnson', 4, ['Johnson']),
        rec('person', 'Johnson', 2),
      ],
    ],
    [
      'a short form in more articles than the record claiming it',
      [rec('person', 'Francis Hospital', 1, ['Francis']), rec('person', 'Francis', 4)],
    ],
    [
      'the same name of another kind',
      [rec('place', 'Washington', 9), rec('person', 'George Washington', 2, ['Washington'])],
    ],
    ['first names one letter apart', [rec('person', 'Mark Kelly', 2), rec('person', 'Mary Kelly', 1)]],
    ['short surnames one letter apart', [rec('person', 'John Allen', 2), rec('person', 'John Allan', 1)]],
    ['surnames two letters apart', [rec('person', 'Kim Jong-un', 2), rec('person', 'Kim Jong-il', 1)]],
    [
      'different first names, same surname',
      [rec('person', 'Bill Clinton', 3), rec('person', 'Hillary Clinton', 3)],
    ],
    [
      'a name and a longer one opening with it, though the gazetteer has them as one city',
      [rec('place', 'New York', 16), rec('place', 'New York City', 9)],
    ],
    [
      'a body without its country in an article about another country',
      [
        rec('organization', 'U.S. Senate', 10),
        {...rec('organization', 'Senate', 1), key: 'organization:senate @ph'},
      ],
    ],
    [
      'a first and last name two fuller names share',
      [
        rec('person', 'John Paul Smith', 1),
        rec('person', 'John Allen Smith', 1),
        rec('person', 'John Smith', 3),
      ],
    ],
    [
      'a demonym before a name the library knows is no country named before it',
      [rec('organization', 'Irish Post Office', 1), rec('organization', 'Post Office', 3)],
    ],
    [
      "one word after a country's name, when that article did not also use the word alone",
      [rec('organization', 'Canada Post', 2), rec('organization', 'Post', 3)],
    ],
    [
      "a body every country has, named with a country, and a record of it no article's country placed",
      [
        rec('organization', 'United States Coast Guard', 1, ['Coast Guard']),
        rec('organization', 'Coast Guard', 2),
      ],
    ],
    [
      'the Arabic article spelt two ways before different names',
      [rec('person', 'Omar al-Bashir', 3), rec('person', 'Omar el-Mahdi', 1)],
    ],
    [
      "two bodies of one city, each named by one of the city's names",
      [rec('organization', 'Kyiv Metro', 3), rec('organization', 'Kiev Post', 1)],
    ],
    [
      "a city's name and a longer name opening with one of its others",
      [rec('place', 'New York City', 9), rec('place', 'New York', 16)],
    ],
    [
      'two parties a British and an American spelling tell apart',
      [
        rec('organization', 'Labour Party', 5),
        {...rec('organization', 'Labor Party', 2), key: 'organization:labor party @au'},
      ],
    ],
    [
      "spelling: short forms of two different given names, or one two full names share ('Alex')",
      [
        rec('person', 'Bill Okafor', 2),
        rec('person', 'James Okafor', 1),
        rec('person', 'Alex Morrow', 1),
        rec('person', 'Alexandra Morrow', 1),
      ],
    ],
    [
      'party-name: two parties of that name about as common',
      [
        rec('organization', 'Harbour', 1),
        {...rec('organization', 'Harbour Party', 2), key: 'organization:harbour party @gb'},
        {...rec('organization', 'Harbour Party', 1), key: 'organization:harbour party @au'},
      ],
    ],
    [
      "shared-acronym: two bodies given one acronym, neither named by the other's opening words",
      [
        rec('organization', 'Harbour Authority', 3, ['HA']),
        rec('organization', 'Hill Association', 1, ['HA']),
        rec('organization', 'Harbour Authority Workers', 1),
      ],
    ],
    [
      'legal-form: names that differ by more than a legal form',
      [
        rec('organization', 'Harbour Industries', 1),
        rec('organization', 'Harbour', 1),
        rec('organization', 'Harbour Gas Company', 1),
        rec('organization', 'Harbour Water Company', 1),
      ],
    ],
    [
      'spelling: an abbreviation that does not open the name ("St" of a street)',
      [rec('place', 'Harbour St', 1), rec('place', 'Harbour Saint', 1)],
    ],
    [
      'name-within: two fuller names hold the short one',
      [
        rec('person', 'Marta Ibáñez Roldán', 2),
        rec('person', 'Marta Ibáñez Costa', 1),
        rec('person', 'Marta Ibáñez', 1),
      ],
    ],
    [
      'name-within: a fuller name with a generational suffix (the father beside the son)',
      [rec('person', 'Walter Wallace Jr.', 2), rec('person', 'Walter Wallace', 1)],
    ],
    [
      "apart:short-other-name: a town's name the gazetteer gives a foreign city in some language",
      [rec('place', 'Basel', 1), rec('place', 'Bala', 1)],
    ],
    [
      "apart:short-other-name: a province the gazetteer gives as its capital city's other name",
      [rec('place', 'Jolo', 1), rec('place', 'Sulu', 1)],
    ],
    [
      'country-body: opening words of two bodies of that country',
      [
        rec('organization', 'UK House', 1),
        rec('organization', 'UK House of Commons', 3),
        rec('organization', 'UK House of Lords', 2),
      ],
    ],
    [
      'initials: an acronym two bodies of the library abbreviate to',
      [
        rec('organization', 'Harbour Water Authority', 1),
        rec('organization', 'Hill Walkers Association', 1),
        rec('organization', 'HWA', 1),
      ],
    ],
    [
      "initials: a name opening with a place, whose initials hold the place's ('USS' is a ship's prefix)",
      [
        rec('organization', 'United States Senate', 3),
        rec('organization', 'Christchurch District Court', 1),
        rec('organization', 'USS', 1),
        rec('organization', 'CDC', 1),
      ],
    ],
    [
      'initials: an acronym written in lower case is a word',
      [rec('organization', 'Agence France-Presse', 6), rec('organization', 'Afp', 2)],
    ],
  ])('keeps apart: %s', (_, records) => {
    expect(groups(records)).toEqual([]);
  });

  it("shows a state's body under its state", () => {
    const links = linkEntities([
      {...rec('organization', 'Senate', 1), key: 'organization:senate @us/north carolina'},
      {...rec('organization', 'Senate', 1), key: 'organization:senate @us/alabama'},
    ]);
    expect(links.records.map((r) => r.name)).toEqual(['Senate (North Carolina)', 'Senate (Alabama)']);
  });

  it('shows a party under its name with "Party" and its country, though its short name is the one written', () => {
    const records = [
      rec('organization', 'Harbour', 4),
      {...rec('organization', 'Harbour Party', 1), key: 'organization:harbour party @gb'},
    ];
    const links = linkEntities(records);
    expect(links.records).toHaveLength(1);
    expect(links.records[0]).toMatchObject({name: 'Harbour Party (United Kingdom)', articleCount: 5});
    expect(links.records[0]?.aliases).toContain('Harbour');
  });

  it("shows a group under its most named name of the head's kind, though another member's article decided that kind", () => {
    const records = [
      {...rec('organization', 'White House', 12), weakArticles: 12},
      rec('organization', 'US White House', 1, ['White House']),
    ];
    const links = linkEntities(records);
    expect(links.records).toHaveLength(1);
    expect(links.records[0]).toMatchObject({name: 'White House', kind: 'organization', articleCount: 13});
    expect(links.records[0]?.aliases).toContain('US White House');
  });

  it('sums articles and mentions, keeps every other form as an alias, and maps each member key to the group', () => {
    const records = [
      rec('person', 'Donald Trump', 49, ['Mr. Trump']),
      rec('person', 'Trump', 5, ['President Trump']),
    ];
    const links = linkEntities(records);
    expect(links.records).toHaveLength(1);
    expect(links.records[0]).toMatchObject({
      key: 'person:donald trump',
      name: 'Donald Trump',
      articleCount: 54,
      mentions: 108,
    });
    expect([...(links.records[0]?.aliases ?? [])].sort()).toEqual(['Mr. Trump', 'President Trump', 'Trump']);
    expect(links.membersOf('person:trump')).toEqual(['person:donald trump', 'person:trump']);
    expect(links.membersOf('person:donald trump')).toEqual(['person:donald trump', 'person:trump']);
    expect(links.membersOf('person:nobody')).toEqual(['person:nobody']);
  });

  it('leaves records that join nothing as they were, in their order', () => {
    const records = [
      rec('person', 'Olena Petrenko', 2),
      rec('place', 'Kyiv', 3),
      rec('organization', 'Reuters', 1),
    ];
    expect(linkEntities(records).records).toEqual(records);
  });
});

describe("linkEntities: an acronym named in more articles than the body claiming it, by its articles' countries", () => {
  // Each key's articles' countries, as the store reads them from each article's places.
  const countries: Record<string, (string | null)[]> = {
    'organization:cia': ['US', 'US'],
    'organization:united states central intelligence agency': ['US'],
    'organization:abc': ['TO', 'NZ', 'US'],
    'organization:american broadcasting company': ['US'],
    'organization:nsa': ['US', null],
    'organization:national security agency': ['US'],
    'person:francis': ['US', 'US', 'US', 'US'],
    'person:francis hospital': ['US'],
  };
  const records = [
    rec('organization', 'United States Central Intelligence Agency', 1, ['CIA']),
    rec('organization', 'CIA', 2),
    rec('organization', 'American Broadcasting Company', 1, ['ABC']),
    rec('organization', 'ABC', 3),
    rec('organization', 'National Security Agency', 1, ['NSA']),
    rec('organization', 'NSA', 2),
    rec('person', 'Francis Hospital', 1, ['Francis']),
    rec('person', 'Francis', 4),
  ];
  const joinedWith = (countriesOf?: (key: string) => (string | null)[]) => {
    const links = linkEntities(records, undefined, countriesOf);
    return records.map((r) => links.membersOf(r.key).length > 1);
  };

  it('joins it when every article of both is about one country, not when one is about another or none', () => {
    const links = linkEntities(records, undefined, (key) => countries[key] ?? []);
    expect(links.membersOf('organization:cia')).toEqual([
      'organization:united states central intelligence agency',
      'organization:cia',
    ]);
    expect(links.explain('organization:cia').joined).toEqual([
      expect.objectContaining({
        rule: 'alias-owner',
        why: expect.stringMatching(/all of both about one country/),
      }),
    ]);
    expect(links.membersOf('organization:abc')).toEqual(['organization:abc']);
    expect(links.membersOf('organization:nsa')).toEqual(['organization:nsa']);
    expect(links.explain('organization:abc').apart).toEqual([
      expect.objectContaining({rule: 'apart:more-articles', name: 'American Broadcasting Company'}),
    ]);
  });
  it("leaves a word that is no acronym apart, and every one apart when the articles' countries are not known", () => {
    expect(joinedWith((key) => countries[key] ?? [])).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(joinedWith()).toEqual(records.map(() => false));
  });
});

describe("linkEntities: a country's two-letter code alone, by its articles' countries", () => {
  it('joins the country in an article about it, not in articles about another', () => {
    const countries: Record<string, (string | null)[]> = {
      'place:pr': ['AU'],
      'place:nz': ['NZ', 'AU'],
    };
    const records = [
      rec('place', 'Puerto Rico', 5),
      rec('place', 'PR', 1),
      rec('place', 'New Zealand', 5),
      rec('place', 'NZ', 2),
    ];
    const links = linkEntities(records, undefined, (key) => countries[key] ?? []);
    expect(links.membersOf('place:pr')).toEqual(['place:pr']);
    expect(links.membersOf('place:nz')).toEqual(['place:new zealand', 'place:nz']);
    expect(links.explain('place:pr').apart).toEqual([
      expect.objectContaining({rule: 'apart:code-elsewhere', name: 'Puerto Rico'}),
    ]);
    // Without the articles' countries, as before: the gazetteer's code.
    expect(linkEntities(records).membersOf('place:pr')).toEqual(['place:puerto rico', 'place:pr']);
  });
});

describe('linkEntities: explain', () => {
  it('says which rule joined each member and which near misses were kept apart', () => {
    const records = [
      rec('person', 'Boris Johnson', 8, ['Johnson']),
      rec('person', 'Gary Johnson', 4, ['Johnson']),
      rec('person', 'Johnson', 2),
      rec('person', 'Vladimir Putin', 4),
      rec('person', 'Vladimir V. Putin', 1),
    ];
    const links = linkEntities(records);
    const putin = links.explain('person:vladimir v putin');
    expect(putin.joined).toEqual([
      expect.objectContaining({rule: 'spelling', name: 'Vladimir V. Putin → Vladimir Putin'}),
    ]);
    const johnson = links.explain('person:johnson');
    expect(johnson.joined).toEqual([]);
    expect(johnson.apart.map((r) => [r.rule, r.name]).sort()).toEqual([
      ['apart:shared-form', 'Boris Johnson'],
      ['apart:shared-form', 'Gary Johnson'],
    ]);
    expect(johnson.apart[0]?.why).toMatch(/2 records use it/);
  });

  it('says a bare surname joined the person named far more often, with both counts', () => {
    const links = linkEntities([
      rec('person', 'Barack Obama', 15, ['Obama']),
      rec('person', 'Michelle Obama', 1),
      rec('person', 'Obama', 1),
    ]);
    expect(links.explain('person:obama')).toMatchObject({
      joined: [
        {
          rule: 'alias-owner',
          why: expect.stringMatching(/named in 15 articles, the next person of that name in 1\)$/),
        },
      ],
      apart: [],
    });
  });
});

describe('oneEditApart', () => {
  it.each([
    ['zelensky', 'zelenskyy', true],
    ['zelenskyy', 'zelensky', true],
    ['al-sisi', 'el-sisi', true],
    ['gaddafi', 'qaddafi', true],
    ['zelensky', 'zelensky', false],
    ['jong-un', 'jong-il', false],
    ['smith', 'smythe', false],
    ['', 'a', true],
  ] as const)('%s ~ %s → %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});

describe('mergeOccurrences', () => {
  const occ = (
    articleId: string,
    date: string,
    sentences: string[],
    quotes: string[] = [],
  ): EntityOccurrence => ({
    articleId,
    title: articleId,
    date,
    mentions: sentences.length,
    sentences,
    quotes: quotes.map((text) => ({text, speaker: 'Donald Trump'})),
  });

  it('lists an article found under two keys once, its sentences and quotes unioned, newest first', () => {
    const merged = mergeOccurrences([
      [
        occ('b', '2024-02-01', ['Donald Trump spoke.'], ['We will win.']),
        occ('a', '2024-01-01', ['Donald Trump left.']),
      ],
      [
        occ('c', '2024-03-01', ['Mr. Trump golfed.']),
        occ('b', '2024-02-01', ['Mr. Trump waved.', 'Donald Trump spoke.'], ['We will win.']),
      ],
    ]);
    expect(merged.map((o) => o.articleId)).toEqual(['c', 'b', 'a']);
    expect(merged[1]?.sentences).toEqual(['Donald Trump spoke.', 'Mr. Trump waved.']);
    expect(merged[1]?.quotes.map((q) => q.text)).toEqual(['We will win.']);
    expect(merged[1]?.mentions).toBe(3);
  });
});
