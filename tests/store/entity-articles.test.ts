import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import {analysis, article, entity} from '../ui/helpers/library.js';

// The line under a search result ("in Title · Title") names the articles that name the entity most: read from the
// mentions index with only the top counts looked up, which must give what summing every article would.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** Stores `counts` (article id → how often it names Olena Petrenko) as the library at `root` of `dbPath`. */
function library(
  dbPath: string,
  root: string,
  counts: Record<string, number>,
  dates: Record<string, string> = {},
) {
  const store = openSqliteStore({dbPath, root});
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  const articles: Article[] = Object.keys(counts).map((id) =>
    article(id, {path: join(root, `${id}.md`), hash: `hash-${root}-${id}`, date: dates[id] ?? '2024-01-01'}),
  );
  const analyses: Record<string, Analysis> = Object.fromEntries(
    Object.entries(counts).map(([id, n]) => [id, analysis({people: [entity('Olena Petrenko', n)]})]),
  );
  store.db.transaction(() => {
    for (const a of articles) writer.putArticle(store.root, a, affected);
    for (const a of articles) writer.putAnalysis(a.hash, 1, analyses[a.id] as Analysis, affected);
    writer.refreshEntities(affected);
  })();
  return store;
}

const keyOf = (store: SqliteStore): string =>
  store.listEntities().find((e) => e.name === 'Olena Petrenko')?.key ?? 'missing';

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-where-'));
  dirs.push(dir);
  return join(dir, 'brief.db');
}

describe("an entity's most-naming articles", () => {
  it('lists the articles naming it most, newest first among equal counts', () => {
    const store = library(
      ':memory:',
      '/harbour',
      {quay: 1, ferry: 4, berth: 2, tug: 4, dock: 3},
      {ferry: '2024-03-01', tug: '2024-05-01'},
    );
    const ids = store.entityArticles(keyOf(store), 3).map((a) => [a.articleId, a.mentions]);
    expect(ids).toEqual([
      ['tug', 4],
      ['ferry', 4],
      ['dock', 3],
    ]);
    expect(store.entityArticles(keyOf(store), 10)).toHaveLength(5);
    store.close();
  });

  it("counts only this library's articles, even when another library in the database names it more", () => {
    const dbPath = tempDb();
    const other = library(dbPath, join(dirname(dbPath), 'other'), {a: 9, b: 8, c: 7, d: 6});
    other.close();
    const store = library(dbPath, join(dirname(dbPath), 'mine'), {quay: 1, ferry: 3, berth: 2});
    expect(store.entityArticles(keyOf(store), 2).map((a) => a.articleId)).toEqual(['ferry', 'berth']);
    store.close();
  });
});

function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

describe('a linked entity counts each article once', () => {
  it('counts an article naming two forms of one place once, in search and in its view', () => {
    const store = openSqliteStore({dbPath: ':memory:', root: '/news'});
    const writer = createWriter(store.db);
    const affected: Affected = new Map();
    // "both" names the country twice over (USA and United States), as many articles do.
    const places: Record<string, string[]> = {
      both: ['USA', 'United States'],
      long: ['United States'],
      short: ['USA'],
    };
    const articles = Object.keys(places).map((id) =>
      article(id, {path: `/news/${id}.md`, hash: `hash-${id}`}),
    );
    store.db.transaction(() => {
      for (const a of articles) writer.putArticle(store.root, a, affected);
      for (const a of articles)
        writer.putAnalysis(
          a.hash,
          1,
          analysis({places: (places[a.id] ?? []).map((name) => entity(name, 2))}),
          affected,
        );
      writer.refreshEntities(affected);
    })();
    const us = store.listEntities().filter((e) => e.kind === 'place');
    expect(us.map((e) => [e.name, e.articleCount])).toEqual([['United States', 3]]);
    const key = (us[0] as {key: string}).key;
    expect(store.entityCount?.(key)).toBe(3);
    expect(store.entityPage?.(key, 0, 10).map((o) => o.articleId)).toHaveLength(3);
    store.close();
  });
});
