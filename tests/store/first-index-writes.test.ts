import {describe, expect, it} from 'vitest';
import {createClaims} from '../../src/store/claims.js';
import {startIndexing} from '../../src/store/indexer.js';
import type {ExtractionPool, ReadOutcome} from '../../src/store/pool.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary, storeOpener} from './fixtures.js';

// What a first index writes once where it used to write twice (the fifty-sixth round): a file's row after its
// extraction, the entity records once a key, a claim without a savepoint of its own.

const storeOf = storeOpener();

/** Counts the row changes of `table` made through the store's connection, by a temporary trigger. */
function counting(s: SqliteStore, table: string, event: 'INSERT' | 'UPDATE'): () => number {
  const name = `${table}_${event.toLowerCase()}s`;
  s.db.exec(`CREATE TEMP TABLE ${name} (n INTEGER)`);
  s.db.exec(`CREATE TEMP TRIGGER ${name}_t AFTER ${event} ON main.${table} BEGIN
    INSERT INTO ${name} VALUES (1);
  END`);
  return () => s.db.prepare<[], {n: number}>(`SELECT count(*) AS n FROM temp.${name}`).get()?.n ?? 0;
}

/** countingPool, its extractions answered with the very article its read returned (as the workers' read memo does). */
function memoPool(): ExtractionPool {
  const inner = countingPool();
  const kept = new Map<string, Extract<ReadOutcome, {ok: true}>['article']>();
  return {
    ...inner,
    read: async (job) => {
      const read = await inner.read(job);
      if (read.ok) kept.set(job.path, read.article);
      return read;
    },
    extract: async (job, ahead) => {
      const out = await inner.extract(job, ahead);
      const article = kept.get(job.path);
      return out.ok && article ? {...out, article: article as typeof out.article} : out;
    },
  };
}

const records = (s: SqliteStore): string[] =>
  s
    .listEntities()
    .map((e) => `${e.kind}:${e.name}:${e.articleCount}:${e.mentions}:${e.aliases.join('|')}`)
    .sort();

describe("a first index's writes", () => {
  it("leave a file's row as its read wrote it when the extraction was handed that same article", async () => {
    const s = storeOf(harbourLibrary());
    const updates = counting(s, 'files', 'UPDATE');
    const summary = await startIndexing(s, {pool: memoPool()}).done;
    expect(summary.extracted).toBe(12);
    expect(updates()).toBe(0);
    // An extraction that read the file again (another article object) writes its row as it found it.
    const again = storeOf(harbourLibrary());
    const touched = counting(again, 'files', 'UPDATE');
    await startIndexing(again, {pool: countingPool()}).done;
    expect(touched()).toBe(12);
  });

  it('make each entity record as the last jobs are handed out, not with every write, marked stale meanwhile', async () => {
    const root = harbourLibrary();
    const s = storeOf(root);
    const inserts = counting(s, 'entities', 'INSERT');
    const inner = countingPool();
    // The entity records and stale marks as each job is handed out.
    const seen: [number, number][] = [];
    const pool: ExtractionPool = {
      ...inner,
      extract: (job, ahead) => {
        seen.push([
          inserts(),
          s.db
            .prepare<[], {n: number}>("SELECT count(*) AS n FROM meta WHERE key LIKE 'entities-stale:%'")
            .get()?.n ?? 0,
        ]);
        return inner.extract(job, ahead);
      },
    };
    // A write per result, and the text index built once (as a first index of 64 files or more does).
    const summary = await startIndexing(s, {pool, batchSize: 1, deferTextIndexAt: 1}).done;
    expect(summary.extracted).toBe(12);
    // The last jobs were handed out after results had been written: none of their records yet, the root stale.
    expect(seen.at(-1)).toEqual([0, 1]);
    // Two keys (Ada Varga, Tobias Renn), in every text: written once each as the last job was handed out, and
    // again for the results written after that.
    expect(inserts()).toBeLessThan(2 * 12);
    const fresh = storeOf(root);
    await startIndexing(fresh, {pool: countingPool()}).done;
    expect(records(s)).toEqual(records(fresh));
    expect(records(s)).toContain('person:Tobias Renn:24:24:');
    expect(s.db.prepare("SELECT count(*) AS n FROM meta WHERE key LIKE 'entities-stale:%'").get()).toEqual({
      n: 0,
    });
  });
});

describe('a claim', () => {
  it("is taken in the caller's write transaction and undone with it; alone, in a transaction of its own", () => {
    const s = storeOf(tempDir({}));
    const claims = createClaims(s.db);
    const rows = (): number =>
      s.db.prepare<[], {n: number}>('SELECT count(*) AS n FROM claims').get()?.n ?? 0;
    expect(() =>
      s.db
        .transaction(() => {
          expect(claims.take('h1', 1)).toBe('mine');
          expect(rows()).toBe(1);
          throw new Error('the batch failed');
        })
        .immediate(),
    ).toThrow('the batch failed');
    expect(rows()).toBe(0);
    expect(claims.take('h1', 1)).toBe('mine');
    expect(s.db.inTransaction).toBe(false);
    expect(rows()).toBe(1);
    expect(claims.take('h1', 1)).toBe('mine');
  });
});
