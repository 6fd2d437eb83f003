import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {extract, toExtractInput} from '../../src/extract/index.js';
import type {EntityKind} from '../../src/extract/types.js';
import {entityKey} from '../../src/store/entity-key.js';
import {linkEntities} from '../../src/store/link-entities.js';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import type {EntityRecord} from '../../src/store/types.js';
import {tempDir} from '../helpers/temp-dir.js';
import {LATE_COLUMNS, LATE_INDEXES} from '../../src/store/schema.js';
import {articleText, countingPool, fakeAnalyze} from './fixtures.js';

// One name, one kind across the library (issue 9, Deliver 3): an article whose own text barely decides a name's
// kind takes the kind other articles decide; two kinds each decided by some article stay two things.

function rec(kind: EntityKind, name: string, articleCount: number, weakArticles = 0): EntityRecord {
  return {
    key: entityKey(kind, name),
    kind,
    name,
    aliases: [],
    articleCount,
    mentions: articleCount,
    weakArticles,
  };
}

describe('linkEntities: one-kind', () => {
  it('joins a kind no article decided into the one kind some article did', () => {
    const links = linkEntities([rec('organization', 'Grand Mosque', 2), rec('place', 'Grand Mosque', 1, 1)]);
    expect(links.records).toHaveLength(1);
    expect(links.records[0]).toMatchObject({kind: 'organization', articleCount: 3});
    const why = links.explain(entityKey('place', 'Grand Mosque')).joined;
    expect(why.map((r) => r.rule)).toEqual(['one-kind']);
    expect(why[0]?.why).toContain('place in 1 article undecided, organization decided');
  });

  it('takes the decided kind even when the undecided one is named in more articles', () => {
    const links = linkEntities([rec('place', 'Varna Hall', 5, 5), rec('organization', 'Varna Hall', 1)]);
    expect(links.records.map((r) => [r.kind, r.articleCount])).toEqual([['organization', 6]]);
  });

  it('keeps two decided kinds apart, and says why', () => {
    const links = linkEntities([rec('place', 'Jordan', 4), rec('person', 'Jordan', 2, 1)]);
    expect(links.records).toHaveLength(2);
    const apart = links.explain(entityKey('person', 'Jordan')).apart;
    expect(apart.map((r) => r.rule)).toContain('apart:kinds-decided');
  });

  it('leaves alone a name no article decided in any kind, and records of other names', () => {
    expect(linkEntities([rec('place', 'Kelby', 1, 1), rec('person', 'Kelby', 1, 1)]).records).toHaveLength(2);
    expect(linkEntities([rec('place', 'Kelby', 1, 1), rec('person', 'Kelby Virk', 3)]).records).toHaveLength(
      2,
    );
  });

  it('reads records of an older index (no weak count) as decided, so nothing joins', () => {
    const old = (kind: EntityKind): EntityRecord => ({...rec(kind, 'Varna', 1), weakArticles: undefined});
    expect(linkEntities([old('place'), old('organization')]).records).toHaveLength(2);
  });
});

const open: SqliteStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** Indexes made-up article files with the real extractor and returns the store. */
async function indexed(files: Record<string, string>): Promise<SqliteStore> {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
  open.push(s);
  await startIndexing(s, {pool: countingPool(1, (a) => extract(toExtractInput(a)))}).done;
  return s;
}

describe('the index: one name gets one kind across the library', () => {
  it('"Grand Mosque" acting in two articles and only prayed in in a third is one organization', async () => {
    const s = await indexed({
      'hours.md': articleText(
        'New hours',
        'The Grand Mosque said it would reopen on Friday. The Grand Mosque announced new hours.',
      ),
      'statement.md': articleText('A statement', 'The Grand Mosque issued a statement on Monday.'),
      'prayers.md': articleText('Prayers', 'Pilgrims prayed in the Grand Mosque on Friday.'),
    });
    // The third article's own evidence is a place, barely (every mention a location): it is stored as such.
    expect(s.getAnalysis('prayers')?.places.map((p) => p.name)).toEqual(['Grand Mosque']);
    const mosques = s.listEntities().filter((e) => e.name === 'Grand Mosque');
    expect(mosques.map((e) => [e.kind, e.articleCount])).toEqual([['organization', 3]]);
    const key = mosques[0]?.key ?? '';
    expect(s.linkReasons?.(entityKey('place', 'Grand Mosque')).joined.map((r) => r.rule)).toEqual([
      'one-kind',
    ]);
    expect(
      s
        .entityOccurrences(key)
        .map((o) => o.articleId)
        .sort(),
    ).toEqual(['hours', 'prayers', 'statement']);
  });

  it('a name each article decides for itself keeps both kinds', async () => {
    const s = await indexed({
      'town.md': articleText('Town', 'Floods hit Kelby, Florida, on Monday. Roads in Kelby were shut.'),
      'firm.md': articleText(
        'Firm',
        'The retailer Kelby said it would close stores. Kelby said it was sorry.',
      ),
    });
    const kinds = s
      .listEntities()
      .filter((e) => e.name === 'Kelby')
      .map((e) => e.kind)
      .sort();
    expect(kinds).toEqual(['organization', 'place']);
  });
});

describe('the weak-kind columns', () => {
  it('are added on open to an index made before them, keeping the cache', async () => {
    const root = tempDir({'vote.md': articleText('Vote', 'Lawmakers met in Berlin. Olena Petrenko spoke.')});
    const dbPath = join(tempDir(), 'brief.db');
    const first = openSqliteStore({dbPath, root});
    await startIndexing(first, {pool: countingPool(1, fakeAnalyze)}).done;
    const listed = first.listEntities();
    first.close();
    const raw = new Database(dbPath);
    // As an older brief made it: without the late indexes either (files_by_day names files.time_ms).
    for (const name of Object.keys(LATE_INDEXES)) raw.exec(`DROP INDEX IF EXISTS ${name}`);
    for (const c of LATE_COLUMNS) raw.exec(`ALTER TABLE ${c.table} DROP COLUMN ${c.column}`);
    raw.close();
    const again = openSqliteStore({dbPath, root});
    open.push(again);
    const columns = (table: string) =>
      again.db
        .prepare<[], {name: string}>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((r) => r.name);
    for (const c of LATE_COLUMNS) expect(columns(c.table)).toContain(c.column);
    expect(again.listEntities()).toEqual(listed);
  });
});
