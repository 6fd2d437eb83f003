// scripts/gold-agree.mjs measures how far two independent label passes agree before they are settled into a gold
// set (tests/gold/README.md prints its table). Made-up labels, so each count can be worked out by hand.
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a script in plain JavaScript, without types
import {compare, f1} from '../../scripts/gold-agree.mjs';

type Triple = [number, number, number];
const counts = compare as (a: object, b: object) => Record<string, Triple>;
const score = f1 as (t: Triple) => number;

const a = {
  people: [
    {name: 'Anna Berg', aliases: ['Berg']},
    {name: 'Tom Reed', aliases: []},
  ],
  places: [{name: 'Millbrook', aliases: []}],
  organizations: [{name: 'Harbour Council', aliases: ['the council']}],
  quotes: [
    {text: 'We will rebuild the bridge before winter comes,', speaker: 'Anna Berg'},
    {text: 'Nobody told us anything at all', speaker: null},
    {text: 'disgraceful', speaker: 'Tom Reed'},
  ],
  facts: [{value: 40}, {value: 3}, {value: 3}],
};
const b = {
  people: [
    {name: 'Berg', aliases: ['Ms. Berg']},
    {name: 'Tom Reed', aliases: []},
  ],
  places: [
    {name: 'Millbrook', aliases: []},
    {name: 'River Lune', aliases: []},
  ],
  organizations: [],
  quotes: [
    {text: 'We will rebuild the bridge before winter comes.', speaker: 'Berg'},
    {text: 'Nobody told us anything at all', speaker: 'Tom Reed'},
  ],
  facts: [{value: 3}, {value: 40}, {value: 12}],
};

describe('agreement between two label passes', () => {
  it('pairs entities through any shared name or alias, one to one', () => {
    const c = counts(a, b);
    expect(c.people).toEqual([2, 2, 2]);
    expect(c.places).toEqual([1, 1, 2]);
    expect(c.organizations).toEqual([0, 1, 0]);
    expect(score(c.places as Triple)).toBeCloseTo(2 / 3);
  });

  it('pairs quotes on shared words and checks speakers through each pass’s own aliases', () => {
    const c = counts(a, b);
    expect(c.quotes).toEqual([2, 3, 2]);
    // "Anna Berg" (a) and "Berg" (b) are one person; null against "Tom Reed" is a disagreement.
    expect(c.speaker).toEqual([1, 2, 2]);
  });

  it('pairs key facts on equal values as a multiset', () => {
    expect(counts(a, b).facts).toEqual([2, 3, 3]);
  });

  it('counts two empty passes as full agreement, not a division by zero', () => {
    expect(score(counts({}, {}).facts as Triple)).toBe(1);
  });
});
