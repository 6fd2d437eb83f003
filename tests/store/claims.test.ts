import {spawnSync} from 'node:child_process';
import {hostname} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {bigLibrary} from './damage.js';
import {countingPool} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

function openStore(root: string, dbPath: string): SqliteStore {
  const s = openSqliteStore({dbPath, root});
  open.push(s);
  return s;
}

/** A library indexed at extractor version 1, so a run at version 2 has every text to extract again. */
async function indexedOnce(n: number): Promise<{root: string; dbPath: string; store: SqliteStore}> {
  const root = bigLibrary(n);
  const dbPath = join(tempDir(), 'brief.db');
  const store = openStore(root, dbPath);
  await startIndexing(store, {pool: countingPool(1)}).done;
  return {root, dbPath, store};
}

function claim(store: SqliteStore, hash: string, pid: number): void {
  store.db
    .prepare('INSERT INTO claims (hash, version, owner, pid, host, at_ms) VALUES (?, 2, ?, ?, ?, ?)')
    .run(hash, `other:${pid}`, pid, hostname(), Date.now());
}

describe('two indexers on one database', () => {
  it('leave a text another live indexer is extracting to it, and finish once its analysis is stored', async () => {
    const {store} = await indexedOnce(6);
    const first = store.listArticles()[0];
    const hash = first?.hash ?? '';
    claim(store, hash, process.pid);
    const pool = countingPool(2);
    const run = startIndexing(store, {pool});
    // Once the other five are extracted, the claimed text is all that is left: the run must wait for it (it
    // cannot finish before its analysis exists, so the pause only gives a run that does not wait time to show it).
    while (pool.extracts.length < 5) await new Promise((r) => setTimeout(r, 10));
    const pause = new Promise((r) => setTimeout(r, 300)).then(() => 'waiting');
    expect(await Promise.race([run.done.then(() => 'finished'), pause])).toBe('waiting');
    expect(pool.extracts).toHaveLength(5);
    // What it shows meanwhile: the text left is the other indexer's, and no time left of its own to count down.
    expect(run.progress()).toMatchObject({
      done: 5,
      total: 6,
      etaSeconds: null,
      shared: {left: 1, waiting: true},
    });
    store.db.transaction(() => {
      store.db
        .prepare(
          "INSERT INTO analyses (hash, version, json, people, quotes, facts) VALUES (?, 2, '{}', 0, 0, 0)",
        )
        .run(hash);
      store.db.prepare('DELETE FROM claims WHERE hash = ?').run(hash);
    })();
    const summary = await run.done;
    expect(summary.extracted).toBe(5);
    expect(pool.extracts.map((p) => p.split('/').pop())).not.toContain(first?.path.split('/').pop());
    expect(store.db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({n: 0});
  });

  it('take over a text whose claimant has died', async () => {
    const {store} = await indexedOnce(4);
    const dead = spawnSync(process.execPath, ['-e', '']).pid ?? 0;
    claim(store, store.listArticles()[0]?.hash ?? '', dead);
    const pool = countingPool(2);
    const summary = await startIndexing(store, {pool}).done;
    expect(summary.extracted).toBe(4);
    expect(pool.extracts).toHaveLength(4);
  });

  it('work on a database made before claims existed: the table is added on open', async () => {
    const {root, dbPath, store} = await indexedOnce(2);
    store.close();
    const raw = new Database(dbPath);
    raw.exec('DROP TABLE claims');
    raw.close();
    const again = openStore(root, dbPath);
    const summary = await startIndexing(again, {pool: countingPool(2)}).done;
    expect(summary.extracted).toBe(2);
  });
});

describe("a batch run's claims", () => {
  const claimRows = (store: SqliteStore): {owner: string}[] =>
    store.db.prepare<[], {owner: string}>('SELECT owner FROM claims').all();

  it('are taken together for the next jobs, one transaction for many, and all released at the end', async () => {
    const {store} = await indexedOnce(40);
    const inner = countingPool(2);
    // What the claims table held as each job was handed to the pool.
    const seen: number[] = [];
    const pool = {
      ...inner,
      extract: (job: {path: string; id: string}, ahead?: boolean) => {
        seen.push(claimRows(store).length);
        expect(ahead).toBe(false);
        return inner.extract(job);
      },
    };
    const summary = await startIndexing(store, {pool}).done;
    expect(summary.extracted).toBe(40);
    // The first job found the claims of the first 32 jobs taken already, in one go; each finished job's claim is
    // released with its analysis.
    expect(seen[0]).toBe(32);
    expect(Math.max(...seen)).toBeLessThanOrEqual(40);
    expect(claimRows(store)).toEqual([]);
  });

  it('leave a text another live indexer claimed to it, whether or not its claim was taken together', async () => {
    const {store} = await indexedOnce(6);
    const [first, , third] = store.listArticles();
    claim(store, first?.hash ?? '', process.pid);
    const pool = countingPool(2);
    const run = startIndexing(store, {pool});
    while (pool.extracts.length < 5) await new Promise((r) => setTimeout(r, 10));
    expect(pool.extracts).not.toContain(first?.path);
    expect(pool.extracts).toContain(third?.path);
    // The other indexer stores its analysis and lets go: this run finishes without extracting it.
    store.db.transaction(() => {
      store.db
        .prepare(
          "INSERT INTO analyses (hash, version, json, people, quotes, facts) VALUES (?, 2, '{}', 0, 0, 0)",
        )
        .run(first?.hash ?? '');
      store.db.prepare('DELETE FROM claims WHERE hash = ?').run(first?.hash ?? '');
    })();
    const summary = await run.done;
    expect(summary.extracted).toBe(5);
    expect(summary.byAnother).toBe(1);
  });
});
