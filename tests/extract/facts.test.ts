import {describe, expect, it} from 'vitest';
import {findFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';
import type {FactValue} from '../../src/extract/types.js';

// One sentence per string, so these tables do not depend on the sentence splitter.
const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));
const valuesOf = (text: string): FactValue[] => findFacts(sentences([text]), '').flatMap((f) => f.values);

describe('key facts: values and units', () => {
  const cases: {sentence: string; values: FactValue[]}[] = [
    {
      sentence:
        'In all, officials said, Russia launched 598 drones and 31 missiles in the overnight assault.',
      values: [
        {value: 598, unit: 'drones'},
        {value: 31, unit: 'missiles'},
      ],
    },
    {
      sentence:
        'The barrage killed at least 15 people in the capital, including four children, officials said.',
      values: [
        {value: 15, unit: 'people'},
        {value: 4, unit: 'children'},
      ],
    },
    {
      sentence: 'The attack, which they said also injured at least 45, was the largest.',
      values: [{value: 45, unit: 'injured'}],
    },
    {sentence: 'Three of them were rescued, she added.', values: [{value: 3, unit: 'rescued'}]},
    {sentence: 'Six black plastic body bags lay among the trees.', values: [{value: 6, unit: 'body bags'}]},
    {
      sentence: 'Roughly one million people marched in London on Saturday.',
      values: [{value: 1_000_000, unit: 'people'}],
    },
    {
      sentence: 'About 52% of participating voters voted to leave and 48% to stay.',
      values: [
        {value: 52, unit: '%'},
        {value: 48, unit: '%'},
      ],
    },
    {
      sentence: 'The city will spend $2.3 billion on the bridge.',
      values: [{value: 2_300_000_000, unit: 'dollars'}],
    },
    {sentence: 'It is about 110 light-years from Earth.', values: [{value: 110, unit: 'light-years'}]},
    {sentence: 'A year on the planet lasts 33 Earth days.', values: [{value: 33, unit: 'Earth days'}]},
    {
      sentence: 'The helicopters covered 160 square miles (~415 km2) of sea.',
      values: [{value: 160, unit: 'square miles'}],
    },
    {sentence: 'The boat was 75 ft (~23 m) long.', values: [{value: 75, unit: 'ft'}]},
    {
      sentence: 'The disk is about 35 kilometres [almost 22 miles] wide.',
      values: [{value: 35, unit: 'kilometres'}],
    },
    {
      sentence: 'The bill passed the Senate 52–48 on Tuesday.',
      values: [
        {value: 52, unit: ''},
        {value: 48, unit: ''},
      ],
    },
    {
      sentence: 'The articles passed by votes of 230-to-197 on Wednesday.',
      values: [
        {value: 230, unit: ''},
        {value: 197, unit: ''},
      ],
    },
    {sentence: 'The attack came 13 days after the summit.', values: [{value: 13, unit: 'days'}]},
    {sentence: 'Police arrested 1500 people over the weekend.', values: [{value: 1500, unit: 'people'}]},
    {sentence: 'It was one of the five demands of the strikers.', values: [{value: 5, unit: 'demands'}]},
    {sentence: 'The mayor said “two people drowned” in the flood.', values: [{value: 2, unit: 'people'}]},
    {
      sentence: 'All but one of the states of the 55-member union have signed.',
      values: [{value: 55, unit: 'member'}],
    },
    {
      sentence: 'One woman was, according to the coast guard, among the dead.',
      values: [{value: 1, unit: 'woman'}],
    },
    {sentence: 'A magnitude 6.3 earthquake struck the region.', values: [{value: 6.3, unit: 'magnitude'}]},
    {
      sentence: 'Reconstruction will cost between US$300 and 400 billion.',
      values: [
        {value: 300e9, unit: 'dollars'},
        {value: 400e9, unit: 'dollars'},
      ],
    },
    {
      sentence: 'Forecasters predicted a storm surge of three to six feet.',
      values: [
        {value: 3, unit: 'feet'},
        {value: 6, unit: 'feet'},
      ],
    },
    {
      sentence: 'Organizers said 908 of the 2,240 attendees wore costumes.',
      values: [
        {value: 908, unit: 'attendees'},
        {value: 2240, unit: 'attendees'},
      ],
    },
    {
      sentence: 'Only 10–15% of fans own a costume.',
      values: [
        {value: 10, unit: '%'},
        {value: 15, unit: '%'},
      ],
    },
    {
      sentence: 'The tremor damaged 11,187 recorded buildings.',
      values: [{value: 11187, unit: 'recorded buildings'}],
    },
    {
      sentence: 'Maybe five or ten reached out to help.',
      values: [
        {value: 5, unit: ''},
        {value: 10, unit: ''},
      ],
    },
    {sentence: 'She beat players rated 2500+ points.', values: [{value: 2500, unit: 'points'}]},
    {sentence: 'Police arrived at the station six minutes later.', values: [{value: 6, unit: 'minutes'}]},
    {sentence: 'Six other U.S. diplomats fled to the embassy.', values: [{value: 6, unit: 'U.S. diplomats'}]},
    {sentence: 'The 75 m ship (built 1993) sank at 2:45 a.m. on 3/4/2019.', values: [{value: 75, unit: 'm'}]},
    {
      sentence: 'The bakery limited sales to two and one cake per customer.',
      values: [
        {value: 2, unit: 'cake'},
        {value: 1, unit: 'cake'},
      ],
    },
    {sentence: 'Online orders were limited to one bag per order.', values: [{value: 1, unit: 'bag'}]},
    {sentence: 'Their names were protected during the three-week trial.', values: [{value: 3, unit: 'week'}]},
    {
      sentence: 'The crash followed four deadly road accidents that week.',
      values: [{value: 4, unit: 'road accidents'}],
    },
    {
      sentence: 'He received 203,091 votes (0.15 percent) in 24 states.',
      values: [
        {value: 203091, unit: 'votes'},
        {value: 0.15, unit: '%'},
        {value: 24, unit: 'states'},
      ],
    },
    {
      sentence: 'As of Wednesday, 1885 aftershocks were recorded.',
      values: [{value: 1885, unit: 'aftershocks'}],
    },
    {
      sentence: 'China invested about nine billion US dollars in testing.',
      values: [{value: 9e9, unit: 'US dollars'}],
    },
    {
      sentence: 'Caloundra defeated Wynnum 45 points to 24 on Sunday.',
      values: [
        {value: 45, unit: 'points'},
        {value: 24, unit: ''},
      ],
    },
    {
      sentence: 'The sale price is 900 million złotys (181 million pounds).',
      values: [{value: 900e6, unit: 'złotys'}],
    },
    {
      sentence: 'The court set bail at 100,000 Georgian lari (about US$30,000).',
      values: [{value: 100_000, unit: 'Georgian lari'}],
    },
    {
      sentence: 'They share SEK9 million (approximately GBP738 thousand or USD910 thousand).',
      values: [{value: 9e6, unit: 'kronor'}],
    },
    {
      sentence: 'So far 412 measles cases have been reported.',
      values: [{value: 412, unit: 'measles cases'}],
    },
    // The 14 says which districts; the rise is what the sentence measures.
    {
      sentence:
        'Average rent in the 14 districts of the old port rose to 9.5% in May, up from 8.2% in April.',
      values: [
        {value: 9.5, unit: '%'},
        {value: 8.2, unit: '%'},
      ],
    },
    // A number opening a clause of its own counts what that clause says, not the verb of the one before.
    {
      sentence: 'At least nine guests died in the hotel fire and 35 were rescued by firefighters.',
      values: [
        {value: 35, unit: 'rescued'},
        {value: 9, unit: 'guests'},
      ],
    },
    {
      sentence: 'The quake killed seven riders and injured three.',
      values: [
        {value: 7, unit: 'riders'},
        {value: 3, unit: 'injured'},
      ],
    },
  ];
  it.each(cases)('$sentence', ({sentence, values}) => {
    expect(valuesOf(sentence)).toEqual(values);
  });
});

