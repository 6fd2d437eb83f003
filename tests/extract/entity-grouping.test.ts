import {describe, expect, it} from 'vitest';
import {namesOf, runEntities} from '../helpers/entities.js';

// Two entries for one body were the commonest false positive among organizations on tests/gold/tune and tune2
// ("CIA" beside "United States Central Intelligence Agency", "Ford" beside "Ford Motor Company"). Each row is a
// made-up article of that shape, with a look-alike where the two names are two bodies and must stay apart.
const orgs = (paragraphs: string[]): string[][] => namesOf(paragraphs, 'organizations');

describe('one body, several names', () => {
  it('an acronym spells the body\'s name without the country before it ("CIA")', () => {
    expect(
      orgs([
        'Ardo Pell joined the United States Central Intelligence Agency in 1965.',
        'The CIA later praised his work.',
      ]),
    ).toEqual([['CIA', 'United States Central Intelligence Agency']]);
    // Look-alike: an acronym the name does not spell stays apart.
    expect(
      orgs([
        'Ardo Pell joined the United States Central Intelligence Agency in 1965.',
        'The NSA later praised his work.',
      ]),
    ).toHaveLength(2);
  });

  it("an acronym in brackets right after a body's name stands for it, in whatever language it spells", () => {
    expect(
      orgs(["Officials named the Varnian Workers' Party (PVV) as a threat.", 'The PVV denied the claim.']),
    ).toEqual([['PVV', "Varnian Workers' Party"]]);
    // A name whose words a comma parts, which the acronym's letters spell whole, is read whole and joins it.
    const whole = orgs([
      'It was listed by the Varnian Educational, Scientific and Cultural Organization (VESCO).',
      'On Monday, VESCO said the VESCO board would visit.',
    ]);
    expect(whole).toContainEqual(['VESCO', 'Varnian Educational, Scientific and Cultural Organization']);
    // (The look-alike here was this name cut at its comma, whose letters VESCO spells and more: it stayed apart.)
  });

  it('an acronym before the name it spells in brackets ("ISIS (Islamic State of …)"): one body, not a place', () => {
    expect(
      orgs([
        'Hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped on Monday.',
        'Officials said ISIS fighters fled.',
      ]),
    ).toEqual([['ISIS', 'Islamic State of Iraq and Syria']]);
    expect(
      orgs([
        'Hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped on Monday.',
        'The Islamic State (ISIS) claimed the attack.',
      ]).some((e) => e.includes('ISIS') && e.includes('Islamic State of Iraq and Syria')),
    ).toBe(true);
    // Look-alike: brackets that spell something else are no definition.
    expect(
      runEntities(['Hundreds of VSIS (Varnic Army of Iraq) fighters escaped.']).organizations.some((e) =>
        e.aliases.includes('VSIS'),
      ),
    ).toBe(false);
  });

  it("the first word of a company's name alone is that company", () => {
    expect(
      orgs([
        'Prosecutors are investigating Velnor Motor Company over its tests.',
        'Velnor said it would cooperate.',
      ]),
    ).toEqual([['Velnor', 'Velnor Motor Company']]);
  });

  it("a country's name is no short form of a body whose name it opens, nor one country's body another's", () => {
    // "US" beside "US Marine Corp" (an article of articles/ on a veteran): the country, not the company rule's
    // first word.
    const corp = runEntities([
      'He served with the US Marine Corp in 2006.',
      'Few in the US knew him then.',
    ]).organizations;
    expect(corp.flatMap((e) => e.aliases)).not.toContain('US');
    // "US Federation" beside "Iranian Federation", "US Chess Federation" beside "Iranian Chess Federation" (an
    // interview of articles/ with a player who changed federations): two countries' bodies stay two.
    const federations = orgs([
      'She left the Iranian Chess Federation in 2017.',
      'The US Chess Federation has always supported her.',
      'The Iranian Federation did not answer, but the US Federation did.',
    ]);
    expect(
      federations.some((e) => e.some((n) => n.includes('Iranian')) && e.some((n) => n.includes('US'))),
    ).toBe(false);
    // Look-alike: a body named with and without its country is still one body.
    expect(
      orgs(['The Iranian Chess Federation met.', 'The Chess Federation then voted on the rules.']),
    ).toEqual([['Chess Federation', 'Iranian Chess Federation']]);
  });

  it('an institution\'s word alone is the body of the article it heads ("Parliament of …")', () => {
    expect(
      orgs([
        'The bill passed the Parliament of Varnia on Thursday.',
        'On Friday, Parliament adjourned for the summer.',
      ]),
    ).toEqual([['Parliament', 'Parliament of Varnia']]);
    // Look-alike: a word that ends another body's name ("Republican Senate", an adjective) is not joined to it.
    const senate = orgs(['He ran in the Varnian Republican Senate primary.', 'The Senate passed the bill.']);
    expect(senate.some((e) => e.includes('Senate') && e.length === 1)).toBe(true);
  });

  it("a body's name without its owner is that body; without a word only the name has, another body", () => {
    expect(
      orgs(['The House Oversight Committee met on Monday.', 'The Oversight Committee then voted.']),
    ).toEqual([['House Oversight Committee', 'Oversight Committee']]);
    expect(
      orgs([
        'The party was founded as the Christian Democratic Party of Varnia.',
        'It supports the Democratic Party in swing states.',
      ]),
    ).toHaveLength(2);
  });
});

