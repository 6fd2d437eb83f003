import {describe, expect, it} from 'vitest';
import {namesOf, runEntities} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s46a (src/extract/entities/ERRORS.md): organizations on news brief has never seen, typed by the evidence of
// all the mentions the text links; made-up text, each class's positive case failing before its fix, and a look-alike
// it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a name and the acronym it defines are typed together', () => {
  const quake = [
    'The Orvane Geological Survey (OGS) placed the epicentre 8 kilometres south of the town.',
    'Tom Reel of OGS told the press that more tremors would follow.',
  ];

  it('"Tom Reel of OGS": a person named in full, "of" and an acronym: the acronym is a body', () => {
    expect(kindOf(['Tom Reel of OGS told the press that more tremors would follow.'], 'OGS')).toBe(
      'organization',
    );
  });

  it('the long name takes the body its acronym is, as one entity', () => {
    expect(namesOf(quake, 'organizations')).toEqual([['OGS', 'Orvane Geological Survey']]);
    expect(entityTrace(quake).find((e) => e.subject === 'Orvane Geological Survey')?.rules).toContain(
      'defined-acronym',
    );
  });

  it("a term's words and their acronym, which nothing treats as a body, stay no body", () => {
    const chat = ['He talked on Varnet Relay Chat (VRC) every night.', 'VRC channels were busy.'];
    expect(kindOf(chat, 'Varnet Relay Chat')).not.toBe('organization');
    expect(runEntities(chat).organizations).toEqual([]);
  });

  it('"Ana Holm of the DNA lab": an acronym modifying a noun there is the noun\'s, no body', () => {
    expect(kindOf(['Ana Holm of the DNA lab said the samples matched.'], 'DNA')).not.toBe('organization');
  });
});

describe("a firm's opening words used alone after its full name are that firm", () => {
  it('"Velmora Agro Industries Ltd … Velmora Agro said": one firm, no person', () => {
    const results = [
      'Pune-based Velmora Agro Industries Ltd on Wednesday reported a 41 per cent jump in profit.',
      'The company had posted a loss a year ago, Velmora Agro said in a regulatory filing.',
    ];
    const doc = runEntities(results);
    expect(doc.people.map((p) => p.name)).toEqual([]);
    expect(namesOf(results, 'organizations')).toEqual([['Velmora Agro', 'Velmora Agro Industries Ltd']]);
  });

  it('not when a person of the article bears the words ("Tom Kessel … Kessel said")', () => {
    const text = [
      'Tom Kessel, a union official, said Kessel Holdings Ltd had bought the site.',
      'Kessel said workers would be paid.',
    ];
    expect(namesOf(text, 'people')).toEqual([['Kessel', 'Tom Kessel']]);
  });
});

describe('a firm by what only a body says or has', () => {
  it('"X said in a statement that it …" and "X said it was aware of …": a body', () => {
    const spill = [
      'The spill came from a pond at a copper mine operated by Pallas Cerro Negro.',
      'Pallas Cerro Negro said in a statement that it "deeply regrets" the spill.',
    ];
    expect(kindOf(spill, 'Pallas Cerro Negro')).toBe('organization');
    const jet = ['Kessin Aerospace said it was aware of the incident and was helping the investigators.'];
    expect(kindOf(jet, 'Kessin Aerospace')).toBe('organization');
  });

  it('a person who "said it was" hard, or said so in a statement, stays a person', () => {
    const text = [
      'Ardo Pell said it was hard to leave the club.',
      'Tomas Virk said in a statement that he would appeal.',
    ];
    expect(kindOf(text, 'Ardo Pell')).toBe('person');
    expect(kindOf(text, 'Tomas Virk')).toBe('person');
  });

  it('"Shares of rival X fell": a company', () => {
    const text = ['Shares of rival Kessin Sugars fell 1.4 per cent on the day.'];
    expect(kindOf(text, 'Kessin Sugars')).toBe('organization');
  });
});

