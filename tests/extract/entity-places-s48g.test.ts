import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s48g (src/extract/entities/ERRORS.md): places of news brief has never seen (a news-in-brief roundup, a
// county's impeachment, a diocese's synod, a flood in a commune, a shouted dateline of four words), in made-up text
// with invented names; each class's positive cases (each failed before the round) and look-alikes that must not move.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';
// (Lower case: a dateline's capitals, read as a name, capitalise its particle too, "Santa Rita Do Pardo".)
const placeNames = (paragraphs: string[]): string[] =>
  runEntities(paragraphs).places.map((p) => p.name.toLowerCase());

describe("a roundup item's own dateline, in a later paragraph", () => {
  const roundup = [
    'Bridge closed for repairs',
    'TOLLINGBY — The Old Mill bridge will close for six weeks from Monday, the county said.',
    'Fire at farm',
    'UPPER DENSCOMBE — Firefighters spent five hours tackling a blaze in a barn on Tuesday night.',
    'School wins award',
    'PORT ELLEN — Castlebay Primary School has won a national award for its reading scheme.',
  ];

  it("each item's town in capitals before a dash is a place", () => {
    expect(placeNames(roundup)).toEqual(
      expect.arrayContaining(['tollingby', 'upper denscombe', 'port ellen']),
    );
  });

  it("a notes column's common word or a profile's name in capitals is no place", () => {
    const notes = [
      'Around the league',
      'BEARS — Chicago signed linebacker Tom Ardley to a one-year deal.',
      'UPDATE — The council has since said the road will reopen on Friday.',
      'Obituaries',
      'MARGARET HOLLIS — The retired teacher died on Sunday at her home.',
    ];
    const places = placeNames(notes);
    expect(places).not.toContain('bears');
    expect(places).not.toContain('update');
    expect(places).not.toContain('margaret hollis');
  });
});

describe('a shouted dateline of three or four words opening with a given name', () => {
  it('"SANTA RITA DO PARDO —", "SAN PEDRO SULA —" stay whole', () => {
    const rita = ['SANTA RITA DO PARDO, Varnia (Agência Sertão) — Heavy rain flooded streets on Thursday.'];
    expect(placeNames(rita)).toContain('santa rita do pardo');
    const sula = ['SAN PEDRO SULA — Heavy rain flooded streets on Thursday, officials said.'];
    expect(placeNames(sula)).toContain('san pedro sula');
  });

  it("a body's initials before a person in running text still part", () => {
    const text = ['The talks were chaired by UN envoy Ardo Pell. WHO Anna Holm said nothing.'];
    expect(kindOf(text, 'Ardo Pell')).toBe('person');
  });
});

describe('a division or a place named by its people, its office or its see', () => {
  it('"in X commune": a place', () => {
    const flood = [
      'Floods swept away 37 houses in Tà Vuon commune on Tuesday.',
      'In Tà Vuon, farmer Hồ Thị Lan, 41, said she had lost her house.',
      'Anna Holm, a teacher at the Tà Vuon primary school, said there was no clean water.',
    ];
    expect(kindOf(flood, 'Tà Vuon')).toBe('place');
  });

  it('"the people of X" and "a X governor": a place', () => {
    const county = [
      'Members of the assembly voted to remove the governor on Tuesday.',
      '"The people of Varuko have waited three years for this hospital," Ms Amina Oduya told the House.',
      'It is the second time in four years that a Varuko governor has faced impeachment.',
    ];
    expect(kindOf(county, 'Varuko')).toBe('place');
  });

  it('"People of Praise", "a PRI governor" and "a Pentecostal mayor" are no places', () => {
    const text = [
      'Ardo Pell is a member of People of Praise, a group based in Kelby.',
      'He was later elected as a PRI governor. A Pentecostal mayor spoke.',
    ];
    expect(kindOf(text, 'PRI')).not.toBe('place');
    expect(kindOf(text, 'Pentecostal')).not.toBe('place');
  });

  it('"Cathedral in X" and "the Bishop of X": a place', () => {
    const synod = [
      "The synod met at St Ebba's Cathedral in Holmbridge on Saturday.",
      'The Rt Rev. Anna Holm, the Bishop of Holmbridge, drew up the plan.',
    ];
    expect(kindOf(synod, 'Holmbridge')).toBe('place');
  });

  it('"the Governor of the Bank" places nothing', () => {
    const text = ['Erik Lund, the Governor of the Bank of Varnia, said rates would stay.'];
    expect(kindOf(text, 'Bank of Varnia')).not.toBe('place');
  });
});

describe('what looks placed but is not', () => {
  it('"at Easter 2027": a feast a year follows is a time', () => {
    const text = [
      'The first closures will take effect at Easter 2027.',
      'Some will wait until Eastertide 2028.',
    ];
    expect(kindOf(text, 'Easter')).not.toBe('place');
    expect(kindOf(text, 'Eastertide')).not.toBe('place');
  });

  it('"in Varnby 2,000 people" and "in Varnby in 2019" still place Varnby', () => {
    const text = ['In the flood in Varnby 2,000 people lost power.', 'Ardo Pell lived in Varnby in 2019.'];
    expect(kindOf(text, 'Varnby')).toBe('place');
  });

  it('"the neighbouring Roman Catholic diocese": a faith, no place', () => {
    const text = [
      'Among them was Sister Anna Holm, a retired nun from the neighbouring Roman Catholic diocese.',
      'Varnia and neighbouring Kelbaria signed a pact.',
    ];
    expect(kindOf(text, 'Roman Catholic')).not.toBe('place');
    expect(kindOf(text, 'Kelbaria')).toBe('place');
  });
});

describe('a river with no "river" word', () => {
  it('"the X burst its banks", "the X rose four metres", "the X, which forms the border": a place', () => {
    const flood = [
      'Hundreds of homes were evacuated on Sunday as the Tarrowe burst its banks.',
      'Downstream, the Lunda, which forms the border between the two counties, was also high.',
      'The Oskel rose 4.2 metres in a day, the agency said.',
    ];
    expect(kindOf(flood, 'Tarrowe')).toBe('place');
    expect(kindOf(flood, 'Lunda')).toBe('place');
    expect(kindOf(flood, 'Oskel')).toBe('place');
  });

  it('"along the Rio X", "the banks of the X": a place', () => {
    const text = [
      'Rescue teams used boats to reach farms along the Rio Preto on Monday.',
      'Police searched the banks of the Velde after the car was found.',
    ];
    expect(kindOf(text, 'Rio Preto')).toBe('place');
    expect(kindOf(text, 'Velde')).toBe('place');
  });

  it('"the Dow rose 300 points" and "along with Ardo Pell" place nothing', () => {
    const text = [
      'The Dowlex rose 300 points on Monday. Anna Holm, along with Ardo Pell, left the firm.',
      'Ardo Pell said the Dowlex would rise again.',
    ];
    expect(kindOf(text, 'Dowlex')).not.toBe('place');
    expect(kindOf(text, 'Ardo Pell')).toBe('person');
  });
});

describe('a division named with its kind', () => {
  it('"X Local Government Area" is a place, not a body', () => {
    const text = ['Gunmen killed nine people in Bakori Local Government Area of Katsina State, police said.'];
    expect(kindOf(text, 'Bakori Local Government Area')).toBe('place');
  });

  it('"X Local Government" alone stays a body', () => {
    const text = ['The Bakori Local Government said it would pay for the funerals.'];
    expect(kindOf(text, 'Bakori Local Government')).not.toBe('place');
  });
});

describe("a ward before its member's title", () => {
  it('"X Ward MCA Name": the ward a place, the member a person', () => {
    const text = [
      'The motion, tabled by Kabati Ward MCA Grace Wanjiru Kamau, passed.',
      'Ms Kamau thanked the House.',
    ];
    expect(kindOf(text, 'Kabati Ward')).toBe('place');
    expect(kindOf(text, 'Grace Wanjiru Kamau')).toBe('person');
  });

  it('"in the X governorate": a place', () => {
    const text = ['In the Al-Hamra governorate, three schools were closed on Monday.'];
    expect(kindOf(text, 'Al-Hamra')).toBe('place');
  });
});

describe('"from" after a common noun opening the sentence', () => {
  it('"Hunters from X and Y have been called in": both places', () => {
    const text = ['Hunters from Nikara and Yurisawa have been called in, the mayor said.'];
    expect(kindOf(text, 'Nikara')).toBe('place');
  });

  it('"Belle from Beauty and the Beast" still places nothing', () => {
    const text = ['Anna Holm dressed as Belle from Beauty and the Beast.'];
    expect(kindOf(text, 'Beauty')).not.toBe('place');
  });
});
