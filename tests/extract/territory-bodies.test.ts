import {describe, expect, it} from 'vitest';
import {namesOf} from '../helpers/entities.js';
import {territoryHome} from '../../src/extract/entities/territory-home.js';

// An article about a territory the gazetteer has as a country and as a region of another (Puerto Rico, of the
// United States) names its own legislature "the Senate" beside the nation's "U.S. Senate": two bodies. In an
// article about the nation, or about another country, "the Senate" is still the U.S. Senate it names.
const orgs = (paragraphs: string[]): string[][] => namesOf(paragraphs, 'organizations');

describe("a territory's body named as the nation's", () => {
  it("stays apart from the nation's body in an article about the territory", () => {
    const groups = orgs([
      'In San Juan, Puerto Rico, the governor named Ana Ruiz as secretary of state on Friday.',
      'The Senate had not confirmed her, and the Senate will meet again in Puerto Rico on Monday.',
      'Puerto Rico is a commonwealth of the United States and has no vote in the U.S. Senate.',
      'Puerto Rico elects a delegate instead.',
    ]);
    expect(groups).toContainEqual(['Senate']);
    expect(groups).toContainEqual(['U.S. Senate']);
  });

  it("joins the nation's body in an article about the nation", () => {
    const groups = orgs([
      'The U.S. Senate voted on the bill in Washington on Tuesday.',
      'The Senate will vote again next week, senators from Ohio and Texas said.',
    ]);
    expect(groups).toContainEqual(['Senate', 'U.S. Senate']);
  });

  it("joins the nation's body in an article about another country, which is no territory of it", () => {
    const groups = orgs([
      'Ukraine asked for more aid as drones struck Kyiv and Kharkiv in Ukraine on Tuesday.',
      'The U.S. Senate passed the aid bill; the Senate vote was 70 to 29.',
    ]);
    expect(groups).toContainEqual(['Senate', 'U.S. Senate']);
  });
});

describe('territoryHome', () => {
  it.each<[string, {text: string; mentions: number}[], ReturnType<typeof territoryHome>]>([
    [
      'most places in Puerto Rico, its capital counting for it',
      [
        {text: 'Puerto Rico', mentions: 3},
        {text: 'San Juan', mentions: 1},
        {text: 'United States', mentions: 3},
      ],
      {territory: 'PR', of: 'US'},
    ],
    [
      'half of them there is not most',
      [
        {text: 'Puerto Rico', mentions: 3},
        {text: 'United States', mentions: 3},
      ],
      null,
    ],
    ['a country that is no region of another', [{text: 'Ukraine', mentions: 5}], null],
    ['a state, which is no country of the gazetteer', [{text: 'Alabama', mentions: 5}], null],
  ])('%s', (_, places, expected) => {
    expect(territoryHome(places)).toEqual(expected);
  });
});
