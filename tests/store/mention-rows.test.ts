import {serialize} from 'node:v8';
import {describe, expect, it} from 'vitest';
import type {ArticleEntity} from '../../src/store/entity-index.js';
import {entityColumns, entityForms, mentionRow} from '../../src/store/mention-rows.js';
import {oneByte} from '../../src/store/one-byte.js';

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

  it('keeps the entities in order, each row its own fields', () => {
    const kyiv = entity({key: 'place:kyiv', kind: 'place', name: 'Kyiv', aliases: [], mentions: 5});
    const columns = entityColumns([entity({}), kyiv]);
    expect(columns.count).toBe(2);
    expect(mentionRow(columns, 1)).toEqual([
      'place:kyiv',
      'place',
      'Kyiv',
      '[]',
      5,
      JSON.stringify(kyiv.sentences),
      JSON.stringify(kyiv.quotes),
      0,
    ]);
    expect(entityForms(columns).map((f) => [f.key, f.kind, f.name, f.aliases])).toEqual([
      ['person:volodymyr zelensky', 'person', 'Volodymyr Zelensky', ['Zelensky']],
      ['place:kyiv', 'place', 'Kyiv', []],
    ]);
    expect(entityForms(entityColumns([]))).toEqual([]);
  });
});

// A string's size as the workers' replies serialise it: about one byte a character when V8 holds it as one-byte.
const sentBytes = (text: string): number => serialize(text).length;

describe('oneByte: a worker’s texts as one-byte strings where their characters allow', () => {
  // Cut from a text with a curly quote, as the keys and sentences of such an article are: two-byte, though ASCII.
  const cut = 'Kyiv said on Monday that the talks ’ended’'.slice(0, 30);

  it('keeps the characters and makes a string cut from a two-byte text one-byte', () => {
    expect(sentBytes(cut)).toBeGreaterThan(2 * cut.length);
    expect(oneByte(cut)).toBe(cut);
    expect(sentBytes(oneByte(cut))).toBeLessThan(cut.length + 8);
    expect(oneByte('café in Zürich, ’')).toBe('café in Zürich, ’');
    expect(oneByte('café in Zürich, ’'.slice(0, 14))).toBe('café in Zürich');
  });

  it('sends the entity columns one-byte when their characters allow', () => {
    const columns = entityColumns([entity({key: `person:${cut}`, sentences: [cut]})]);
    expect(sentBytes(columns.names)).toBeLessThan(columns.names.length + 8);
    expect(sentBytes(columns.texts)).toBeLessThan(columns.texts.length + 8);
    expect(mentionRow(columns, 0)[0]).toBe(`person:${cut}`);
  });
});
