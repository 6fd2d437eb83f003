import {describe, expect, it} from 'vitest';
import {namesOf} from '../helpers/entities.js';

// A place named once with the word for its kind ("Carrow Island") and once without ("Carrow") is one place; a
// country and its capital, a state and its city, or a place and another with a word before it, are two.
const places = (paragraphs: string[]): string[][] => namesOf(paragraphs, 'places');

describe('a place with and without its kind word', () => {
  it.each([
    [
      ['The ferry to Carrow Island was cancelled on Monday.', 'The only school in Carrow was shut.'],
      ['Carrow', 'Carrow Island'],
    ],
    [
      ['Protesters marched in Washington D.C. on Sunday.', 'The rally in Washington drew thousands.'],
      ['Washington', 'Washington D.C.'],
    ],
    [
      ['Tourists flew to Varnby City on Friday.', 'Boats left the harbour in Varnby on Monday.'],
      ['Varnby', 'Varnby City'],
    ],
  ])('%j → one place', (text, names) => {
    expect(places(text)).toEqual([names]);
  });

  it.each([
    // A country and its capital.
    [['Flights from Mexico City were cancelled.', 'The airline said flights to Mexico would resume.']],
    // Another place with a word before the name.
    [['The storm hit Georgia on Monday.', 'The island of South Georgia was spared.']],
  ])('%j → two places', (text) => {
    expect(places(text)).toHaveLength(2);
  });
});
