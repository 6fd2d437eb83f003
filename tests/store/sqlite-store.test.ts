import {existsSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import type {Article} from '../../src/library/types.js';
import {dayTime, LATE_INDEXES, RETIRED_INDEXES} from '../../src/store/schema.js';
import {articleText, countingPool, fakeAnalyze, rewrite} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

function library(): string {
  return tempDir({
    'kyiv.md': articleText(
      'Strike on Kyiv',
      'Drones hit homes in Kyiv overnight. Olena Petrenko said the sirens woke her.\n\n“We hid in the metro” said Olena Petrenko.',
      {
        url: 'https://example.org/kyiv',
        date: '2024-03-02',
      },
    ),
    'vote.md': articleText(
      'Vote in Berlin',
      'Lawmakers met in Berlin. Olena Petrenko spoke for the delegation and Hans Weber answered.',
      {date: '2024-03-01'},
    ),
    'notes/README.md': '# not an article\n',
    'empty.txt': '',
  });
}

function store(root: string, dbPath = join(tempDir(), 'brief.db')): SqliteStore {
  const s = openSqliteStore({dbPath, root});
  open.push(s);
  return s;
}

describe('SQLite store: a fresh index', () => {
  it('lists articles newest first with counts, entities merged across articles, sentences per entity', async () => {
    const s = store(library());
    expect(s.listArticles()).toEqual([]);
    const pool = countingPool();
    const run = startIndexing(s, {pool});
    const summary = await run.done;
    expect(summary).toMatchObject({files: 3, added: 2, extracted: 2, removed: 0, unchanged: 0});
    expect(summary.skipped.map((f) => f.reason)).toEqual(['empty file']);
    // The reader's status line names the file after the reason.
    expect(run.progress().skipped).toEqual({count: 1, first: 'empty file (empty.txt)'});

    const list = s.listArticles();
    expect(list.map((a) => a.title)).toEqual(['Strike on Kyiv', 'Vote in Berlin']);
    expect(list[0]).toMatchObject({read: false, favourite: false, counts: {people: 1, quotes: 1, facts: 0}});
    expect(s.getArticle('kyiv')?.paragraphs).toHaveLength(2);
    expect(s.getAnalysis('vote')?.people.map((p) => p.name)).toEqual(['Olena Petrenko', 'Hans Weber']);

    const olena = s.listEntities().find((e) => e.name === 'Olena Petrenko');
    expect(olena).toMatchObject({kind: 'person', articleCount: 2, mentions: 3});
    const occurrences = s.entityOccurrences(olena?.key ?? '');
    expect(occurrences.map((o) => o.articleId)).toEqual(['kyiv', 'vote']);
    expect(occurrences[0]?.quotes.map((q) => q.text)).toEqual(['We hid in the metro']);
    expect(occurrences[1]?.sentences).toEqual([
      'Olena Petrenko spoke for the delegation and Hans Weber answered.',
    ]);
  });

  it('finds article text with FTS5, prefix on the last word, and never chokes on query syntax', async () => {
    const s = store(library());
    await startIndexing(s, {pool: countingPool()}).done;
    expect(s.searchText?.('sirens wok').map((h) => h.articleId)).toEqual(['kyiv']);
    const hit = s.searchText?.('delegation')[0];
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['delegation']);
    for (const q of ['"', 'AND OR NOT', '*', 'kyiv NEAR(', '-', ''])
      expect(() => s.searchText?.(q)).not.toThrow();
  });

  it('marks a quoted phrase whole in the snippet, with each hit its own article', async () => {
    // Made up on the shape of a shipped article's sentence: the phrase starts at the 16th word of a sentence, where
    // FTS5's snippet() (16 words from the sentence start) ended its window, marking "[death]" alone.
    const s = store(
      tempDir({
        'flood.md': articleText(
          'Flood in Varna',
          'Rain fell for a week. The Regional Flood Risk Reduction and Management Council of the Varna Province ' +
            'raised the earlier death toll to six after the river burst its banks.',
        ),
        'fire.md': articleText(
          'Fire in Lima',
          'Officials were told not to make the death toll figures public.',
        ),
      }),
    );
    await startIndexing(s, {pool: countingPool()}).done;
    const hits = s.searchText?.('"death toll"') ?? [];
    expect(hits.map((h) => h.articleId).sort()).toEqual(['fire', 'flood']);
    for (const h of hits) expect(h.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['death toll']);
    const flood = hits.find((h) => h.articleId === 'flood');
    expect(flood?.snippet.map((p) => p.text).join('')).toContain('earlier death toll to six');
  });
});

