import {join} from 'node:path';
import Database from 'better-sqlite3';
import {describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {pauseTextIndex, shouldDeferTextIndex, textIndexPaused} from '../../src/store/text-index-sync.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {
  articleText,
  countingPool,
  indexStoppedAtFirstJob,
  rewrite,
  storeOpener,
  watchingPool,
} from './fixtures.js';

const store = storeOpener();

// Made-up articles, each with a word of its own, and two copies of one text.
function library(): string {
  return tempDir({
    'kyiv.md': articleText(
      'Strike on Kyiv',
      'Drones hit homes in Kyiv overnight. The sirens woke Olena Petrenko.',
    ),
    'vote.md': articleText('Vote in Berlin', 'Lawmakers met in Berlin. Hans Weber spoke for the delegation.'),
    'copy/vote.md': articleText(
      'Vote in Berlin',
      'Lawmakers met in Berlin. Hans Weber spoke for the delegation.',
    ),
    'rain.md': articleText('Rain in Oslo', 'Rain fell in Oslo for a week; the harbour flooded.'),
  });
}

const hits = (s: SqliteStore, query: string): string[] =>
  (s.searchText?.(query) ?? []).map((h) => h.articleId).sort();

/** A library of `n` one-paragraph stories, a0.md … (each naming its own word, "WordI", and Lima). */
function stories(n: number): string {
  return tempDir(
    Object.fromEntries(
      Array.from({length: n}, (_, i) => [
        `a${i}.md`,
        articleText(`Story ${i}`, `Word${i} was said in Lima.`),
      ]),
    ),
  );
}

describe('the text index built once after a first index', () => {
  it('finds the same articles as the index kept row by row, and keeps following edits afterwards', async () => {
    const root = library();
    const rowByRow = store(root);
    await startIndexing(rowByRow, {pool: countingPool(), deferTextIndexAt: Infinity}).done;
    const deferred = store(root);
    await startIndexing(deferred, {pool: countingPool(), deferTextIndexAt: 1}).done;
    for (const q of ['sirens', 'delegation', 'harbour flood', 'Berlin', 'nothing'])
      expect(hits(deferred, q), q).toEqual(hits(rowByRow, q));
    expect(hits(deferred, 'delegation')).toHaveLength(2);
    expect(textIndexPaused(deferred.db)).toBe(false);

    // Row by row again after the first index: an edit is followed without another rebuild.
    rewrite(root, 'rain.md', articleText('Rain in Oslo', 'Snow fell in Oslo instead.'));
    await startIndexing(deferred, {pool: countingPool(), deferTextIndexAt: 1}).done;
    expect(hits(deferred, 'harbour')).toEqual([]);
    expect(hits(deferred, 'snow')).toEqual(['rain']);
  });

  it('is built once only when most bodies are new and there are enough of them', () => {
    const s = store(library());
    expect(shouldDeferTextIndex(s.db, 3, 4)).toBe(false);
    expect(shouldDeferTextIndex(s.db, 4, 4)).toBe(true);
    s.db
      .prepare("INSERT INTO files (fid, root, path, id, size, mtime_ms) VALUES (1, 'r', 'p', 'i', 0, 0)")
      .run();
    s.db.prepare("INSERT INTO bodies (fid, title, body) VALUES (1, 't', 'b')").run();
    expect(shouldDeferTextIndex(s.db, 1, 1)).toBe(true);
    expect(shouldDeferTextIndex(s.db, 0, 0)).toBe(false);
  });

  it('is made whole when the store is opened after a run that died while the index was paused', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const first = store(root, dbPath);
    await startIndexing(first, {pool: countingPool()}).done;
    first.close();
    // What a run killed mid-way leaves: triggers dropped, then bodies written that the index never saw.
    const raw = new Database(dbPath);
    raw.transaction(() => {
      pauseTextIndex(raw);
      raw.prepare("UPDATE bodies SET body = 'Hail fell on the fjord.' WHERE title = 'Rain in Oslo'").run();
    })();
    raw.close();

    const again = store(root, dbPath);
    expect(textIndexPaused(again.db)).toBe(false);
    expect(hits(again, 'fjord')).toEqual(['rain']);
    expect(hits(again, 'harbour')).toEqual([]);
    expect(hits(again, 'sirens')).toEqual(['kyiv']);
    const check = () => again.db.prepare("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 1)").run();
    expect(check).not.toThrow();
  });

  it('is rebuilt when a run is stopped while it reads the folder', async () => {
    const root = stories(40);
    const s = store(root);
    const pool = countingPool();
    const run = startIndexing(s, {pool, deferTextIndexAt: 1, batchSize: 4});
    // Stopped after a few reads: what was read is kept, and so is a complete text index.
    const reads = pool.reads;
    await new Promise<void>((resolve) => {
      const wait = (): void => void (reads.length >= 8 ? resolve() : setTimeout(wait, 1));
      wait();
    });
    await run.stop();
    expect(textIndexPaused(s.db)).toBe(false);
    const stored = s.db.prepare<[], {n: number}>('SELECT count(*) AS n FROM bodies').get()?.n ?? 0;
    expect(stored).toBeGreaterThan(0);
    const indexed = s.db
      .prepare<[], {n: number}>("SELECT count(*) AS n FROM fts WHERE fts MATCH 'lima'")
      .get()?.n;
    expect(indexed).toBe(stored);
  });

  it('is rebuilt after the first extraction jobs are in the workers hands, and complete at the end', async () => {
    const root = stories(12);
    const s = store(root);
    // Whether the text index was still paused when each job was handed over, and whether it went ahead.
    const handed: {ahead: boolean; paused: boolean}[] = [];
    const pool = watchingPool((ahead) => handed.push({ahead, paused: textIndexPaused(s.db)}));
    const summary = await startIndexing(s, {pool, deferTextIndexAt: 1}).done;
    expect(summary.extracted).toBe(12);
    // Half the jobs at most go ahead (a worker must not be left with the last many), all before the rebuild.
    expect(handed.filter((h) => h.ahead)).toEqual(
      Array.from({length: 6}, () => ({ahead: true, paused: true})),
    );
    expect(handed.filter((h) => !h.ahead).every((h) => !h.paused)).toBe(true);
    expect(textIndexPaused(s.db)).toBe(false);
    expect(hits(s, 'word3')).toEqual(['a3']);
    const check = () => s.db.prepare("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 1)").run();
    expect(check).not.toThrow();
  });

  it('is rebuilt when a run is stopped while the first jobs are extracted', async () => {
    const s = store(stories(12));
    await indexStoppedAtFirstJob(s, {deferTextIndexAt: 1});
    expect(textIndexPaused(s.db)).toBe(false);
    expect(hits(s, 'word3')).toEqual(['a3']);
    const check = () => s.db.prepare("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 1)").run();
    expect(check).not.toThrow();
  });

  it.each([
    ['a reader (write slices)', {writeSliceMs: 8, deferTextIndexAt: 1}],
    ['a run that keeps the index row by row', {deferTextIndexAt: Infinity}],
  ])('sends no job ahead in %s: there is no rebuild to cover', async (_, options) => {
    const root = stories(12);
    const s = store(root);
    const inner = countingPool();
    const ahead: boolean[] = [];
    const pool = {
      ...inner,
      extract: (job: Parameters<typeof inner.extract>[0], sentAhead?: boolean) => {
        ahead.push(sentAhead === true);
        return inner.extract(job);
      },
    };
    const summary = await startIndexing(s, {pool, ...options}).done;
    expect(summary.extracted).toBe(12);
    expect(ahead).toEqual(Array.from({length: 12}, () => false));
  });
});