describe('key facts: numbers that are not facts (false positives)', () => {
  const notFacts: {sentence: string; why: string}[] = [
    {sentence: 'Svitlana Lytvynenko, 21, a sales manager, ran to the basement.', why: 'age in apposition'},
    {sentence: 'Her neighbor, Denys Otstavkin, 27, did not make it.', why: 'age in apposition'},
    {
      sentence: 'The judge sentenced Tomas Virk, now 22, on Monday.',
      why: 'age in apposition, at another time',
    },
    {sentence: 'The driver, aged 41, was arrested.', why: 'aged N'},
    {sentence: 'A 45-year-old man was arrested.', why: 'N-year-old'},
    {sentence: 'The suspect is 19 years old.', why: 'N years old'},
    {sentence: 'She went to the station at 3 a.m. and stayed.', why: 'time of day'},
    {sentence: 'The fire started at 6am local time.', why: 'time of day, glued'},
    {sentence: 'The shooting began around 19:45 CEST.', why: 'clock time'},
    {sentence: 'The ship sank at 1000 UTC on Monday.', why: 'military time with zone'},
    {sentence: 'In 2019, we moved our offices.', why: 'year that dates, told in the first person'},
    {sentence: 'The company moved its offices during 2019.', why: 'year that dates'},
    {sentence: 'They restored the 1973 building last spring.', why: 'year as a modifier'},
    {sentence: 'The law took effect on March 28.', why: 'date'},
    {sentence: 'The vote was held on 28 March 2019.', why: 'date'},
    {sentence: 'He has lived at 10 Downing Street since then.', why: 'street number'},
    {sentence: 'The COVID-19 pandemic closed schools.', why: 'identifier'},
    {sentence: 'Water vapour was found on K2-18b by astronomers.', why: 'identifier'},
    {sentence: 'The Boeing 737 was grounded by regulators.', why: 'model number'},
    {sentence: 'Britain invoked Article 50 of the treaty.', why: 'named article'},
    {sentence: 'The 21st century brought change.', why: 'ordinal'},
    {sentence: 'Both companies have operated since the 1970s.', why: 'decade'},
    {sentence: 'One of the officials said the talks failed.', why: '"one of" is not a count'},
    {sentence: 'The two leaders met in Anchorage.', why: 'reference to people already named'},
    {
      sentence: 'It is governed under the “one country, two systems” model.',
      why: 'a number inside a quoted label',
    },
    {
      sentence: 'The talks of the two leaders ended in Anchorage.',
      why: 'a reference "of the" without a part taken',
    },
    {sentence: 'One man was seen near the dead tree.', why: '"dead" modifies a thing, nobody is harmed'},
    {sentence: 'The summit was held nearly two weeks ago.', why: 'relative date'},
    {sentence: 'Read more on page 5 of the report.', why: 'page reference'},
    {sentence: 'The storm became a Category 5 hurricane.', why: 'category name'},
    {sentence: 'Flight 610 crashed into the sea.', why: 'flight number'},
    {sentence: 'The event ran from March 15 to 17 in Toronto.', why: 'end of a date range'},
    {sentence: 'Victims were between the ages of 14 and 18.', why: 'range of ages'},
    {sentence: 'The police office at 12 Harbour Road was closed.', why: 'address'},
    {sentence: 'He got a toy from a Six Flags park.', why: 'number word inside a name'},
    {sentence: 'He was 101 and died of pneumonia in La Jolla.', why: 'age after a copula'},
    {sentence: 'I was six when we moved.', why: 'age in words'},
    {sentence: 'The former lyricist of the band Grateful Dead was 78.', why: 'age; "Dead" is a name'},
    {sentence: 'The Wildlife Protection Act of 1972 lists jackals as protected.', why: 'year before a verb'},
    {
      sentence: 'The 1010 ± 195 figure is uncertain, Windows 10 was late and CentOS 8 reaches its end.',
      why: 'margin, product versions',
    },
    {sentence: 'Voters can choose 1) a referendum or (2) a vote.', why: 'list markers'},
    {
      sentence: `They counted ${Array.from({length: 120}, () => '999').join(',')} grains of sand.`,
      why: 'too long to be a number',
    },
    {sentence: 'Incidence dropped, in some cases to almost zero.', why: 'zero of nothing'},
    {sentence: 'Patients were aged above 60 or ranged in age from eleven to 75.', why: 'ages'},
    {sentence: 'Boeing referred to the 707 involved in the crash.', why: 'model named after "the"'},
  ];
  it.each(notFacts)('$sentence ($why)', ({sentence}) => {
    expect(valuesOf(sentence)).toEqual([]);
  });
});