describe('entities named differently in different articles', () => {
  // fakeAnalyze plus "Mr. X": an alias of the article's full name ending in X, else a person of its own.
  const analyze = (article: Article) => {
    const analysis = fakeAnalyze(article);
    for (const [form, surname] of article.text.matchAll(/Mr\. (\p{Lu}\p{Ll}+)/gu)) {
      const full = analysis.people.find((p) => p.name.endsWith(` ${surname}`));
      if (full) full.aliases = [...new Set([...full.aliases, form])];
      else if (!analysis.people.some((p) => p.name === surname))
        analysis.people.push({name: surname ?? '', aliases: [], mentions: 1});
    }
    return analysis;
  };
  const files = {
    'a.md': articleText('Rally', 'Donald Trump spoke in Ohio. Mr. Trump left early.', {date: '2024-01-02'}),
    'b.md': articleText('Golf', 'Mr. Trump golfed in Florida.', {date: '2024-01-03'}),
    'c.md': articleText('Vote', 'Olena Petrenko voted in Kyiv.', {date: '2024-01-01'}),
  };

  it('are one entity in search and in the entity view', async () => {
    const s = store(tempDir(files));
    await startIndexing(s, {pool: countingPool(1, analyze)}).done;
    const people = s.listEntities().filter((e) => e.kind === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['Donald Trump', 'Olena Petrenko']);
    const trump = people.find((p) => p.name === 'Donald Trump');
    expect(trump).toMatchObject({articleCount: 2});
    expect(trump?.aliases).toContain('Trump');
    // From search (the group's key) and from an article's panel (the bare name's own key) alike.
    for (const key of [trump?.key ?? '', 'person:trump']) {
      const seen = s.entityOccurrences(key);
      expect(seen.map((o) => o.articleId)).toEqual(['b', 'a']);
      expect(seen[0]?.sentences).toEqual(['Mr. Trump golfed in Florida.']);
    }
  });
});