const places = (paragraphs: string[]): string[] => runEntities(paragraphs).places.map((e) => e.name);

describe("a place's name", () => {
  it('of the names of one country, the one the text uses most, not the longest', () => {
    const text = [
      'The former President of India died on Monday, and India mourned.',
      'Leaders across India paid tribute; he had received the Bharat award for his work in Bharat.',
    ];
    expect(places(text)).toContain('India');
    expect(places(text)).not.toContain('Bharat');
    // Look-alike: a people's adjective joined to the country never names it, however often it is used.
    const thai = ['Thai officials met. Thai voters and Thai parties disagreed in Thailand.'];
    expect(places(thai)).not.toContain('Thai');
  });

  it('a compass adjective opening a sentence before a known place names a region of it', () => {
    expect(
      places(['Wales agreed on Monday. Northern Ireland has suggested people think about it.']),
    ).toContain('Northern Ireland');
    expect(places(['Schools shut. Western Australia closed its border.'])).toContain('Western Australia');
    // Look-alike: before a word that is no place it stays an ordinary opening word.
    expect(places(['Southern Varnby Railways ran late in Oslo.'])).not.toContain('Southern Varnby Railways');
  });
});

describe('a saint’s title and a country named as a state', () => {
  const all = (paragraphs: string[]) => runEntities(paragraphs);
  it('a saint’s title stays part of the name of what bears it, which is no person', () => {
    const text = [
      'Victims were taken to Hartford Hospital and Saint Francis Hospital on Monday.',
      'The Saint Louis Chess Club met at Saint Louis University, near St. John’s Episcopal Church.',
    ];
    const found = all(text);
    expect(found.organizations.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Saint Francis Hospital', 'Saint Louis Chess Club', 'Saint Louis University']),
    );
    // A church named as where something stands is a place or a body: either way, under its whole name.
    const named = [...found.places, ...found.organizations].map((e) => e.name);
    expect(named).toContain('St. John’s Episcopal Church');
    expect(found.people.map((e) => e.name).join(' | ')).not.toMatch(/Francis|Louis|John/);
    // Look-alike: a saint's title before a person's name alone comes off it, as an office's does.
    const saint = all(['Pope Francis canonised Saint John Henry Newman in Rome on Sunday.']).people;
    expect(saint.map((e) => e.name)).toContain('John Henry Newman');
    // Look-alike: an office's title still comes off a person's name and stays their role.
    const mayor = all(['Mayor Ardo Pell opened the Pell Family Hospital on Monday.']).people;
    expect(mayor.map((e) => e.name)).toContain('Ardo Pell');
  });

  it('"the State of X", X a country, is the place X; a longer name with "State of" inside is not', () => {
    const text = ['The event was sustained by the city, the State of France, and volunteers across France.'];
    const france = all(text).places.find((e) => e.name === 'France');
    expect(france?.aliases).toContain('State of France');
    expect(all(text).places.map((e) => e.name)).not.toContain('State of France');
    // A state of a country: one place with its bare name in the same article.
    const ohio = all([
      'He was found guilty under the laws of the State of Ohio, and Ohio will appeal.',
    ]).places;
    expect(ohio.map((e) => [e.name, ...e.aliases])).toContainEqual(['Ohio', 'State of Ohio']);
    // Look-alike: "Islamic State of Iraq …" names a group, not Iraq.
    const group = ['The Islamic State of Iraq and the Levant claimed the attack in Iraq.'];
    expect(all(group).places.find((e) => e.name === 'Iraq')?.aliases ?? []).not.toContain(
      'Islamic State of Iraq and the Levant',
    );
  });
});
