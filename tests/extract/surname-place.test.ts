import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';

// A person whose surname is also a place ("Luís Montenegro", Montenegro the country): after the full name with a
// title, the bare surname is that person's, and what the gazetteer says of it as a place does not turn the person
// into a place (merge.ts, asSurname). Made-up sentences.
const kinds = (text: string) => {
  const doc = runEntities([text]);
  return {
    people: doc.people.map((p) => p.name),
    places: doc.places.map((p) => p.name),
  };
};

describe('a surname that is also a place', () => {
  it('stays the titled person’s when the article uses it alone later', () => {
    const found = kinds(
      'President Ana Varga met Prime Minister Luís Montenegro in Lisbon on Monday. Montenegro disagreed with her.',
    );
    expect(found.people).toContain('Luís Montenegro');
    expect(found.places).not.toContain('Luís Montenegro');
    expect(found.places).toContain('Lisbon');
  });

  it('is a place when no person of that surname is named', () => {
    const found = kinds(
      'President Ana Varga flew to Montenegro on Monday. Montenegro joined the alliance in 2017.',
    );
    expect(found.places).toContain('Montenegro');
    expect(found.people).not.toContain('Montenegro');
  });
});
