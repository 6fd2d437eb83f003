// Names the lexicon does not know (East African, South Asian, Arabic), found from the words around them, and the
// organizations and kinds the entity stage used to miss. Synthetic sentences; each row: input → expected, plus names
// that must not be reported (the false-positive list).
import {describe, expect, it} from 'vitest';
import {quotesStage} from '../../src/extract/quotes.js';
import {peopleOf, runEntities} from '../helpers/entities.js';

const speakers = (paragraphs: string[]) => {
  const doc = runEntities(paragraphs);
  quotesStage.run(doc);
  return doc.quotes.map((q) => [q.speaker, q.text]);
};

const names = (text: string[], kind: 'people' | 'places' | 'organizations') =>
  runEntities(text)[kind].map((e) => e.name);

const people: {name: string; text: string[]; people: string[]}[] = [
  {
    name: 'a capitalised role word opening the sentence',
    text: ["Countryman Lawrence Cherono won the men's race.", 'Cherono said he was happy.'],
    people: ['Lawrence Cherono · Countryman'],
  },
  {
    name: "a nationality's plural opening a list with a race time",
    text: ['Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu were next.'],
    people: ['Asefa Mengstu', 'Dejene Debela'],
  },
  {
    name: 'a role noun after a possessive, and a surname the lexicon knows',
    text: ["Kosgei's countryman Darvo Kemboru finished second."],
    people: ['Darvo Kemboru · countryman'],
  },
  {
    name: 'two unknown names in a list',
    text: ['Second place went to Ababel Yeshaneh and Gelete Burka.'],
    people: ['Gelete Burka', 'Ababel Yeshaneh'],
  },
  {
    name: 'a religious title, and the surname alone later',
    text: ['Mufti Abdul Qawi was arrested on Friday.', 'Qawi denied the charges.'],
    people: ['Abdul Qawi · Mufti'],
  },
  {
    name: 'a role noun in an according-to phrase',
    text: ['According to eyewitness Vinnie DeVita, "It was terrible."'],
    people: ['Vinnie DeVita · eyewitness'],
  },
  {
    name: 'a name that wins',
    text: ['Asefa Mengstu won the race.'],
    people: ['Asefa Mengstu'],
  },
];

// Capitalised runs that look like unknown names but are not people.
const notPeople: {name: string; text: string[]; absent: string[]}[] = [
  {
    name: 'companies listed beside each other',
    text: ['German firms including Deutsche Bahn, Deutsche Telekom, and Siemens have left.'],
    absent: ['Deutsche Bahn', 'Deutsche Telekom'],
  },
  {
    name: 'an adjective opening a programme name',
    text: ['The National Measles Response and Recovery Appeal identified children at risk.'],
    absent: ['Measles Response', 'National Measles Response'],
  },
  {
    name: "a stance's prefix before a party's acronym",
    text: ["Pro-Beijing DAB's Mei Varn and Kwok Holm were elected."],
    absent: ['Pro-Beijing DAB'],
  },
  {
    name: 'a tribe listed with a tribe',
    text: ['The plaintiffs were Blackfeet Nation, Confederated Salish and Kootenai Tribes.'],
    absent: ['Confederated Salish'],
  },
  {
    name: 'a venue named after a person',
    text: ['The family was driving to Walt Disney World in Orlando.'],
    absent: ['Walt Disney World'],
  },
  {
    name: 'towns listed beside each other',
    text: ['Floods reached Varnisu and Kelo Bay on Monday.'],
    absent: ['Varnisu', 'Kelo Bay'],
  },
];

describe('unknown names with person context', () => {
  it.each(people)('$name', ({text, people: expected}) => {
    expect(peopleOf(text).sort()).toEqual([...expected].sort());
  });
  it.each(notPeople)('not a person: $name', ({text, absent}) => {
    const found = names(text, 'people');
    for (const a of absent) expect(found).not.toContain(a);
  });
  it('a plural role is not kept as a form of the name', () => {
    const [p] = runEntities(['Ethiopians Dejene Debela and Asefa Mengstu followed.']).people.filter(
      (e) => e.name === 'Dejene Debela',
    );
    expect(p?.aliases ?? []).not.toContain('Ethiopians Dejene Debela');
  });
});

