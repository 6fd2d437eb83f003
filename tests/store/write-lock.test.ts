import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import type {IndexProgress} from '../../src/store/types.js';
import {BUSY, tryWrite, WriteBusy, writeTurns} from '../../src/store/write-lock.js';
import {countingPool, harbourLibrary, storeOpener} from './fixtures.js';

// Another program (`brief index` in a second terminal, another reader) holding the database's write lock must not
// stop a reader's thread: its writes try the lock briefly and keep what they could not write for later. Here the
// other program is a second connection in this very process, so a write that waited on the thread for the lock
// (the connection's busy timeout is 10 s) could never see it released, and would fail instead.

const storeAt = storeOpener();
const others: Database.Database[] = [];
afterEach(() => {
  while (others.length) others.pop()?.close();
});

/** A second connection to the file that takes the write lock and keeps it until `release`. */
function holdLock(dbPath: string) {
  const other = new Database(dbPath);
  others.push(other);
  other.exec('BEGIN IMMEDIATE');
  return {release: () => other.exec('COMMIT')};
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('tryWrite', () => {
  it('returns BUSY without running the write while another connection holds the lock, then writes', () => {
    const s = storeAt(harbourLibrary());
    const lock = holdLock(s.path);
    let ran = 0;
    const write = () => {
      ran += 1;
      s.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('probe', 'x')").run();
      return 'written';
    };
    expect(tryWrite(s.db, 0, write)).toBe(BUSY);
    expect(ran).toBe(0);
    // The connection's own busy timeout is put back for the writes that wait.
    expect(s.db.pragma('busy_timeout', {simple: true})).toBe(10_000);
    lock.release();
    expect(tryWrite(s.db, 0, write)).toBe('written');
    expect(ran).toBe(1);
  });

  it('throws an error from inside the write and rolls it back', () => {
    const s = storeAt(harbourLibrary());
    expect(() =>
      tryWrite(s.db, 0, () => {
        s.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('probe', 'x')").run();
        throw new Error('the write went wrong');
      }),
    ).toThrow('the write went wrong');
    expect(s.db.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toBeUndefined();
  });
});

describe('writeTurns', () => {
  it('after a refusal does not try again before its retry time, and says when waiting starts and ends', async () => {
    const s = storeAt(harbourLibrary());
    const heard: boolean[] = [];
    const turns = writeTurns(0, (waiting) => heard.push(waiting));
    const lock = holdLock(s.path);
    let ran = 0;
    expect(turns.write(s.db, () => (ran += 1))).toBe(BUSY);
    expect(turns.waiting).toBe(true);
    expect(turns.delay()).toBeGreaterThan(0);
    lock.release();
    // Free now, but not tried before the retry time.
    expect(turns.write(s.db, () => (ran += 1))).toBe(BUSY);
    expect(ran).toBe(0);
    await later(turns.delay() + 5);
    expect(turns.write(s.db, () => (ran += 1))).toBe(1);
    expect(turns.waiting).toBe(false);
    expect(heard).toEqual([true, false]);
  });
});

describe('a store mark under another program’s lock', () => {
  it('throws WriteBusy with a short wait and writes nothing, and saves once the lock is free', async () => {
    const s = storeAt(harbourLibrary());
    await startIndexing(s, {pool: countingPool()}).done;
    const id = s.listArticles()[0]?.id ?? '';
    const lock = holdLock(s.path);
    expect(() => s.setRead(id, true, 0)).toThrow(WriteBusy);
    expect(s.listArticles().find((a) => a.id === id)?.read).toBe(false);
    lock.release();
    s.setRead(id, true, 0);
    expect(s.listArticles().find((a) => a.id === id)?.read).toBe(true);
  });
});

describe('a reader indexing while another program holds the write lock', () => {
  it('keeps extracting, says it is waiting, and writes everything once the lock is free', async () => {
    const root = harbourLibrary();
    const s = storeAt(root);
    const lock = holdLock(s.path);
    const reports: IndexProgress[] = [];
    const run = startIndexing(s, {pool: countingPool(), writeSliceMs: 12, writeWaitMs: 0});
    run.subscribe((p) => reports.push(p));
    // Every extraction result is kept in memory meanwhile; the thread is free (this test's timers run).
    for (let i = 0; i < 200 && !reports.some((p) => p.waiting); i++) await later(10);
    expect(reports.some((p) => p.waiting)).toBe(true);
    expect(s.listArticles()).toHaveLength(0);
    await later(100);
    lock.release();
    const summary = await run.done;
    expect(summary.extracted).toBe(12);
    expect(summary.added).toBe(24);
    expect(s.listArticles()).toHaveLength(24);
    expect(s.listEntities().map((e) => `${e.name}:${e.articleCount}`)).toContain('Ada Varga:24');
    expect(reports.at(-1)?.waiting).toBeUndefined();
  });

  it('stops at once when asked while waiting, and the next run writes it all', async () => {
    const root = harbourLibrary();
    const s = storeAt(root);
    const lock = holdLock(s.path);
    const run = startIndexing(s, {pool: countingPool(), writeSliceMs: 12, writeWaitMs: 0});
    const reports: IndexProgress[] = [];
    run.subscribe((p) => reports.push(p));
    for (let i = 0; i < 200 && !reports.some((p) => p.waiting); i++) await later(10);
    const stopped = await run.stop();
    expect(stopped.stopped).toBe(true);
    lock.release();
    const again = await startIndexing(s, {pool: countingPool(), writeSliceMs: 12, writeWaitMs: 0}).done;
    expect(again.stopped).toBe(false);
    expect(s.listArticles()).toHaveLength(24);
    expect(s.listEntities().map((e) => `${e.name}:${e.articleCount}`)).toContain('Tobias Renn:24');
  });
});
