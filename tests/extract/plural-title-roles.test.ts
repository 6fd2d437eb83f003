import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';

// Roles a reader gives each person named: a plural title before a list ("Justices A and B") is each one's singular
// title, and a role noun in an apposition before the name ("his barrister, A,") is A's.
const people = (paragraphs: string[]): Record<string, {role?: string; aliases: string[]}> =>
  Object.fromEntries(runEntities(paragraphs).people.map((e) => [e.name, {role: e.role, aliases: e.aliases}]));

describe('a plural title before a list of names', () => {
  it('gives each name of the list the singular title, and is no alias', () => {
    const p = people([
      'The appeal was heard by Justices Tomas Virk and Lena Ostrova on Monday.',
      'Ostrova wrote the ruling.',
    ]);
    expect(p['Tomas Virk']?.role).toBe('Justice');
    expect(p['Lena Ostrova']?.role).toBe('Justice');
    expect(p['Tomas Virk']?.aliases).not.toContain('Justices Tomas Virk');
  });

  it('reaches past the domain of the name before ("of Varnia")', () => {
    const p = people([
      'Presidents Ardo Pell of Varnia and Anna Holm of Korvala signed the treaty on Sunday.',
    ]);
    expect(p['Ardo Pell']?.role).toBe('President');
    expect(p['Anna Holm']?.role).toBe('President');
  });

  it('gives no title to a name after the list ends', () => {
    const p = people(['Mayors Ardo Pell and Anna Holm met; later Tomas Virk spoke.']);
    expect(p['Tomas Virk']?.role).toBeUndefined();
  });
});

describe('a role noun before the name', () => {
  it('"his barrister, A," gives A the role', () => {
    const p = people(["Mr. Virk's barrister, Lena Ostrova, KC, said her client was relieved."]);
    expect(p['Lena Ostrova']?.role).toBe('barrister');
  });
});
