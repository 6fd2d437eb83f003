import {describe, expect, it} from 'vitest';
import type {ArticleEntity} from '../../src/store/entity-index.js';
import {mentionRows, storedEntities} from '../../src/store/mention-rows.js';

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

describe('storedEntities and mentionRows: an article’s entities as the mentions table stores them', () => {
  it('keeps the form for the entity records and gives the list columns as JSON that reads back to the lists', () => {
    const e = entity({weak: true});
    const [stored] = storedEntities([e]);
    expect(stored).toMatchObject({
      key: e.key,
      kind: 'person',
      name: e.name,
      aliases: ['Zelensky'],
      mentions: 2,
    });
    expect(stored?.weak).toBe(true);
    const [row] = mentionRows(stored ? [stored] : []);
    expect(row).toEqual([
      e.key,
      'person',
      'Volodymyr Zelensky',
      '["Zelensky"]',
      2,
      '["Volodymyr Zelensky spoke.","Mr. Zelensky left “early”."]',
      '[{"text":"We stand,","speaker":"Volodymyr Zelensky"}]',
      1,
    ]);
    expect(JSON.parse(row?.[5] ?? 'null')).toEqual(e.sentences);
  });

  it('writes an entity without a weak kind as 0, and one without aliases, sentences or quotes as empty lists', () => {
    const [row] = mentionRows(storedEntities([entity({aliases: [], sentences: [], quotes: []})]));
    expect(row?.slice(3)).toEqual(['[]', 2, '[]', '[]', 0]);
  });
});
