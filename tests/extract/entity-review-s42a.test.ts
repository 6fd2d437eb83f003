import {describe, expect, it} from 'vitest';
import {abbreviates} from '../../src/extract/entities/defined.js';
import {namesOf} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s42a (src/extract/entities/ERRORS.md): kind and span errors counted over the library, in made-up text;
// each fix's positive case and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('an unknown word after "the" only where a noun follows it', () => {
  it('is no body: the "the" is the noun\'s ("the Velvir-9 coronavirus", "the Varno-Kelmic border")', () => {
    const virus = [
      'The total number of cases of the Velvir-9 coronavirus rose to a million.',
      'Before the Velvir-9 pandemic, the crisis was already severe.',
    ];
    expect(kindOf(virus, 'Velvir-9')).not.toBe('organization');
    const border = [
      'He wants a wall on the Varno-Kelmic border.',
      'Troops were sent along the Varno-Kelmic border, officials said.',
    ];
    expect(kindOf(border, 'Varno-Kelmic')).not.toBe('organization');
  });

  it('leaves a body named with "the" and no noun after it once ("the Velkor refused")', () => {
    const text = ['Talks with the Velkor stalled on Monday.', 'A week later the Velkor refused.'];
    expect(kindOf(text, 'Velkor')).toBe('organization');
    const withNoun = ['Talks with the Velkor leaders stalled on Monday.', 'A week later the Velkor refused.'];
    expect(kindOf(withNoun, 'Velkor')).toBe('organization');
  });
});

describe('a place the gazetteer knows whole', () => {
  const placesOf = (paragraphs: string[]): string[] =>
    namesOf(paragraphs, 'places').map((n) => n.join(' | '));

  it('keeps its own article: "El Paso", "El Cajon" (articles/), not "Paso" or nothing', () => {
    const text = [
      "O'Rourke returned home to El Paso, Texas, where he is a former council member.",
      'The plane was flying to an airport located near San Diego in El Cajon, California.',
    ];
    const places = placesOf(text);
    expect(places).toContain('El Paso');
    expect(places).toContain('El Cajon');
    expect(places).not.toContain('Paso');
  });

  it('keeps its possessive: "Hawke\'s Bay" (articles/), not "Hawke" and "Bay"', () => {
    const places = placesOf(["Sergeant Kelmark, from Hawke's Bay, New Zealand, served in Auckland."]);
    expect(places).toContain("Hawke's Bay");
    expect(places).not.toContain('Hawke');
  });

  it("leaves a function word before an unknown name, and a place's possessive before another place", () => {
    expect(placesOf(['In Paris the mayor spoke of the strike.'])).toEqual(['Paris']);
    const owner = placesOf(["New Zealand's Auckland was hit hardest, officials in New Zealand said."]);
    expect(owner).toContain('Auckland');
    expect(owner).toContain('New Zealand');
  });
});