describe('SQLite store: incremental indexing', () => {
  it('reads only new and changed files, drops deleted ones and their entities', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    await startIndexing(store(root, dbPath), {pool: countingPool()}).done;

    rewrite(
      root,
      'vote.md',
      articleText('Vote in Berlin', 'Lawmakers met in Hamburg. Greta Klein chaired.', {date: '2024-03-01'}),
    );
    writeFileSync(join(root, 'new.md'), articleText('New one', 'Rain fell in Oslo.', {date: '2024-03-05'}));
    rmSync(join(root, 'kyiv.md'));
    const pool = countingPool();
    const s = store(root, dbPath);
    const summary = await startIndexing(s, {pool}).done;

    expect(summary).toMatchObject({added: 1, changed: 1, removed: 1, extracted: 2});
    // The bad file is unchanged: it is remembered, not read again.
    expect(pool.reads.map((p) => p.split('/').pop()).sort()).toEqual(['new.md', 'vote.md']);
    expect(s.listArticles().map((a) => a.id)).toEqual(['new', 'vote']);
    const names = s
      .listEntities()
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(['Berlin', 'Greta Klein', 'Hamburg', 'Oslo']);
    expect(s.searchText?.('sirens')).toEqual([]);
    // The text index follows the edit: the old words are gone, the new ones found.
    expect(s.searchText?.('delegation')).toEqual([]);
    expect(s.searchText?.('Hamburg').map((h) => h.articleId)).toEqual(['vote']);
  });

  it('reports progress in extractions and ends with one finished report', async () => {
    const s = store(library());
    const run = startIndexing(s, {pool: countingPool(), progressEveryMs: 0});
    const reports: {done: number; total: number; finished: boolean}[] = [];
    run.subscribe((p, finished) => reports.push({done: p.done, total: p.total, finished}));
    await run.done;
    expect(reports.at(-1)).toEqual({done: 2, total: 2, finished: true});
    expect(reports.filter((r) => r.finished)).toHaveLength(1);
    expect(reports.every((r) => r.done <= r.total)).toBe(true);
    const late: boolean[] = [];
    run.subscribe((_p, finished) => late.push(finished));
    expect(late).toEqual([true]);
  });

  it('does nothing on a second run over an unchanged folder', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    await startIndexing(store(root, dbPath), {pool: countingPool()}).done;
    const pool = countingPool();
    const summary = await startIndexing(store(root, dbPath), {pool}).done;
    expect(summary).toMatchObject({unchanged: 3, added: 0, changed: 0, extracted: 0});
    expect(pool.reads).toEqual([]);
    expect(pool.extracts).toEqual([]);
  });

  it('says in its reports whether the run changed anything', async () => {
    const root = library();
    const s = store(root);
    const changes = async () => {
      const run = startIndexing(s, {pool: countingPool(), progressEveryMs: 0});
      const seen: (boolean | undefined)[] = [];
      run.subscribe((p) => seen.push(p.changed));
      await run.done;
      return seen;
    };
    expect((await changes()).at(-1)).toBe(true);
    expect(new Set(await changes())).toEqual(new Set([false]));
    rmSync(join(root, 'vote.md'));
    expect((await changes()).at(-1)).toBe(true);
    expect(new Set(await changes())).toEqual(new Set([false]));
  });

  it('re-extracts everything when the extractor version changes, showing the old analysis meanwhile', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const s = store(root, dbPath);
    await startIndexing(s, {pool: countingPool(1)}).done;
    const old = s.getAnalysis('kyiv');
    expect(old).not.toBeNull();

    const pool = countingPool(2, (a) => ({
      summary: ['v2'],
      people: [],
      places: [],
      organizations: [],
      quotes: [],
      facts: [{text: a.title, sentence: a.title, values: []}],
    }));
    const summary = await startIndexing(s, {pool}).done;
    expect(summary).toMatchObject({extracted: 2, extractorVersion: 2, unchanged: 3});
    expect(pool.reads).toEqual([]);
    expect(s.getAnalysis('kyiv')?.summary).toEqual(['v2']);
    expect(s.listEntities()).toEqual([]);
    expect(s.listArticles()[0]?.counts).toEqual({people: 0, quotes: 0, facts: 1});
    // Two analyses per text: the first page still has one row per article, the newest analysis's counts.
    expect(s.firstArticles?.(1)).toEqual({articles: s.listArticles().slice(0, 1), total: 2, unread: 2});
  });

  it('keeps read and favourite marks across a rename (same content) and an edit (same URL)', async () => {
    const root = library();
    const s = store(root);
    await startIndexing(s, {pool: countingPool()}).done;
    s.setRead('kyiv', true);
    s.setFavourite('vote', true);
    s.setFavourite('kyiv', true);
    s.setFavourite('kyiv', false);

    renameSync(join(root, 'vote.md'), join(root, 'moved-vote.md'));
    rewrite(
      root,
      'kyiv.md',
      articleText('Strike on Kyiv (updated)', 'Drones hit homes in Kyiv overnight.', {
        url: 'https://example.org/kyiv',
        date: '2024-03-02',
      }),
    );
    const pool = countingPool();
    await startIndexing(s, {pool}).done;

    const byId = new Map(s.listArticles().map((a) => [a.id, a]));
    expect(byId.get('moved-vote')).toMatchObject({favourite: true, read: false});
    expect(byId.get('kyiv')).toMatchObject({title: 'Strike on Kyiv (updated)', read: true, favourite: false});
    // The renamed file's content was already analysed: only the edited one is extracted.
    expect(pool.extracts.map((p) => p.split('/').pop())).toEqual(['kyiv.md']);
    // The first frame's page and totals agree with the full list, marks by hash and by URL alike.
    expect(s.firstArticles?.(1)).toEqual({articles: s.listArticles().slice(0, 1), total: 2, unread: 1});
    expect(s.firstArticles?.(10)?.articles).toEqual(s.listArticles());
  });

  it('keeps the marks of an article without a URL across an edit, and its copies keep theirs', async () => {
    const root = tempDir({
      'note.txt': 'A harbour note\n\nAda Varga opened berth two.\n',
      'copy/note.txt': 'A harbour note\n\nAda Varga opened berth two.\n',
      'other.txt': 'A market note\n\nTraders were calm.\n',
    });
    const s = store(root);
    await startIndexing(s, {pool: countingPool()}).done;
    const idOf = (path: string) => s.listArticles().find((a) => a.path === join(root, path))?.id ?? '';
    s.setFavourite(idOf('note.txt'), true);
    s.setRead(idOf('note.txt'), true);
    rewrite(root, 'note.txt', 'A harbour note\n\nAda Varga opened berth two.\n\nShe closed it at noon.\n');
    await startIndexing(s, {pool: countingPool()}).done;
    const byPath = (path: string) => s.listArticles().find((a) => a.path === join(root, path));
    expect(byPath('note.txt')).toMatchObject({read: true, favourite: true});
    // The copy still has the old text, whose marks it shares; the other article never had any.
    expect(byPath('copy/note.txt')).toMatchObject({read: true, favourite: true});
    expect(byPath('other.txt')).toMatchObject({read: false, favourite: false});
    // A mark made on the edited text is its own from now on.
    s.setRead(idOf('note.txt'), false);
    expect(byPath('copy/note.txt')?.read).toBe(true);
  });

  it('journals the marks an edit carries, so they survive the loss of the database', async () => {
    const root = tempDir({'note.txt': 'A harbour note\n\nAda Varga opened berth two.\n'});
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    const id = first.listArticles()[0]?.id ?? '';
    first.setFavourite(id, true);
    rewrite(root, 'note.txt', 'A harbour note\n\nAda Varga opened berth two.\n\nShe closed it at noon.\n');
    await startIndexing(first, {pool: countingPool()}).done;
    first.close();
    // The database is gone; its journal is all that is left of the marks.
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, {force: true});
    const again = store(root, dbPath);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(again.listArticles()[0]).toMatchObject({favourite: true});
    again.close();
  });

  it('keeps the entity index equal to a from-scratch build through adds, copies, edits and deletes', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const sorted = (s: SqliteStore) =>
      s
        .listEntities()
        .map((e) => ({...e, aliases: [...e.aliases].sort()}))
        .sort((a, b) => a.key.localeCompare(b.key));
    const steps: ((dir: string) => void)[] = [
      (dir) =>
        writeFileSync(
          join(dir, 'c.md'),
          articleText('More', 'Olena Petrenko met Hans Weber in Kyiv. Olena Petrenko left.'),
        ),
      (dir) => writeFileSync(join(dir, 'copy.md'), readFileSync(join(dir, 'c.md'))),
      (dir) => rewrite(dir, 'kyiv.md', articleText('Strike', 'Hans Weber stayed in Lviv.')),
      (dir) => rmSync(join(dir, 'c.md')),
      (dir) => rmSync(join(dir, 'vote.md')),
    ];
    await startIndexing(store(root, dbPath), {pool: countingPool()}).done;
    for (const step of steps) {
      step(root);
      const incremental = store(root, dbPath);
      await startIndexing(incremental, {pool: countingPool()}).done;
      const scratch = store(root);
      await startIndexing(scratch, {pool: countingPool()}).done;
      expect(sorted(incremental)).toEqual(sorted(scratch));
    }
    const hans = store(root, dbPath)
      .listEntities()
      .find((e) => e.name === 'Hans Weber');
    expect(hans).toMatchObject({articleCount: 2});
  });

  it('lists each library folder apart in one database', async () => {
    const dbPath = join(tempDir(), 'brief.db');
    const a = store(library(), dbPath);
    const b = store(tempDir({'solo.md': articleText('Solo', 'Anna Berg was in Rome.')}), dbPath);
    await startIndexing(a, {pool: countingPool()}).done;
    await startIndexing(b, {pool: countingPool()}).done;
    expect(a.listArticles()).toHaveLength(2);
    expect(b.listArticles().map((x) => x.id)).toEqual(['solo']);
    expect(
      b
        .listEntities()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Anna Berg', 'Rome']);
  });
});

