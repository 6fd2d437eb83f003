import {describe, expect, it} from 'vitest';
import {partyMembers} from '../../src/search/forms.js';
import {createEntitySearch} from '../../src/search/index.js';
import {entityKey} from '../../src/store/entity-key.js';
import type {EntityRecord} from '../../src/store/types.js';

function org(name: string, articleCount: number): EntityRecord {
  return {
    key: entityKey('organization', name),
    kind: 'organization',
    name,
    aliases: [],
    articleCount,
    mentions: 1,
  };
}

describe('partyMembers', () => {
  it.each<[string, string | null]>([
    ['Harbour Democratic Party', 'Harbour Democrats'],
    ['United States Democratic Party', 'Democrats'],
    ['Republican Party (United States)', 'Republicans'],
    ['Ohio Libertarian Party', 'Libertarians'],
    ['Socialist Party', 'Socialists'],
    ['Progressive Party', 'Progressives'],
    ['Liberal Party (Canada)', 'Liberals'],
    // No plural anyone writes for the party, or no party.
    ['Reform Party', null],
    ['Labour Party', null],
    ['Party', null],
    ['Democratic Institute', null],
    ['Natural Law Party of Michigan', null],
  ])('%s → %s', (name, expected) => {
    expect(partyMembers(name)).toBe(expected);
  });

  it('finds a party by what its members are called before a body with that word in its name', () => {
    const search = createEntitySearch([
      org('Liberal Democrats', 5),
      org('United States Democratic Party', 3),
    ]);
    expect(search.search('democrats')[0]?.entity.name).toBe('United States Democratic Party');
    expect(search.search('democrats')[0]?.matched).toBe('Democrats');
  });
});
