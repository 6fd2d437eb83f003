import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {holdCheckpoints} from '../../src/store/held-checkpoints.js';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {countingPool, harbourLibrary} from './fixtures.js';

// A batch run's writes after its last reply leave the write-ahead log to the close's checkpoint: SQLite's automatic
// checkpoints are off for them and back at their threshold once the run ends.

const open: {close: () => unknown}[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/** A database in WAL mode with a table of made-up notes, each about one page. */
function walDb(): Database.Database {
  const db = new Database(join(tempDir(), 'notes.db'));
  open.push(db);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (body TEXT)');
  return db;
}

/** Writes `commits` transactions of ten one-page notes each; returns the pages the log holds after them. */
function writeNotes(db: Database.Database, commits: number): number {
  const add = db.prepare('INSERT INTO notes (body) VALUES (?)');
  for (let c = 0; c < commits; c++)
    db.transaction(() => {
      for (let i = 0; i < 10; i++) add.run(`The harbour master's note ${c}.${i}: `.padEnd(3500, 'tide '));
    })();
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as {log: number}[];
  return row?.log ?? 0;
}

describe('holdCheckpoints', () => {
  it('leaves the whole log to the next checkpoint, then restores the threshold', () => {
    const held = walDb();
    const resume = holdCheckpoints(held);
    expect(held.pragma('wal_autocheckpoint', {simple: true})).toBe(0);
    // 150 commits of ten pages: past the 1,000-page threshold, and no commit checkpointed.
    expect(writeNotes(held, 150)).toBeGreaterThan(1500);
    resume();
    expect(held.pragma('wal_autocheckpoint', {simple: true})).toBe(1000);
    // The same writes without it: checkpointed on the way, the log restarted.
    expect(writeNotes(walDb(), 150)).toBeLessThan(1000);
  });

  it('restores a threshold of the connection’s own', () => {
    const db = walDb();
    db.pragma('wal_autocheckpoint = 250');
    holdCheckpoints(db)();
    expect(db.pragma('wal_autocheckpoint', {simple: true})).toBe(250);
  });
});

describe('a run’s last writes', () => {
  const stores: SqliteStore[] = [];
  afterEach(() => {
    while (stores.length) stores.pop()?.close();
  });

  /** What `wal_autocheckpoint` was at each progress report of a run, and after it. */
  async function thresholds(writeSliceMs?: number): Promise<{during: number[]; after: number}> {
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: harbourLibrary()});
    stores.push(s);
    const during: number[] = [];
    const run = startIndexing(s, {pool: countingPool(), ...(writeSliceMs ? {writeSliceMs} : {})});
    run.subscribe(() => during.push(Number(s.db.pragma('wal_autocheckpoint', {simple: true}))));
    const summary = await run.done;
    expect(summary.extracted).toBe(12);
    return {during, after: Number(s.db.pragma('wal_autocheckpoint', {simple: true}))};
  }

  it('of a batch run hold the checkpoints until the run ends', async () => {
    const {during, after} = await thresholds();
    // The report after the last writes (stored failures named) comes while they are held.
    expect(during).toContain(0);
    expect(during.at(-1)).toBe(1000);
    expect(after).toBe(1000);
  });

  it('of a sliced run (the reader) keep them', async () => {
    const {during, after} = await thresholds(8);
    expect(during.every((n) => n === 1000)).toBe(true);
    expect(after).toBe(1000);
  });
});