describe('parties named by their adjectives', () => {
  it('"the Velmaric and Kelmic Party\'s primaries": two parties sharing one word, not one', () => {
    const text = [
      "The state held the Velmaric and Kelmic Party's primary elections on Tuesday.",
      'The Velmaric Party chose its nominee.',
    ];
    const orgs = namesOf(text, 'organizations').map((o) => o.join(' / '));
    expect(orgs).toContain('Kelmic Party');
    expect(orgs.join(' | ')).not.toContain('Velmaric and Kelmic');
  });

  it('nouns joined by "and" stay one party ("the Bread and Roses Party")', () => {
    const text = [
      'She ran for the Bread and Roses Party in 2020.',
      'The Bread and Roses Party won no seats.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([['Bread and Roses Party']]);
  });

  it('"left the Velmaric party": an adjective and a lower-case "party" name the party', () => {
    const text = ['Tom Reel was expected to leave the Velmaric party after the vote.'];
    expect(namesOf(text, 'organizations')).toEqual([['Velmaric party']]);
  });

  it('not a noun before "party" ("the Christmas party"), nor "the Velmaric party leaders"', () => {
    expect(namesOf(['Staff met at the Christmas party on Friday.'], 'organizations').flat()).not.toContain(
      'Christmas party',
    );
    expect(
      namesOf(['Tom Reel met the Velmaric party leaders on Friday.'], 'organizations').flat(),
    ).not.toContain('Velmaric party');
  });
});

describe("a service's and a broadcaster's own words", () => {
  it('"Velmark Fire and Rescue": one body, not a fire', () => {
    const text = [
      'Anna Holm of Velmark Fire and Rescue said no one would enter the building.',
      'Velmark Fire and Rescue asked for help from other fire departments.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([['Velmark Fire and Rescue']]);
  });

  it('"of KVTR 4 news": the call letters and the channel\'s number', () => {
    const text = ['One resident told Paul Rivera of KVTR 4 news that the shaking woke her.'];
    expect(namesOf(text, 'organizations')).toEqual([['KVTR 4']]);
  });

  it('not a number after capitals elsewhere ("COVID 19 cases", "won 3 news awards" after a name)', () => {
    const text = ['The BBC 2 studio was closed.', 'The clinic saw COVID 19 cases.'];
    expect(namesOf(text, 'organizations').flat()).not.toContain('BBC 2');
    expect(namesOf(text, 'organizations').flat()).not.toContain('COVID 19');
  });
});

describe('one who speaks or works for a body, before it', () => {
  it('"a spokesperson for Kessel Logistics": a body; "advised Kessel" later is that firm', () => {
    const text = [
      'A spokesperson for Kessel Logistics said the company would bid for the terminal.',
      'Harlow & Pike, the law firm, advised Kessel.',
    ];
    expect(namesOf(text, 'organizations')).toContainEqual(['Kessel', 'Kessel Logistics']);
  });

  it('"a spokesman for West" of a person\'s surname makes no body of the person', () => {
    const text = [
      'The singer Kanye West held a rally in Varnby.',
      'After the interview, a spokesman for West said West would stay in the race.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([]);
    expect(namesOf(text, 'people')).toEqual([['Kanye West', 'West']]);
  });
});

describe('bodies by a word the vocabulary lacked, or a noun before them', () => {
  it('"Kelby Royal Infirmary confirms …": a hospital acting is a body', () => {
    const text = ['Kelby Royal Infirmary confirms the two workers are in a stable condition.'];
    expect(kindOf(text, 'Kelby Royal Infirmary')).toBe('organization');
  });

  it("\"streaming service Lumen\": a unit's word is the firm's name after a body's noun", () => {
    const text = ['Streaming service Lumen, which released the film, had 14 nominations.'];
    expect(kindOf(text, 'Lumen')).toBe('organization');
  });

  it('a unit in a measure stays no name, and "the service" names no firm', () => {
    const text = ['The lamp gives 800 Lumen at most.', 'Riders said the service Velnet ran was slow.'];
    expect(kindOf(text, 'Lumen')).not.toBe('organization');
    expect(kindOf(text, 'Velnet')).not.toBe('organization');
  });
});
