import {describe, expect, it} from 'vitest';
import type {EntityKind} from '../../src/extract/types.js';
import {entityKey} from '../../src/store/entity-key.js';
import {linkEntities} from '../../src/store/link-entities.js';
import {bodyInitials, looseInitials} from '../../src/store/link-initials.js';
import type {EntityRecord} from '../../src/store/types.js';
import {shownGroups} from '../helpers/link-groups.js';

function rec(kind: EntityKind, name: string, articleCount: number, aliases: string[] = []): EntityRecord {
  return {key: entityKey(kind, name), kind, name, aliases, articleCount, mentions: articleCount * 2};
}

/** The groups of more than one record as "shown name <= member names", linked with each key's article countries. */
function groups(records: EntityRecord[], countries?: Record<string, (string | null)[]>): string[] {
  const links = linkEntities(records, undefined, countries ? (key) => countries[key] ?? [] : undefined);
  return shownGroups(links, records);
}

describe('bodyInitials', () => {
  it.each([
    ['Agence France-Presse', ['afp']],
    ['Centers for Disease Control and Prevention', ['cdcp', 'cdc']],
    ['Bureau of Coastal Safety and Rescue', ['bcsr', 'bcs']],
    // Two letters without the conjunct are as often something else.
    ['Pacific Gas and Electric', ['pge']],
    ['Securities and Exchange Commission', ['sec']],
  ])('%s → %j', (name, expected) => {
    expect(bodyInitials(name)).toEqual(expected);
  });
});

describe('looseInitials', () => {
  it.each([
    ['National Union of Rail, Maritime and Transport Workers', ['nurmtw', 'nurm', 'rmtw', 'nurmt', 'rmt']],
    // Two letters are anyone's: "Department of Homeland Security" is no "HS".
    ['Department of Homeland Security', []],
    ['Agence France-Presse', []],
  ])('%s → %j', (name, expected) => {
    expect(looseInitials(name)).toEqual(expected);
  });
});

describe('linkEntities, initials: an acronym no article spells out', () => {
  it.each<[string, EntityRecord[], Record<string, (string | null)[]> | undefined, string[]]>([
    [
      'joins the body it abbreviates without the last conjunct',
      [rec('organization', 'Centers for Disease Control and Prevention', 2), rec('organization', 'CDC', 1)],
      undefined,
      ['Centers for Disease Control and Prevention <= CDC'],
    ],
    [
      "joins a body named after a place when the acronym spells the place's initials and two letters more, and all its articles are about that country",
      [rec('organization', 'United States Postal Service', 1), rec('organization', 'USPS', 1)],
      {'organization:usps': ['US']},
      ['United States Postal Service <= USPS'],
    ],
    [
      'prefers the one body not named after a place to one that is',
      [
        rec('organization', 'Centers for Disease Control and Prevention', 2),
        rec('organization', 'California Department of Corrections and Rehabilitation', 1),
        rec('organization', 'CDC', 1),
      ],
      {'organization:cdc': ['US']},
      ['Centers for Disease Control and Prevention <= CDC'],
    ],
  ])('%s', (_, records, countries, expected) => {
    expect(groups(records, countries)).toEqual(expected);
  });

  it.each<[string, EntityRecord[], Record<string, (string | null)[]> | undefined]>([
    [
      "a place's initials and one letter more (a ship's prefix)",
      [rec('organization', 'United States Senate', 3), rec('organization', 'USS', 1)],
      {'organization:uss': ['US']},
    ],
    [
      "an acronym of an article about another country than the body's place",
      [rec('organization', 'Christchurch District Court', 1), rec('organization', 'CDC', 1)],
      {'organization:cdc': ['US']},
    ],
    [
      'an acronym of an article about no one country',
      [rec('organization', 'United States Postal Service', 1), rec('organization', 'USPS', 1)],
      {'organization:usps': ['US', null]},
    ],
    [
      "a body named after a place, without the articles' countries",
      [rec('organization', 'United States Postal Service', 1), rec('organization', 'USPS', 1)],
      undefined,
    ],
    [
      'two bodies that both read so without their last conjunct',
      [
        rec('organization', 'Bureau of Coastal Safety and Rescue', 1),
        rec('organization', 'Board of Customs Services and Excise', 1),
        rec('organization', 'BCS', 1),
      ],
      undefined,
    ],
    [
      'two bodies named after places of its country that both fit',
      [
        rec('organization', 'Canada Border Services Agency', 1),
        rec('organization', 'Calgary Board of School Administrators', 1),
        rec('organization', 'CBSA', 1),
      ],
      {'organization:cbsa': ['CA']},
    ],
  ])('keeps apart: %s', (_, records, countries) => {
    expect(groups(records, countries)).toEqual([]);
  });
});

describe('linkEntities: the name a group of a body and its acronym shows', () => {
  it('is the name written out, though the acronym is named in more articles', () => {
    const records = [
      rec('organization', 'United States Central Intelligence Agency', 1, ['CIA']),
      rec('organization', 'CIA', 2),
    ];
    const countries: Record<string, string[]> = {
      'organization:cia': ['US', 'US'],
      'organization:united states central intelligence agency': ['US'],
    };
    const links = linkEntities(records, undefined, (key) => countries[key] ?? []);
    expect(links.records.map((r) => r.name)).toEqual(['United States Central Intelligence Agency']);
    expect(links.recordOf('organization:cia')?.aliases).toContain('CIA');
  });
});
