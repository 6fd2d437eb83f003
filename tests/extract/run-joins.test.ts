import {describe, expect, it} from 'vitest';
import {RUN_JOINS} from '../../src/extract/entities/run-joins.js';
import {runEntities} from '../helpers/entities.js';

// A body's name going on past a comma or a lower-case word (run-joins.ts), keyed by rule id: the rule's own example
// and made-up look-alikes, each with the organizations and places the entity stage then reports.
const found = (text: string): {organizations: string[]; places: string[]} => {
  const doc = runEntities([text]);
  return {organizations: doc.organizations.map((e) => e.name), places: doc.places.map((e) => e.name)};
};

const rows: Record<string, {text: string; has: string[]; lacks: string[]}[]> = {
  'field-list': [
    {
      text: 'The National Union of Rail, Maritime and Transport Workers called a strike.',
      has: ['National Union of Rail, Maritime and Transport Workers'],
      lacks: ['Transport Workers'],
    },
    // Look-alike: a list of places after the body is no part of it.
    {
      text: 'The Ministry of Health, Kenya and Uganda signed the deal.',
      has: ['Ministry of Health'],
      lacks: ['Ministry of Health, Kenya and Uganda'],
    },
  ],
  'field-and': [
    {
      text: 'The Department of Health and Human Services said so.',
      has: ['Department of Health and Human Services'],
      lacks: ['Human Services'],
    },
    // Look-alike: "and" then another body's name ("… University") or a person.
    {
      text: 'The Ministry of Health and Varnby University signed it.',
      has: ['Ministry of Health', 'Varnby University'],
      lacks: ['Ministry of Health and Varnby University'],
    },
  ],
  'field-in': [
    {
      text: 'The Varna Institute for Research in Environmental Sciences published the data.',
      has: ['Varna Institute for Research in Environmental Sciences'],
      lacks: ['Varna Institute for Research', 'Environmental Sciences'],
    },
    // Look-alike: a town after "in" says where the body is; "of" names no field ("Institute of Art in Lindby").
    {
      text: 'Officials at the Federal Center for Neurosurgery in Tyumen and the Varna Institute of Art in Lindby spoke.',
      has: ['Federal Center for Neurosurgery'],
      lacks: ['Federal Center for Neurosurgery in Tyumen', 'Varna Institute of Art in Lindby'],
    },
  ],
  'of-place-and-the-region': [
    {
      text: 'The Islamic State of Iraq and the Levant claimed the attack.',
      has: ['Islamic State of Iraq and the Levant'],
      lacks: ['Islamic State of Iraq'],
    },
    // Look-alike: a title "of" a country and "the" people after it are two names.
    {
      text: 'The President of France and the Velmark met on Monday.',
      has: [],
      lacks: ['President of France and the Velmark', 'France and the Velmark'],
    },
  ],
  'of-place-and-place': [
    {
      text: 'The High Court of England and Wales ruled that the ban was lawful.',
      has: ['High Court of England and Wales'],
      lacks: ['High Court of England'],
    },
    // Look-alikes: a title "of" a country, and a place after "and" that goes on into another name.
    {
      text: 'The President of France and Germany met on Monday.',
      has: [],
      lacks: ['President of France and Germany'],
    },
    {
      text: 'The Bank of England and Wales Water signed the deal.',
      has: [],
      lacks: ['Bank of England and Wales', 'Bank of England and Wales Water'],
    },
  ],
  'university-campus': [
    {
      text: 'She studied at the University of Colorado at Boulder and at the University of California, San Diego, in 1990.',
      has: ['University of Colorado at Boulder', 'University of California, San Diego'],
      lacks: ['Boulder', 'San Diego'],
    },
    // Look-alike: a region after the comma is where the university is, not a campus.
    {
      text: 'He studied at the University of Miami, Florida, in 1990.',
      has: ['University of Miami', 'Florida'],
      lacks: ['University of Miami, Florida'],
    },
  ],
};

describe("run joins: a body's name past a comma or a lower-case word", () => {
  it('every join has rows', () => {
    expect(Object.keys(rows).sort()).toEqual(RUN_JOINS.map((r) => r.id).sort());
  });
  for (const [id, cases] of Object.entries(rows))
    it.each(cases)(`${id}: %s`, ({text, has, lacks}) => {
      const {organizations, places} = found(text);
      const all = [...organizations, ...places];
      for (const name of has) expect(all).toContain(name);
      for (const name of lacks) expect(all).not.toContain(name);
    });
});

describe('an ampersand inside a name (runs.ts)', () => {
  it('joins capitalised words into one name: "Rock & Roll Hall of Fame", a journal', () => {
    const hall = found('He was inducted into the Varna Rock & Roll Hall of Fame in 2007.');
    expect(hall.organizations).toContain('Varna Rock & Roll Hall of Fame');
    expect(hall.organizations).not.toContain('Roll Hall of Fame');
    const journal = found('A study published in the journal Brevik Astronomy & Astrophysics said so.');
    expect(journal.organizations).toContain('Brevik Astronomy & Astrophysics');
  });

  it('leaves two given names apart: a list of people', () => {
    const doc = runEntities(['My heart breaks for Deirdre, Wyatt & Zach, said Anna Holm.']);
    const names = [...doc.people, ...doc.organizations, ...doc.places].map((e) => e.name);
    expect(names).not.toContain('Wyatt & Zach');
  });
});

describe("a portfolio's word ending a name (spans.ts)", () => {
  it('"Health", "Finance" are no office alone: "School of Public Health" keeps its last word', () => {
    expect(found('The Varna School of Public Health said so on Monday.').organizations).toContain(
      'Varna School of Public Health',
    );
    expect(found('The Varna Institute of Global Finance said so on Monday.').organizations).toContain(
      'Varna Institute of Global Finance',
    );
    // Look-alike: an office after a body's name is its member's title, not part of the name.
    const mp = runEntities(['Varna Labour MP Anna Holm said so on Monday.']);
    expect(mp.organizations.map((e) => e.name)).not.toContain('Varna Labour MP');
  });
});

describe('"for" inside a body\'s name (runs.ts)', () => {
  it('joins words before it to a name ending in an institution\'s word: "Cinema for Peace Foundation"', () => {
    const doc = found('He was flown out by the non-profit Brevik Cinema for Peace Foundation on Monday.');
    expect(doc.organizations).toContain('Brevik Cinema for Peace Foundation');
    expect(doc.organizations).not.toContain('Peace Foundation');
  });

  it('leaves a person apart from the body after "for"', () => {
    const doc = runEntities(['Thanks went to Anna Holm for Varna Foundation grants, the mayor said.']);
    expect(doc.organizations.map((e) => e.name)).not.toContain('Anna Holm for Varna Foundation');
  });
});

describe('"for the" after an institution\'s name that holds "of" (runs.ts)', () => {
  it('goes on into the name: "Court of Appeals for the Third Circuit"', () => {
    const doc = found('The Varnian Court of Appeals for the Third Circuit upheld the ruling on Monday.');
    expect(doc.organizations).toContain('Varnian Court of Appeals for the Third Circuit');
  });

  it('does not carry a person on into what follows', () => {
    const doc = runEntities(['Anna Holm of Varnby for the Brevik Party spoke on Monday.']);
    const names = [...doc.people, ...doc.organizations, ...doc.places].map((e) => e.name);
    expect(names.some((n) => n.includes('Holm') && n.includes('Brevik'))).toBe(false);
  });
});