describe('a party named with and without its word "Party"', () => {
  it('is one body: "Velmar Unity" beside "Velmar Unity Party"', () => {
    const text = [
      'The Velmar Unity Party won 40 seats in the election.',
      'Velmar Unity MP Anna Holvik said the result was a surprise.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([['Velmar Unity', 'Velmar Unity Party']]);
  });

  it('leaves an adjective the party shares with a person\'s description ("Republican Tomas Virkholm")', () => {
    const text = [
      'The Republican Party chose its candidate on Monday.',
      'Republican Tomas Virkholm said he would run again.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([['Republican Party']]);
  });
});

describe('a hospital or clinic', () => {
  it('named only as where someone was is a place ("died at Varnby General Hospital")', () => {
    const text = ['Kelmark died at Varnby General Hospital on Sunday, his family said.'];
    expect(kindOf(text, 'Varnby General Hospital')).toBe('place');
  });

  it('that acts is a body ("Varnby General Hospital said in a statement")', () => {
    const text = ['Varnby General Hospital said in a statement that two patients were discharged.'];
    expect(kindOf(text, 'Varnby General Hospital')).toBe('organization');
  });
});

describe('a terminal, cemetery, zoo, lodge or bridge', () => {
  it('ends a place\'s name ("Varnby Lion Lodge", "Grand Kelm Terminal", "the Anna Holm Bridge")', () => {
    const text = [
      'Kelmark, owner of Varnby Lion Lodge near Pretoria, was killed on Monday.',
      'He worked at a bar in Grand Kelm Terminal for a year.',
      'He will be buried at the Varnby Memorial Cemetery on Tuesday.',
      'Traffic came to a halt on the Anna Holm Bridge, an entryway into the city.',
    ];
    const places = namesOf(text, 'places').map((n) => n.join(' | '));
    for (const p of [
      'Varnby Lion Lodge',
      'Grand Kelm Terminal',
      'Varnby Memorial Cemetery',
      'Anna Holm Bridge',
    ])
      expect(places).toContain(p);
  });

  it('leaves "Lodge" a surname after a given name that no place use follows', () => {
    expect(kindOf(['Senator Henry Lodge said the vote would be close.'], 'Henry Lodge')).toBe('person');
  });
});

describe('a name before "restaurant", "store", "shop"', () => {
  it('is a business, not a person ("Kelmo Dolci restaurant")', () => {
    const text = [
      "Anna Holvik, the head chef of Varnby's Kelmo Dolci restaurant, was found on Wednesday.",
      'The general manager of Kelmo Dolci said she last worked on Saturday.',
    ];
    expect(kindOf(text, 'Kelmo Dolci')).toBe('organization');
  });

  it('leaves a known place before a shop a place ("a London shop")', () => {
    expect(kindOf(['The scarf was sold in a London shop last year.'], 'London')).toBe('place');
  });
});

describe('a region after a town and a comma, a preposition after it', () => {
  it('is a place though the lexicon knows it as a name ("Kelmsville, Virginia to prison")', () => {
    const text = [
      'A judge sentenced a doctor based in Kelmsville, Virginia to prison for 40 years. He was convicted in May.',
    ];
    expect(kindOf(text, 'Virginia')).toBe('place');
  });

  it('leaves a person after a date and a comma ("On Monday, Virginia Kelm said")', () => {
    const text = ['On Monday, Virginia Kelm said she would run for mayor.'];
    expect(kindOf(text, 'Virginia Kelm')).toBe('person');
  });
});

describe("a one-capital short form in brackets made of the name's word beginnings", () => {
  it('is the body\'s alias ("Varnian Institute of Seismology and Volcanology (Varsevolc)")', () => {
    const text = [
      'The Varnian Institute of Seismology and Volcanology (Varsevolc) recorded the quake.',
      'Varsevolc said aftershocks were expected.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([
      ['Varnian Institute of Seismology and Volcanology', 'Varsevolc'],
    ]);
  });

  it('is no alias when its letters do not open the name\'s words ("(Kelmark)")', () => {
    expect(abbreviates('Kelmark', 'Varnian Institute of Seismology')).toBe(false);
    expect(abbreviates('Varsevolc', 'Varnian Institute of Seismology and Volcanology')).toBe(true);
    expect(abbreviates('Interpol', 'International Criminal Police Organization')).toBe(true);
    expect(abbreviates('Volcano', 'Varnian Institute of Volcanology')).toBe(false);
  });
});

describe("a place's noun after a possessive, before a name and its comma", () => {
  it('makes the name that place ("from Tonga\'s capital, Kelmholm, to a hospital")', () => {
    const text = ["He was evacuated from Tonga's capital, Kelmholm, to a hospital in Auckland."];
    expect(kindOf(text, 'Kelmholm')).toBe('place');
  });

  it('leaves a body\'s noun there alone ("Varnco\'s legislative franchise, Kelm Act No. 12,")', () => {
    const text = [
      "Since Varnco's legislative franchise, Kelm Act No. 12, expired on Monday, the network closed.",
    ];
    expect(kindOf(text, 'Kelm Act No')).not.toBe('organization');
  });
});

describe('a ship named after a person, after its prefix', () => {
  it('is one vessel, neither a body "USS" nor a person ("the USS Anna Holvik")', () => {
    const text = ['Hobbyists displayed a model of the aircraft carrier, the USS Anna Holvik, on Saturday.'];
    expect(namesOf(text, 'people')).toEqual([]);
    expect(namesOf(text, 'organizations')).toEqual([]);
  });

  it('leaves a body\'s acronym before a person\'s name apart ("told MSNBC Anna Holvik")', () => {
    const text = ['Kelmark told MSNBC Anna Holvik was right.', 'Anna Holvik spoke later.'];
    expect(namesOf(text, 'people').map((n) => n[0])).toContain('Anna Holvik');
  });
});

describe('"reported … in" with what was reported named between', () => {
  it('is no publication ("reported Hurricane Kelmar in the Caribbean")', () => {
    const text = ['The center reported Hurricane Kelmar in the Caribbean had strengthened on Sunday.'];
    expect(kindOf(text, 'Caribbean')).not.toBe('organization');
  });

  it('leaves a day between the verb and "in" ("published Wednesday in Varna Letters")', () => {
    expect(kindOf(['The study was published Wednesday in Varna Letters.'], 'Varna Letters')).toBe(
      'organization',
    );
  });
});

describe('a name before "oil field", "gas field" or "fields"', () => {
  it('is the field, a place ("the Kelmar oil field", "the Varsh and Tovin fields")', () => {
    const text = [
      'Drones struck the largest plant and the Kelmar oil field on Saturday.',
      'Velmergy has committed 1.7 billion dollars in the Varsh and Tovin fields.',
    ];
    expect(kindOf(text, 'Kelmar')).toBe('place');
    expect(kindOf(text, 'Tovin')).toBe('place');
  });

  it('leaves a name before another noun and "field" alone ("the Kelmar field office")', () => {
    expect(kindOf(['Agents from the Kelmar field office arrived.'], 'Kelmar')).not.toBe('place');
  });
});

describe('an elided particle glued to a capitalised surname', () => {
  it('stays in the name ("President Anatole Varnier d\'Estelle")', () => {
    const text = ["Kelmark served under President Anatole Varnier d'Estelle from 1974 to 1981."];
    expect(namesOf(text, 'people').map((n) => n[0])).toContain("Anatole Varnier d'Estelle");
  });

  it('leaves a lower-case word with an apostrophe alone ("the rock\'n\'roll scene")', () => {
    const text = ["President Anatole Varnier loved the rock'n'roll scene."];
    expect(namesOf(text, 'people').map((n) => n[0])).toEqual(['Anatole Varnier']);
  });
});

describe('"G" and a number', () => {
  it('is a body, and the alias of its "Group of" name ("G9, or the Group of Nine")', () => {
    const text = [
      'Leaders called for G9 action on the fires.',
      'The G9, or the Group of Nine, started in the 1970s. Unlike G30, which focuses on economics, G9 meetings cover more.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([['G30'], ['G9', 'Group of Nine']]);
  });

  it('leaves a capital and a number that is no "G" alone ("the F35 jets")', () => {
    expect(namesOf(['Varnia bought the F35 jets in May.'], 'organizations')).toEqual([]);
  });
});

describe('"nearby" between a preposition and a name', () => {
  it('places the name ("In nearby Kelmo,", "the police department of nearby Varsholm")', () => {
    expect(kindOf(['In nearby Kelmo, a basecamp was set up for visitors.'], 'Kelmo')).toBe('place');
    const text = [
      'A spokeswoman for the police department of nearby Varsholm told reporters the lodge was closed.',
    ];
    expect(kindOf(text, 'Varsholm')).toBe('place');
  });

  it('leaves "the nearby <body>" to its own words ("the nearby Kelmo Tribe")', () => {
    const text = ['The tribe may pool resources with the nearby Kelmo Tribe, who have a herd.'];
    expect(kindOf(text, 'Kelmo Tribe')).toBe('organization');
  });
});