describe('SQLite store: damaged or foreign database files', () => {
  it('rebuilds the cache of an older layout and keeps the marks', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    first.setFavourite('vote', true);
    first.close();
    const raw = new Database(dbPath);
    raw.pragma('user_version = 1');
    raw.close();
    const again = store(root, dbPath);
    expect(again.listArticles()).toEqual([]);
    await startIndexing(again, {pool: countingPool()}).done;
    expect(again.listArticles().find((a) => a.id === 'vote')?.favourite).toBe(true);
  });

  it('adds an index that came after its schema version on open, keeping the cache', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    const listed = first.listArticles();
    first.close();
    const raw = new Database(dbPath);
    for (const name of Object.keys(LATE_INDEXES)) raw.exec(`DROP INDEX ${name}`);
    raw.close();
    const again = store(root, dbPath);
    for (const name of Object.keys(LATE_INDEXES)) {
      expect(again.db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(name)).toBeDefined();
    }
    expect(again.listArticles()).toEqual(listed);
  });

  it('replaces an index an older brief made with the one that covers it, on open', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    first.close();
    const raw = new Database(dbPath);
    for (const name of Object.keys(LATE_INDEXES)) raw.exec(`DROP INDEX ${name}`);
    for (const name of RETIRED_INDEXES) raw.exec(`CREATE INDEX ${name} ON mentions (key)`);
    raw.close();
    const again = store(root, dbPath);
    const has = (name: string) => again.db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(name);
    for (const name of RETIRED_INDEXES) expect(has(name)).toBeUndefined();
    expect(has('mentions_by_key')).toBeDefined();
  });

  /**
   * A library indexed, its list read, the database then changed as an older brief left it (`older`) and opened again:
   * the list as first read, and the reopened store with a look-up of its schema's names.
   */
  async function reopenedFromOlder(older: (raw: Database.Database) => void) {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    const listed = first.listArticles();
    first.close();
    const raw = new Database(dbPath);
    older(raw);
    raw.close();
    const again = store(root, dbPath);
    const has = (name: string) => again.db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(name);
    return {root, listed, again, has};
  }

  it('brings an older list order (by title within a day) to the newest-first one, served by its index', async () => {
    // The layout of a brief before files.time_ms: its order index by day and title.
    const {root, listed, again, has} = await reopenedFromOlder((raw) => {
      raw.exec('DROP INDEX files_by_day');
      raw.exec('ALTER TABLE files DROP COLUMN time_ms');
      raw.exec("CREATE INDEX files_order ON files (root, coalesce(date, '') DESC, title)");
    });
    expect(has('files_order')).toBeUndefined();
    expect(has('files_by_day')).toBeDefined();
    expect(again.listArticles()).toEqual(listed);
    const plan = again.db
      .prepare<[string], {detail: string}>(
        `EXPLAIN QUERY PLAN SELECT f.id FROM files f WHERE f.root = ? AND f.hash IS NOT NULL
         ORDER BY coalesce(f.date, '') DESC, ${dayTime('f.')} DESC, f.title, f.fid`,
      )
      .all(root)
      .map((r) => r.detail)
      .join(' / ');
    expect(plan).toContain('files_by_day');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('retires the order by file time within a day (files_newest) for the one by title', async () => {
    // As the brief before it left a database: the order's index by the file's time.
    const {listed, again, has} = await reopenedFromOlder((raw) => {
      raw.exec('DROP INDEX files_by_day');
      raw.exec(
        "CREATE INDEX files_newest ON files (root, coalesce(date, '') DESC, coalesce(time_ms, mtime_ms) DESC, title)",
      );
    });
    expect(has('files_newest')).toBeUndefined();
    expect(has('files_by_day')).toBeDefined();
    expect(again.listArticles()).toEqual(listed);
  });

  it('opens its own database again without a warning', () => {
    const dbPath = join(tempDir(), 'brief.db');
    store(library(), dbPath).close();
    const warnings: string[] = [];
    open.push(openSqliteStore({dbPath, root: library(), onWarning: (m) => warnings.push(m)}));
    expect(warnings).toEqual([]);
    expect(existsSync(dbPath)).toBe(true);
  });
});

