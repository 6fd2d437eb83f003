import {describe, expect, it} from 'vitest';
import {entityKey} from '../../src/store/entity-key.js';
import {linkEntities} from '../../src/store/link-entities.js';
import type {EntityRecord} from '../../src/store/types.js';

function person(name: string, articleCount: number, aliases: string[] = []): EntityRecord {
  return {
    key: entityKey('person', name),
    kind: 'person',
    name,
    aliases,
    articleCount,
    mentions: articleCount,
  };
}

describe('linkEntities, nickname: a given name alone its article writes with a quoted nickname', () => {
  it('joins the person the nickname and surname name, and says so', () => {
    const links = linkEntities([
      person('Spoke Lindqvist', 3, ['Lindqvist']),
      person('Marta', 1, ['Marta “Spoke” Lindqvist']),
    ]);
    expect(links.membersOf('person:marta')).toEqual(['person:spoke lindqvist', 'person:marta']);
    expect(links.records.map((r) => r.name)).toEqual(['Spoke Lindqvist']);
    expect(links.explain('person:marta').joined).toEqual([
      expect.objectContaining({rule: 'nickname', why: expect.stringContaining('Marta “Spoke” Lindqvist')}),
    ]);
  });

  it.each<[string, EntityRecord[]]>([
    [
      'the given name is named in two articles (the other may be someone else)',
      [person('Spoke Lindqvist', 3), person('Marta', 2, ['Marta "Spoke" Lindqvist'])],
    ],
    [
      'no record of the nickname and surname',
      [person('Anna Lindqvist', 1), person('Marta', 1, ['Marta "Spoke" Lindqvist'])],
    ],
    [
      'the form opens with another word than the record',
      [person('Spoke Lindqvist', 1), person('Marta', 1, ['Olle "Spoke" Lindqvist'])],
    ],
  ])('keeps apart when %s', (_, records) => {
    expect(linkEntities(records).records).toHaveLength(records.length);
  });
});
