import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {listTotals, soleRootCheck} from '../../src/store/list-totals.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWriter, type Affected} from '../../src/store/store-writes.js';
import {analysis, article, entity} from '../ui/helpers/library.js';

// A database holding one library answers the reader's counts from its indexes alone (no look at each file's
// library); one holding two cannot. Both must give the same answers for the same library, and the answers the
// full article list gives.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-sole-'));
  dirs.push(dir);
  return join(dir, 'brief.db');
}

/**
 * Stores a made-up library at `root`: each text names Olena Petrenko and the United States (as "USA" in some,
 * which linking joins), and every text has a copy in a second folder (same hash, same URL).
 */
function fill(store: SqliteStore, root: string, texts: number, copies = true): void {
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  const made: Article[] = [];
  const analyses = new Map<string, Analysis>();
  for (let i = 0; i < texts; i++) {
    const base = {
      hash: `hash-${root}-${i}`,
      url: `https://example.org/${root}/${i}`,
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Harbour report ${i}`,
    };
    made.push(article(`t${i}`, {...base, path: join(root, `t${i}.md`)}));
    if (copies) made.push(article(`c${i}`, {...base, path: join(root, 'copies', `c${i}.md`)}));
    analyses.set(
      base.hash,
      analysis({
        people: [entity('Olena Petrenko', (i % 4) + 1)],
        places: [entity(i % 3 === 0 ? 'USA' : 'United States', (i % 5) + 1)],
      }),
    );
  }
  store.db.transaction(() => {
    for (const a of made) writer.putArticle(root, a, affected);
    for (const [hash, a] of analyses) writer.putAnalysis(hash, 1, a, affected);
    // A file that is not an article: in the files table, never counted.
    writer.putSkipped(
      root,
      {path: join(root, 'notes.md'), id: 'notes', size: 0, mtimeMs: 0, reason: 'empty file'},
      affected,
    );
    writer.refreshEntities(affected);
  })();
}

/** Edits article `id` in place: new text (hash), same path and URL, so only its mark by URL still names it. */
function edit(store: SqliteStore, root: string, id: string, n: number): void {
  const writer = createWriter(store.db);
  const affected: Affected = new Map();
  store.db.transaction(() => {
    writer.putArticle(
      root,
      article(id, {
        path: join(root, `${id}.md`),
        hash: `hash-${root}-edited-${id}`,
        url: `https://example.org/${root}/${n}`,
        title: `Harbour report ${n} (updated)`,
      }),
      affected,
    );
    writer.refreshEntities(affected);
  })();
}

/** What the reader asks of the library at `root`. */
function answers(store: SqliteStore) {
  const people = store.listEntities().filter((e) => e.kind === 'person');
  const places = store.listEntities().filter((e) => e.kind === 'place');
  const keys = [...people, ...places].map((e) => e.key);
  return {
    first: store.firstArticles?.(3),
    entities: [...people, ...places].map((e) => [e.name, e.articleCount]),
    counts: keys.map((k) => store.entityCount?.(k)),
    where: keys.map((k) => store.entityArticles(k, 3).map((a) => [a.articleId, a.mentions])),
    page: keys.map((k) => store.entityPage?.(k, 0, 5).map((o) => o.articleId)),
  };
}

describe('a database with one library', () => {
  it('gives the answers a database shared with another library gives', () => {
    const alone = tempDb();
    const shared = tempDb();
    const mine = join(alone, '..', 'mine');
    const one = openSqliteStore({dbPath: alone, root: mine});
    fill(one, one.root, 12);
    const other = openSqliteStore({dbPath: shared, root: join(shared, '..', 'other')});
    fill(other, other.root, 9);
    other.close();
    const two = openSqliteStore({dbPath: shared, root: mine});
    fill(two, two.root, 12);
    for (const s of [one, two]) {
      s.setRead('t1', true);
      s.setRead('t4', true);
      s.setFavourite('t2', true);
      s.setRead('c5', true);
      edit(s, s.root, 't4', 4);
    }
    expect(soleRootCheck(one.db)(one.root)).toBe(true);
    expect(soleRootCheck(two.db)(two.root)).toBe(false);
    const a = answers(one);
    expect(a).toEqual(answers(two));
    // Copies share their text's marks: t1 and c1, t5 and c5, t4 by its URL after the edit and c4, which keeps
    // the old text (its mark by hash) and the URL.
    expect(a.first).toMatchObject({total: 24, unread: 24 - 6});
    const listed = one.listArticles();
    expect(a.first?.total).toBe(listed.length);
    expect(a.first?.unread).toBe(listed.filter((x) => !x.read).length);
    // The edited t4 has no analysis yet: 23 articles name them.
    expect(a.entities).toEqual([
      ['Olena Petrenko', 23],
      ['United States', 23],
    ]);
    expect(a.counts).toEqual([23, 23]);
    one.close();
    two.close();
  });

  it('counts read articles from the marks, or from the files when marks name much of the library', () => {
    const store = openSqliteStore({dbPath: tempDb(), root: '/harbour'});
    fill(store, store.root, 40, false);
    const totals = listTotals(store.db, soleRootCheck(store.db));
    const truth = () => {
      const listed = store.listArticles();
      return {total: listed.length, read: listed.filter((x) => x.read).length};
    };
    // Two marks (by hash and URL) of 40 articles: read from the marks.
    store.setRead('t3', true);
    expect(totals(store.root)).toEqual({total: 40, read: 1});
    // An edit leaves only the URL mark naming t3; unmarking t7 leaves marks that say unread.
    edit(store, store.root, 't3', 3);
    store.setRead('t7', true);
    store.setRead('t7', false);
    expect(totals(store.root)).toEqual(truth());
    expect(truth()).toEqual({total: 40, read: 1});
    // Marks for a quarter of the library: read through the files, the same answer.
    for (let i = 10; i < 20; i++) store.setRead(`t${i}`, true);
    expect(totals(store.root)).toEqual({total: 40, read: 11});
    expect(totals(store.root)).toEqual(truth());
    store.close();
  });
});