describe('organizations and kinds', () => {
  const orgs: {name: string; text: string[]; orgs: string[]}[] = [
    {
      name: 'a patrol',
      text: ['The Florida Highway Patrol closed the road.'],
      orgs: ['Florida Highway Patrol'],
    },
    {
      name: "an office's holder inside the name",
      text: ["The Alachua Sheriff's Office investigated."],
      orgs: ["Alachua Sheriff's Office"],
    },
    {
      name: 'a journal with "and" in its name',
      text: ['The study was published in Environmental Science and Technology on Monday.'],
      orgs: ['Environmental Science and Technology'],
    },
    {name: 'a newspaper that reports', text: ['Népszava reported the story on Monday.'], orgs: ['Népszava']},
    {
      name: 'an acronym after "The" and before a verb',
      text: ['The IAAF banned the athlete.'],
      orgs: ['IAAF'],
    },
    {
      name: 'an acronym before a noun only bodies have',
      text: ['The run was not sanctioned under IAAF rules.'],
      orgs: ['IAAF'],
    },
    {
      name: 'an unknown name after "daily"',
      text: ['The ministry paid the loan, and daily Népszava covered the story.'],
      orgs: ['Népszava'],
    },
  ];
  it.each(orgs)('$name', ({text, orgs: expected}) => {
    expect(names(text, 'organizations')).toEqual(expected);
  });
  it('a venue named after a person is a place', () => {
    expect(names(['The family visited Walt Disney World in Orlando.'], 'places')).toContain(
      'Walt Disney World',
    );
  });
  it('an ethnonym is not a place', () => {
    expect(names(['She is the first Latina to win the seat.'], 'places')).toEqual([]);
    expect(names(['The festival was held in Latina, Italy.'], 'places')).toContain('Latina');
  });
  it('"according to" a surname is no outlet', () => {
    const doc = runEntities(['Perttu Ahola wrote the game.', 'According to Ahola, it runs on old hardware.']);
    expect(doc.organizations.map((o) => o.name)).not.toContain('Ahola');
  });
  it('"the Parliament of X (ACR)" and "The ACR legislature" keep the acronym out of organizations', () => {
    const doc = runEntities(['The NSW legislature in Sydney passed the bill.']);
    expect(doc.organizations.map((o) => o.name)).not.toContain('NSW');
  });
});

describe('forms of one entity, and bodies as speakers', () => {
  it('a party word before a lone surname names the person with that surname', () => {
    const doc = runEntities([
      'State Senator Patricia Ann Spearman introduced the measure.',
      'Democrat Spearman said it was overdue.',
    ]);
    expect(doc.people.map((p) => p.name)).toEqual(['Patricia Ann Spearman']);
    expect(doc.people[0]?.aliases).toContain('Democrat Spearman');
  });
  it("an office named by its holder alone is the county's office, and speaks", () => {
    const text = [
      'The Varna County Sheriff\'s Office said it "required all hands on deck."',
      'Later the Sheriff\'s Office said it "would review the case."',
    ];
    expect(runEntities(text).organizations.map((o) => [o.name, o.aliases])).toEqual([
      ["Varna County Sheriff's Office", ["Sheriff's Office"]],
    ]);
    expect(speakers(text)).toEqual([
      ["Varna County Sheriff's Office", 'required all hands on deck.'],
      ["Varna County Sheriff's Office", 'would review the case.'],
    ]);
  });
  it('an unknown word that says "it" is a body', () => {
    const text = ['Airbus said it "fully cooperates with the investigators."'];
    expect(runEntities(text).organizations.map((o) => o.name)).toEqual(['Airbus']);
    expect(speakers(text)).toEqual([['Airbus', 'fully cooperates with the investigators.']]);
  });
  it('a company named without its corporate word', () => {
    const doc = runEntities([
      'Tesco sold the stores to Salling Group.',
      'Salling said it would keep the staff.',
    ]);
    expect(doc.organizations.map((o) => [o.name, o.aliases])).toContainEqual(['Salling Group', ['Salling']]);
    expect(doc.organizations.map((o) => o.name)).not.toContain('Salling');
  });
});
