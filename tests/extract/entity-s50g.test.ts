import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';

// Round s50g (src/extract/entities/ERRORS.md): where an organization's name starts and ends, and a body's short and
// full forms joined; made-up text with invented names, each positive case failing before the round, and look-alikes
// that must not move.
const orgs = (paragraphs: string[]): {name: string; aliases: string[]}[] =>
  runEntities(paragraphs).organizations.map((o) => ({name: o.name, aliases: o.aliases}));
const orgNames = (paragraphs: string[]): string[] => orgs(paragraphs).map((o) => o.name);

describe("a plural's possessive inside a body's name", () => {
  it('after an adjective the vocabulary also lists as a paper\'s word ("Independent Workers\' Union")', () => {
    const names = orgNames([
      "Members of the Independent Drivers' Union of Velmar gathered outside the depot on Monday.",
    ]);
    expect(names).toContain("Independent Drivers' Union of Velmar");
    expect(names).not.toContain('Independent Drivers');
  });

  it('after a doer\'s plural the lexicon lacks ("Nandgaon Hawkers\' Union")', () => {
    expect(orgNames(["The Tarsin Hawkers' Union said its members would appeal."])).toContain(
      "Tarsin Hawkers' Union",
    );
  });

  it('not after a whole body ("the House of Representatives\' Committee" keeps its parts)', () => {
    const names = orgNames(["The House of Representatives' Committee on Velmar met on Monday."]);
    expect(names).not.toContain("House of Representatives' Committee on Velmar");
  });
});

describe('a firm\'s "of <place>" says where it is', () => {
  it('"Taemin Systems of Seoul" is Taemin Systems, in Seoul', () => {
    const r = runEntities(['Its rival, Taemin Systems of Seoul, declined to comment.']);
    expect(r.organizations.map((o) => o.name)).toContain('Taemin Systems');
    expect(r.places.map((p) => p.name)).toContain('Seoul');
  });

  it('a public body keeps its "of" ("Bank of Velmar", "University of Seoul")', () => {
    const names = orgNames(['The Bank of Velmar and the University of Seoul signed the deal.']);
    expect(names).toEqual(expect.arrayContaining(['Bank of Velmar', 'University of Seoul']));
  });
});

describe('two towns joined by "and" before a body\'s words', () => {
  it('"Manchester and Tarlow Magistrates\' Court" is one court', () => {
    expect(
      orgNames(["Liam Vance, 31, appeared before Manchester and Tarlow Magistrates' Court on Monday."]),
    ).toContain("Manchester and Tarlow Magistrates' Court");
  });

  it('not two countries ("Iran and Iraq Foreign Ministry officials")', () => {
    expect(orgNames(['Talks between Iran and Iraq Foreign Ministry officials ended.'])).not.toContain(
      'Iran and Iraq Foreign Ministry',
    );
  });
});

describe("a body's word opening its name in Malay or Spanish order, and schools in their own language", () => {
  it('"Hospital Kuala Dantu" is one body', () => {
    expect(
      orgNames([
        'Patients at Hospital Kuala Dantu were moved on Tuesday.',
        'Hospital Kuala Dantu said its staff were safe.',
      ]),
    ).toContain('Hospital Kuala Dantu');
  });

  it('"Escola Estadual Padre Viana" is a school, not a person', () => {
    const r = runEntities(['The Escola Estadual Padre Viana reopened on Monday.']);
    expect(r.organizations.map((o) => o.name)).toContain('Escola Estadual Padre Viana');
    expect(r.people.map((p) => p.name)).not.toContain('Escola Estadual Padre Viana');
  });

  it('not a chamber before its office ("The Senate Minority Leader, Anna Holm, said")', () => {
    expect(orgNames(['The Senate Minority Leader, Anna Holm, said the vote would wait.'])).not.toContain(
      'Senate Minority',
    );
  });
});

describe("a body's short and full forms", () => {
  it('"Varrow Labs", later "Varrow", is one firm', () => {
    const found = orgs([
      'The regulator opened an inquiry into Varrow Labs over its app.',
      'Shares of Varrow, which is listed in New York, fell 4 percent.',
    ]);
    expect(found.find((o) => o.name === 'Varrow Labs')?.aliases).toContain('Varrow');
    expect(found.map((o) => o.name)).not.toContain('Varrow');
  });

  it('not a word the text used before the full name ("I chose Tarvo … a company called Tarvo Industries")', () => {
    const found = orgs([
      'Team Tarvo won the vote.',
      'I chose Tarvo because I also have another company called Tarvo Industries.',
    ]);
    expect(found.find((o) => o.name === 'Tarvo Industries')?.aliases ?? []).not.toContain('Tarvo');
  });

  it('"The authority, known by its Velmarian initials RKV" is the one authority named before', () => {
    const found = orgs([
      "Velmar's Fair Trading Authority on Tuesday fined three millers.",
      'The authority, known by its Velmarian initials RKV, said the firms had shared price lists.',
      'The RKV has opened 14 investigations since 2023.',
    ]);
    expect(found.find((o) => o.name === 'Fair Trading Authority')?.aliases).toContain('RKV');
  });
});
