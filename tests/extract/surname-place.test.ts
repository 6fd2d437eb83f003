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

  it('is the place where each of its mentions follows a preposition of place, beside the person', () => {
    const doc = runEntities([
      'The country’s first president, George Washington, sought no third term. Protesters gathered in Washington, D.C. on Monday.',
    ]);
    expect(doc.places.map((p) => p.name)).toContain('Washington');
    expect(doc.people.find((p) => p.name === 'George Washington')?.aliases ?? []).not.toContain('Washington');
  });

  it('stays the person’s after a preposition that governs its possessive', () => {
    const found = kinds(
      'Former minister Ardo Conway died on Sunday. The mayor spoke of her sadness at Conway’s death.',
    );
    expect(found.people).toContain('Ardo Conway');
    expect(found.places).not.toContain('Conway');
  });
});
