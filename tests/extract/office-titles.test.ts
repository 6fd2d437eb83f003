import {describe, expect, it} from 'vitest';
import {peopleOf, runEntities} from '../helpers/entities.js';

// Offices written before a name (titles.ts splitRun, splitOfficeDomain; words.ts isCompoundTitle): the name is the
// person's, the whole office is the role. Names and offices are made up, in made-up sentences.
const rows: {id: string; text: string; person: string; fp: string}[] = [
  {
    id: 'prefixed-compound-title',
    text: 'The talks were chaired by UN Under-Secretary-General Alma Rusk, who later met reporters.',
    person: 'Alma Rusk · UN Under-Secretary-General',
    fp: 'UN Under-Secretary-General Alma Rusk',
  },
  {
    id: 'portfolio-before-title',
    text: 'Last week National Security Adviser Tobias Venn resigned after a dispute.',
    person: 'Tobias Venn · National Security Adviser',
    fp: 'National Security Adviser Tobias Venn',
  },
  {
    id: 'office-for-portfolio',
    text: 'European Commissioner for Environment Greta Holm, who attended as an observer, said nothing.',
    person: 'Greta Holm · European Commissioner for Environment',
    fp: 'Environment Greta Holm',
  },
  {
    id: 'acronym-before-title',
    text: 'In Varnby, NATO Deputy Secretary-General Ilse Marwen opened the meeting.',
    person: 'Ilse Marwen · NATO Deputy Secretary-General',
    fp: 'NATO Deputy Secretary-General Ilse Marwen',
  },
];

describe('offices before a name', () => {
  for (const row of rows)
    it(`${row.id}: the name without its office, the office as role`, () => {
      const people = peopleOf([row.text]);
      expect(people).toContain(row.person);
      expect(people.map((p) => p.split(' · ')[0])).not.toContain(row.fp);
    });

  it('a place before a title stays a name of its own, no portfolio', () => {
    const people = peopleOf(['Santa Barbara County Sheriff Bill Brown said the fire was out.']);
    expect(people).toContain('Bill Brown · Sheriff');
  });

  it("a court's words before a judge's title are the office's, after a country: no place of their own", () => {
    const doc = runEntities(['United States Federal District Judge Ana Varn ruled on Monday.']);
    expect(doc.people.map((e) => `${e.name} · ${e.role ?? ''}`)).toContain(
      'Ana Varn · Federal District Judge',
    );
    expect(doc.places.map((e) => e.name)).not.toContain('United States Federal District');
    const acronym = runEntities(['U.S. District Judge Tomas Virk ruled on Monday.']);
    expect(acronym.places.map((e) => e.name)).not.toContain('U.S. District');
  });

  it("a people's adjective before a title is no portfolio", () => {
    const people = peopleOf(['Varnian Foreign Minister Petra Kolm and her counterpart met in Geneva.']);
    expect(people).toContain('Petra Kolm · Foreign Minister');
  });
});
