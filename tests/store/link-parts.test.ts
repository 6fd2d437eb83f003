import {describe, expect, it} from 'vitest';
import type {EntityKind} from '../../src/extract/types.js';
import {entityKey} from '../../src/store/entity-key.js';
import {linkEntities} from '../../src/store/link-entities.js';
import {toNode} from '../../src/store/link-nodes.js';
import {nameParts} from '../../src/store/link-parts.js';
import type {EntityRecord} from '../../src/store/types.js';
import {shownGroups} from '../helpers/link-groups.js';

// Made-up names beside real places: the gazetteer decides which opening words are places.

function rec(
  kind: EntityKind,
  name: string,
  files: number[],
  aliases: string[] = [],
): EntityRecord & {files: number[]} {
  return {key: entityKey(kind, name), kind, name, aliases, articleCount: files.length, mentions: 2, files};
}

/** The groups of more than one record as "shown name <= member names", linked with each key's articles. */
function groups(records: (EntityRecord & {files: number[]})[]): string[] {
  const filesOf = new Map(records.map((r) => [r.key, r.files]));
  const links = linkEntities(records, undefined, undefined, (key) => filesOf.get(key) ?? []);
  return shownGroups(links, records);
}

describe('nameParts', () => {
  it.each<[EntityKind, string, string[]]>([
    ['place', 'Qorvel Airport', ['qorvel']],
    ['place', 'Qorvel International Airport', ['qorvel']],
    // A part that is a place of its own is that place, not the airport.
    ['place', 'Paris Airport', []],
    ['organization', 'Mysore–Bangalore Qorvel Express', ['bangalore qorvel express', 'qorvel express']],
    ['organization', 'Chicago Public Schools', ['public schools']],
    // One word left is too little to be the name.
    ['organization', 'Chicago Tribune', []],
  ])('%s %s → %j', (kind, name, expected) => {
    expect(nameParts(toNode(rec(kind, name, [1])))).toEqual(expected);
  });
});

describe('linkEntities, name-part: part of a name, named only in articles naming it in full', () => {
  it.each<[string, (EntityRecord & {files: number[]})[], string[]]>([
    [
      'a place without the facility word, in the article naming the airport',
      [rec('place', 'Qorvel Airport', [1]), rec('place', 'Qorvel', [1])],
      ['Qorvel Airport <= Qorvel'],
    ],
    [
      'a body without the places opening it, in each article naming one spelling of it',
      [
        rec('organization', 'Mysore–Bangalore Qorvel Express', [1]),
        rec('organization', 'Mysuru–Bengaluru Qorvel Express', [2]),
        rec('organization', 'Qorvel Express', [1, 2]),
      ],
      ['Qorvel Express <= Mysore–Bangalore Qorvel Express, Mysuru–Bengaluru Qorvel Express'],
    ],
    [
      'an acronym of part of a body named in the same article',
      [
        rec('organization', 'National Union of Rail, Maritime and Transport Workers', [1]),
        rec('organization', 'RMT', [1]),
      ],
      ['National Union of Rail, Maritime and Transport Workers <= RMT'],
    ],
    [
      "an acronym that a body's own initials fit stays with that body",
      [
        rec('organization', 'Regional Maritime Trust', [2]),
        rec('organization', 'National Union of Rail, Maritime and Transport Workers', [1]),
        rec('organization', 'RMT', [1]),
      ],
      ['Regional Maritime Trust <= RMT'],
    ],
  ])('joins %s', (_, records, expected) => {
    expect(groups(records)).toEqual(expected);
  });

  it.each<[string, (EntityRecord & {files: number[]})[]]>([
    [
      'a part also named in an article without the full name',
      [rec('place', 'Qorvel Airport', [1]), rec('place', 'Qorvel', [1, 2])],
    ],
    [
      'a part named beside two different full names',
      [
        rec('organization', 'Chicago Public Schools', [1]),
        rec('organization', 'Boston Public Schools', [2]),
        rec('organization', 'Public Schools', [1, 2]),
      ],
    ],
    [
      'an acronym of part of a body named in another article only',
      [rec('organization', 'Qorvel National Academy of Sciences', [1]), rec('organization', 'QNA', [2])],
    ],
    [
      'an acronym of part of a body named after a place',
      [rec('organization', 'United States Supreme Court', [1]), rec('organization', 'USS', [1])],
    ],
  ])('keeps apart %s', (_, records) => {
    expect(groups(records)).toEqual([]);
  });
});
