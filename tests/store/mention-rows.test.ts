import {describe, expect, it} from 'vitest';
import type {ArticleEntity} from '../../src/store/entity-index.js';
import {entityColumns, entityForms, mentionRow} from '../../src/store/mention-rows.js';

const entity = (over: Partial<ArticleEntity>): ArticleEntity => ({
  key: 'person:volodymyr zelensky',
  kind: 'person',
  name: 'Volodymyr Zelensky',
  aliases: ['Zelensky'],
  mentions: 2,
  sentences: ['Volodymyr Zelensky spoke.', 'Mr. Zelensky left “early”.'],
  quotes: [{text: 'We stand,', speaker: 'Volodymyr Zelensky'}],
  ...over,
});

describe('entityColumns, mentionRow and entityForms: an article’s entities as the mentions table stores them', () => {
  it('gives the list columns as JSON that reads back to the lists, and the forms for the entity records', () => {
    const e = entity({weak: true});
    const columns = entityColumns([e]);
    expect(mentionRow(columns, 0)).toEqual([
      e.key,
      'person',
      'Volodymyr Zelensky',
      '["Zelensky"]',
      2,
      '["Volodymyr Zelensky spoke.","Mr. Zelensky left “early”."]',
      '[{"text":"We stand,","speaker":"Volodymyr Zelensky"}]',
      1,
    ]);
    expect(JSON.parse(mentionRow(columns, 0)[5])).toEqual(e.sentences);
    expect(entityForms(columns)).toEqual([
      {key: e.key, kind: 'person', name: e.name, aliases: ['Zelensky'], mentions: 2, weak: true},
    ]);
  });

  it('writes an entity without a weak kind as 0, and one without aliases, sentences or quotes as empty lists', () => {
    const columns = entityColumns([entity({aliases: [], sentences: [], quotes: []})]);
    expect(mentionRow(columns, 0).slice(3)).toEqual(['[]', 2, '[]', '[]', 0]);
    expect(entityForms(columns)[0]).toMatchObject({aliases: [], weak: false});
  });

  it('keeps the entities in order, one entry of every column each', () => {
    const columns = entityColumns([entity({}), entity({key: 'place:kyiv', kind: 'place', name: 'Kyiv'})]);
    expect(Object.values(columns).map((c: unknown[]) => c.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    expect(entityForms(columns).map((f) => f.key)).toEqual(['person:volodymyr zelensky', 'place:kyiv']);
    expect(entityForms(entityColumns([]))).toEqual([]);
  });
});
