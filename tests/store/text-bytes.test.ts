import {describe, expect, it} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {articleEntities} from '../../src/store/entity-index.js';
import {entityColumns, type EntityColumns} from '../../src/store/mention-rows.js';
import {packAnalysis} from '../../src/store/packed-analysis.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import {storedFailures} from '../../src/store/stored-failures.js';
import {textOf, utf8Views} from '../../src/store/text-bytes.js';

describe('utf8Views: texts as UTF-8 on one buffer', () => {
  it('gives each text its UTF-8 bytes, every view on the same buffer, and reads them back', () => {
    const texts = ['“We are ready,” said Ada Varga.', '', 'Lindholm ⚓ 🚢', 'plain'];
    const views = utf8Views(texts);
    expect(views.map((v) => Buffer.from(v).toString('hex'))).toEqual(
      texts.map((t) => Buffer.from(t, 'utf8').toString('hex')),
    );
    expect(new Set(views.map((v) => v.buffer)).size).toBe(1);
    expect(views.map(textOf)).toEqual(texts);
  });

  it('writes a lone surrogate as U+FFFD, as SQLite gets a string bound, and outgrows its first buffer', () => {
    const [lone] = utf8Views(['a\ud800b']);
    expect(Buffer.from(lone as Uint8Array).toString('hex')).toBe('61efbfbd62');
    const long = '“Harbour” '.repeat(20_000);
    const [view] = utf8Views([long]);
    expect(textOf(view as Uint8Array)).toBe(long);
    expect(textOf('as it is')).toBe('as it is');
  });
});

const ARTICLE: Article = {
  id: 'harbour',
  path: '/lib/harbour.md',
  title: 'Harbour opens',
  source: null,
  authors: [],
  contributors: [],
  date: '2024-01-01',
  url: null,
  paragraphs: [
    '“We are ready,” said Ada Varga, the mayor of Lindholm.',
    'At least 15 ships docked on Monday.',
  ],
  text: '“We are ready,” said Ada Varga, the mayor of Lindholm.\n\nAt least 15 ships docked on Monday.',
  hash: 'h1',
  size: 100,
  mtimeMs: 1,
};

const ANALYSIS: Analysis = {
  summary: ['“We are ready,” said Ada Varga.'],
  people: [{name: 'Ada Varga', aliases: [], mentions: 1}],
  places: [{name: 'Lindholm', aliases: [], mentions: 1}],
  organizations: [],
  quotes: [{text: 'We are ready', speaker: 'Ada Varga'}],
  facts: [],
  failures: [{stage: 'facts', reason: 'out of time'}],
};

/** The article and its analysis stored with the long texts as strings, or as a worker sends them (bytes). */
function stored(asBytes: boolean): SqliteStore {
  const store = openSqliteStore({dbPath: ':memory:', root: '/lib'});
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  const packed = packAnalysis(ANALYSIS);
  const columns = entityColumns(articleEntities(ARTICLE, ANALYSIS));
  const n = columns.keys.length;
  const views = utf8Views([
    ARTICLE.text,
    packed.json as string,
    ...(columns.sentences as string[]),
    ...(columns.quotes as string[]),
  ]);
  const entities: EntityColumns = asBytes
    ? {...columns, sentences: views.slice(2, 2 + n), quotes: views.slice(2 + n)}
    : columns;
  const {text: _, ...sent} = ARTICLE;
  store.db.transaction(() => {
    writer.putArticle('/lib', sent, affected, [], asBytes ? views[0] : undefined);
    writer.putAnalysis(
      ARTICLE.hash,
      1,
      asBytes ? {...packed, json: views[1] as Uint8Array} : packed,
      affected,
      entities,
    );
    writer.refreshEntities(affected);
  })();
  return store;
}

const rows = (store: SqliteStore, sql: string): unknown[] => store.db.prepare(sql).raw().all();

describe('the long texts stored from their UTF-8 bytes', () => {
  it('makes the rows their strings make: text, the same values, found by the text index and the failures index', () => {
    const [fromText, fromBytes] = [stored(false), stored(true)];
    try {
      for (const sql of [
        'SELECT typeof(body), body FROM bodies',
        'SELECT typeof(json), json FROM analyses',
        'SELECT key, typeof(sentences), sentences, typeof(quotes), quotes FROM mentions ORDER BY key',
        "SELECT rowid FROM fts WHERE fts MATCH 'Lindholm'",
      ])
        expect(rows(fromBytes, sql)).toEqual(rows(fromText, sql));
      expect(rows(fromBytes, 'SELECT typeof(body) FROM bodies')).toEqual([['text']]);
      expect(rows(fromBytes, "SELECT count(*) FROM fts WHERE fts MATCH 'Lindholm'")).toEqual([[1]]);
      expect(storedFailures(fromBytes.db, '/lib', 1).map((f) => f.path)).toEqual(['/lib/harbour.md']);
      expect(rows(fromBytes, 'SELECT sentences FROM mentions').join('')).toContain('“We are ready,”');
    } finally {
      fromText.close();
      fromBytes.close();
    }
  });
});
