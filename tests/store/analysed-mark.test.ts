import {join} from 'node:path';
import Database from 'better-sqlite3';
import {describe, expect, it} from 'vitest';
import {allAnalysed} from '../../src/store/analysed-mark.js';
import {startIndexing} from '../../src/store/indexer.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool, storeOpener} from './fixtures.js';

const store = storeOpener();

// Made-up articles: two texts, one of them in two files.
function library(): string {
  return tempDir({
    'kyiv.md': articleText('Strike on Kyiv', 'Drones hit homes in Kyiv overnight.'),
    'copy/kyiv.md': articleText('Strike on Kyiv', 'Drones hit homes in Kyiv overnight.'),
    'vote.md': articleText('Vote in Berlin', 'Lawmakers met in Berlin.'),
  });
}

/** Indexes as `brief index` does (no write slices) with extractor version `version`; returns what it extracted. */
async function index(s: SqliteStore, version = 1): Promise<string[]> {
  const pool = countingPool(version);
  await startIndexing(s, {pool}).done;
  return pool.extracts.map((p) => p.slice(s.root.length + 1));
}

/** Another connection to the store's file: an older brief, say, whose writes the mark's triggers see too. */
function other(dbPath: string, sql: string, ...params: unknown[]): void {
  const db = new Database(dbPath);
  db.prepare(sql).run(...params);
  db.close();
}

describe('the mark that every text of a library is analysed', () => {
  it('is left by a batch run that analysed every text, and spares the next run the search', async () => {
    const root = library();
    const s = store(root);
    expect(await index(s)).toHaveLength(2);
    expect(allAnalysed(s.db, root, 1)).toBe(true);
    expect(allAnalysed(s.db, root, 2)).toBe(false);
    expect(await index(s)).toEqual([]);
    // A new extractor finds every text again, and marks its own version.
    expect(await index(s, 2)).toHaveLength(2);
    expect(allAnalysed(s.db, root, 2)).toBe(true);
  });

  it('is not left by a reader’s index (write slices)', async () => {
    const root = library();
    const s = store(root);
    await startIndexing(s, {pool: countingPool(), writeSliceMs: 8}).done;
    expect(allAnalysed(s.db, root, 1)).toBe(false);
  });

  // Each change is made by another connection after a run that left the mark; the mark must go, and the next run
  // must extract what lacks an analysis.
  const changes: [string, (db: string, root: string) => void, string[]][] = [
    [
      'an analysis removed',
      (db) => other(db, 'DELETE FROM analyses WHERE hash = (SELECT hash FROM files WHERE id = ?)', 'vote'),
      ['vote.md'],
    ],
    [
      'an analysis replaced by an older extractor’s',
      (db) =>
        other(
          db,
          'UPDATE analyses SET version = 0 WHERE hash = (SELECT hash FROM files WHERE id = ?)',
          'vote',
        ),
      ['vote.md'],
    ],
    [
      'a file given another text',
      (db, root) => other(db, "UPDATE files SET hash = 'made-up' WHERE path = ?", join(root, 'vote.md')),
      [],
    ],
    [
      'a file added',
      (db, root) =>
        other(
          db,
          "INSERT INTO files (root, path, id, size, mtime_ms, hash) SELECT root, ?, 'new', size, mtime_ms, 'another' FROM files WHERE path = ?",
          join(root, 'new.md'),
          join(root, 'vote.md'),
        ),
      [],
    ],
  ];
  for (const [name, change, extracted] of changes) {
    it(`goes when any process makes ${name}`, async () => {
      const root = library();
      const dbPath = join(tempDir(), 'brief.db');
      const s = store(root, dbPath);
      await index(s);
      expect(allAnalysed(s.db, root, 1)).toBe(true);
      change(dbPath, root);
      expect(allAnalysed(s.db, root, 1)).toBe(false);
      const again = await index(s);
      for (const path of extracted) expect(again).toContain(path);
    });
  }
});
