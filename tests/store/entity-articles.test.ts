import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import {entityWhere, limitTh} from '../../src/store/entity-where.js';
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

describe('the "in …" line a page of mention rows at a time', () => {
  /** Stores each article's people (name → count) at `root`; returns the store. */
  function people(dbPath: string, root: string, named: Record<string, Record<string, number>>) {
    const store = openSqliteStore({dbPath, root});
    const writer = createWriter(store.db);
    const affected: Affected = new Map();
    const articles = Object.keys(named).map((id, i) =>
      article(id, {
        path: join(root, `${id}.md`),
        hash: `hash-${root}-${id}`,
        date: `2024-01-${10 + (i % 9)}`,
      }),
    );
    store.db.transaction(() => {
      for (const a of articles) writer.putArticle(store.root, a, affected);
      for (const a of articles)
        writer.putAnalysis(
          a.hash,
          1,
          analysis({people: Object.entries(named[a.id] ?? {}).map(([name, n]) => entity(name, n))}),
          affected,
        );
      writer.refreshEntities(affected);
    })();
    return store;
  }
  const keys = (store: SqliteStore, names: string[]): string[] =>
    names.map((name) => store.listEntities().find((e) => e.name === name)?.key ?? `missing ${name}`);
  const run = <T>(steps: Generator<void, T>): {value: T; steps: number} => {
    for (let n = 0; ; n++) {
      const step = steps.next();
      if (step.done) return {value: step.value, steps: n};
    }
  };

  it('sums several keys as the one query does, a page of rows a step', () => {
    const named: Record<string, Record<string, number>> = {};
    // Two people's rows over twelve articles, so that pages of two rows take several steps; sums tie and differ.
    for (let i = 0; i < 12; i++)
      named[`a${i}`] = {'Olena Petrenko': 1 + (i % 4), ...(i % 3 === 0 ? {'Marc Dubois': 1 + (i % 5)} : {})};
    const store = people(':memory:', '/harbour', named);
    const where = entityWhere(store.db);
    const both = keys(store, ['Olena Petrenko', 'Marc Dubois']);
    for (const limit of [1, 3, 5, 12, 20]) {
      const {value, steps} = run(where.steps(store.root, both, limit, 2));
      expect(value).toEqual(where(store.root, both, limit));
      // Twelve and four rows in pages of two, and the look-up: at least eight steps, none reading more than two rows.
      expect(steps).toBeGreaterThanOrEqual(8);
    }
    store.close();
  });

  it("asks again in full when the top sums are another library's", () => {
    const dbPath = tempDb();
    const root = dirname(dbPath);
    const other = people(dbPath, join(root, 'other'), {
      x: {'Olena Petrenko': 9, 'Marc Dubois': 9},
      y: {'Olena Petrenko': 8},
    });
    other.close();
    const store = people(dbPath, join(root, 'mine'), {
      quay: {'Olena Petrenko': 1},
      ferry: {'Marc Dubois': 2},
    });
    const where = entityWhere(store.db);
    const both = keys(store, ['Olena Petrenko', 'Marc Dubois']);
    const {value} = run(where.steps(store.root, both, 2, 1));
    expect(value.map((a) => a.articleId)).toEqual(['ferry', 'quay']);
    expect(value).toEqual(where(store.root, both, 2));
    store.close();
  });

  it('answers one key in one step, as entityArticles does', () => {
    const store = people(':memory:', '/harbour', {quay: {'Olena Petrenko': 1}, ferry: {'Olena Petrenko': 3}});
    const one = keys(store, ['Olena Petrenko']);
    const {value, steps} = run(entityWhere(store.db).steps(store.root, one, 3, 1));
    expect(steps).toBe(0);
    expect(value.map((a) => a.articleId)).toEqual(['ferry', 'quay']);
    store.close();
  });

  it.each([
    [[4, 1, 4, 3], 1, 4],
    [[4, 1, 4, 3], 2, 4],
    [[4, 1, 4, 3], 3, 3],
    [[4, 1, 4, 3], 4, 1],
    [[4, 1, 4, 3], 5, 0],
    [[], 3, 0],
  ])('limitTh(%j, %i) is the limit-th largest, duplicates counted: %i', (values, limit, expected) => {
    expect(limitTh(values, limit)).toBe(expected);
  });
});