describe('SQLite store: copies of one text', () => {
  it('gives a copy the same mentions as its original, whether it came in the same run or a later one', async () => {
    const text = articleText('Same', 'Greta Klein spoke in Oslo.\n\nLater Greta Klein left Oslo for Bergen.');
    const root = tempDir({'first.md': text, 'twin.md': text});
    const dbPath = join(tempDir(), 'brief.db');
    const s = store(root, dbPath);
    await startIndexing(s, {pool: countingPool()}).done;
    writeFileSync(join(root, 'late.md'), text);
    await startIndexing(s, {pool: countingPool()}).done;
    const byId = new Map(s.entityOccurrences('person:greta klein').map((o) => [o.articleId, o]));
    expect([...byId.keys()].sort()).toEqual(['first', 'late', 'twin']);
    const first = byId.get('first');
    expect(first?.sentences.length).toBe(2);
    for (const id of ['late', 'twin']) {
      expect(byId.get(id)?.sentences).toEqual(first?.sentences);
      expect(byId.get(id)?.mentions).toBe(first?.mentions);
    }
    expect(s.listEntities().find((e) => e.name === 'Greta Klein')?.articleCount).toBe(3);
  });

  it('extracts a text once for all its copies and keeps each copy’s own id', async () => {
    const text = articleText('Same', 'Greta Klein spoke in Oslo.');
    const root = tempDir({
      'b-copy.md': text,
      'a/z-copy.md': text,
      'c.md': articleText('Other', 'Rain in Bergen.'),
    });
    const s = store(root);
    const pool = countingPool();
    await startIndexing(s, {pool}).done;
    expect(pool.extracts).toHaveLength(2);
    expect(
      s
        .listArticles()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['b-copy', 'c', 'z-copy']);
    expect(s.listEntities().find((e) => e.name === 'Greta Klein')?.articleCount).toBe(2);
    expect(
      s
        .entityOccurrences('person:greta klein')
        .map((o) => o.articleId)
        .sort(),
    ).toEqual(['b-copy', 'z-copy']);
  });
});
