import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {unanalysable} from '../../src/extract/failures.js';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {STORED_FAILURES_SQL, storedFailures} from '../../src/store/stored-failures.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

describe('storedFailures', () => {
  it('names the files whose stored analysis is incomplete, through the index of failed analyses', async () => {
    const dir = tempDir({
      'a.md': articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.'),
      'b.md': articleText('Bridge closes', 'Ben Okafor said the bridge would close.'),
    });
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: dir});
    open.push(s);
    const summary = await startIndexing(s, {pool: countingPool()}).done;
    const version = summary.extractorVersion ?? 0;
    expect(storedFailures(s.db, dir, version)).toEqual([]);
    const hash = s.db
      .prepare<[string], {hash: string}>('SELECT hash FROM files WHERE path = ?')
      .get(join(dir, 'b.md'));
    s.db
      .prepare('UPDATE analyses SET json = ? WHERE hash = ?')
      .run(JSON.stringify(unanalysable('too long to analyse (more than 10 s)')), hash?.hash);
    expect(storedFailures(s.db, dir, version)).toEqual([
      {path: join(dir, 'b.md'), reason: 'too long to analyse (more than 10 s)'},
    ]);
    // The words in a text of the analysis are not its key: a summary quoting them is complete.
    s.db
      .prepare('UPDATE analyses SET json = ? WHERE hash != ?')
      .run(JSON.stringify({summary: ['The log said "failures":[] and "no failures": none.']}), hash?.hash);
    expect(storedFailures(s.db, dir, version)).toHaveLength(1);
    // Another extractor version's analyses are not this run's business.
    expect(storedFailures(s.db, dir, version + 1)).toEqual([]);
    const plan = s.db
      .prepare<[number, string], {detail: string}>(`EXPLAIN QUERY PLAN ${STORED_FAILURES_SQL}`)
      .all(version, dir)
      .map((r) => r.detail);
    expect(plan[0]).toContain('analyses_failures');
  });
});
