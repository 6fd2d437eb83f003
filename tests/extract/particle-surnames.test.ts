import {describe, expect, it} from 'vitest';
import {namesOf} from '../helpers/entities.js';

// "Bill de Blasio … de Blasio said" and "Gloria La Riva … La Riva" were two people each in shipped articles: a
// surname that keeps its particles is two words, so it never took the one-word surname's way into the full name.
const people = (paragraphs: string[]): string[][] => namesOf(paragraphs, 'people');

describe('a surname with its particles', () => {
  it('is the one person whose full name ends in it', () => {
    expect(
      people([
        'Mayor Tomas de Varga of Lindholm opened the bridge on Monday.',
        'Later, de Varga said the bridge would carry trains by spring.',
      ]).filter((p) => p.some((n) => n.includes('Varga'))),
    ).toHaveLength(1);
    expect(
      people([
        'The party chose Anna La Mesa as its candidate.',
        'La Mesa told reporters she would campaign in every county.',
      ]).filter((p) => p.some((n) => n.includes('Mesa'))),
    ).toEqual([['Anna La Mesa', 'La Mesa']]);
  });

  it('stays apart when two people of the article share it', () => {
    const found = people([
      'Anna La Mesa and her brother Pedro La Mesa both ran for the council.',
      'La Mesa told reporters the vote was close.',
    ]).filter((p) => p.some((n) => n.includes('Mesa')));
    expect(found.filter((p) => p.includes('Anna La Mesa') && p.includes('Pedro La Mesa'))).toEqual([]);
    expect(found.some((p) => p.includes('Anna La Mesa') && p.includes('La Mesa'))).toBe(false);
    expect(found.some((p) => p.includes('Pedro La Mesa') && p.includes('La Mesa'))).toBe(false);
  });
});