describe('key facts: ranking and shape', () => {
  const article = [
    'A fire in a five-story building killed 12 people on Monday, officials said.',
    'The building, built in 1965, had 40 apartments.',
    'Firefighters said 30 people were injured and 200 residents were evacuated.',
    'The city council will spend $4 million on repairs.',
    'Investigators said the fire spread for 45 minutes before crews arrived.',
    'At a news conference, officials said 12 people had died.',
  ];
  const facts = findFacts(sentences(article), 'Fire kills 12 in apartment block');

  it('puts the deaths first', () => {
    expect(facts[0]?.values[0]).toEqual({value: 12, unit: 'people'});
  });

  it('states the same number and unit once', () => {
    const twelves = facts.flatMap((f) => f.values).filter((v) => v.value === 12);
    expect(twelves).toHaveLength(1);
  });

  it('keeps each fact short, with its whole sentence', () => {
    for (const f of facts) {
      expect(f.text.split(/\s+/).length).toBeLessThanOrEqual(16);
      expect(article).toContain(f.sentence);
      for (const v of f.values) expect(typeof v.value).toBe('number');
    }
  });

  it('finds casualties, counts, money and durations but not the year', () => {
    const values = facts.flatMap((f) => f.values.map((v) => v.value));
    expect(values).toEqual(expect.arrayContaining([12, 30, 200, 40, 4_000_000, 45]));
    expect(values).not.toContain(1965);
  });

  it('keeps at most 12 facts and none on empty input', () => {
    const many = Array.from(
      {length: 40},
      (_, i) => `Officials counted ${i + 2} damaged cars on street corners.`,
    );
    expect(findFacts(sentences(many), '').length).toBeLessThanOrEqual(12);
    expect(findFacts([], '')).toEqual([]);
  });

  it('lists details only when the article has too few key facts', () => {
    const detailsOnly = findFacts(
      sentences([
        'Officials met in a ten-storey building on Monday to talk.',
        'They printed an eight-page report.',
      ]),
      '',
    );
    expect(detailsOnly.flatMap((f) => f.values.map((v) => v.value))).toEqual(expect.arrayContaining([10, 8]));
    const busy = findFacts(
      sentences([...article, 'Later the mayor visited a ten-storey building nearby to talk to residents.']),
      '',
    );
    expect(busy.flatMap((f) => f.values.map((v) => v.value))).not.toContain(10);
  });

  it('ranks reported facts above quoted or first-person ones', () => {
    // Far from the lead, so that position does not decide.
    const filler = Array.from({length: 20}, () => 'The town council met again.');
    const later = [
      '“We saw 40 cars burning,” she said.',
      'I think we counted 30 cars.',
      'Police counted 50 cars on the road.',
    ];
    const facts = findFacts(sentences([...filler, ...later]), '');
    expect(facts.map((f) => f.values[0]?.value)).toEqual([50, 30, 40]);
  });

  it('ranks casualties above interceptions', () => {
    const [first] = findFacts(
      sentences(['Air defences shot down 563 drones overnight.', 'The strikes killed 15 people.']),
      '',
    );
    expect(first?.values[0]).toEqual({value: 15, unit: 'people'});
  });

  it('gives a short clause around the number', () => {
    const [f] = findFacts(
      sentences([
        'In all, officials said, Russia launched 598 drones and 31 missiles in the overnight assault on Kyiv and other cities.',
      ]),
      '',
    );
    expect(f?.text).toContain('598 drones and 31 missiles');
    expect(f?.text.startsWith('In all')).toBe(false);
  });

  it('a full box keeps a later sentence’s main figure over a fragment another fact left over', () => {
    const lines = Array.from({length: 10}, (_, i) => `The board counted ${i + 20} new members.`);
    const facts = findFacts(
      sentences([
        ...lines.slice(0, 5),
        // Far enough from the lead that its fragment weighs about what a later main figure does.
        'Sales at the mill rose 4.5% in March, and the price of flour climbed to 7.5%.',
        ...lines.slice(5),
        'Exports from the valley reached 31.4% of output.',
      ]),
      '',
    );
    expect(facts).toHaveLength(12);
    expect(facts.map((f) => f.values[0]?.value)).toContain(31.4);
    expect(facts.map((f) => f.values[0]?.value)).not.toContain(7.5);
  });
});
