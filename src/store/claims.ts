import {hostname} from 'node:os';
import type {Db} from './open-db.js';

// Two indexers on one database (the reader and `brief index`, or two of either) each used to extract every
// missing text. A claim row says "this process is extracting this text now": others skip it and wait for its
// analysis, unless the claimant has died.

/** What an indexer should do about one text. */
export type ClaimVerdict = 'mine' | 'theirs' | 'done';

/** Claims on extraction jobs, shared through the database by every indexer using it. */
export interface Claims {
  /** Takes the text for this process unless its analysis exists (`done`) or a live indexer holds it (`theirs`). */
  take(hash: string, version: number): ClaimVerdict;
  /** Gives up this process's claim (its extraction failed or stopped), so another may take it. */
  release(hash: string, version: number): void;
  /** Gives up every claim of this process. */
  releaseAll(): void;
}

// Past this age a claim is taken over even when its process seems alive (its pid may have been reused, or it is
// on another machine sharing the file): no one text takes this long to extract.
const STALE_MS = 10 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface ClaimRow {
  owner: string;
  pid: number;
  host: string;
  at_ms: number;
}

/** Claims objects made in this process: part of each owner's name. */
let made = 0;

/** Claims made through `db` on behalf of this process (one owner per call, so two runs in one process differ). */
export function createClaims(db: Db): Claims {
  // Math.random, not node:crypto's randomBytes: loading node:crypto (and the streams it brings) was ~14 M
  // instructions of every index run's main thread, for 32 bits that need not be secret, only unlikely to repeat.
  const owner = `${process.pid}:${(++made).toString(16)}:${Math.floor(Math.random() * 2 ** 32).toString(16)}`;
  const host = hostname();
  const s = {
    analysed: db.prepare<[string, number], {one: number}>(
      'SELECT 1 AS one FROM analyses WHERE hash = ? AND version = ?',
    ),
    claim: db.prepare<[string, number], ClaimRow>(
      'SELECT owner, pid, host, at_ms FROM claims WHERE hash = ? AND version = ?',
    ),
    put: db.prepare<[string, number, string, number, string, number]>(
      'INSERT OR REPLACE INTO claims (hash, version, owner, pid, host, at_ms) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    release: db.prepare<[string, number, string]>(
      'DELETE FROM claims WHERE hash = ? AND version = ? AND owner = ?',
    ),
    releaseAll: db.prepare<[string]>('DELETE FROM claims WHERE owner = ?'),
  };
  const stale = (row: ClaimRow): boolean =>
    Date.now() - row.at_ms > STALE_MS || (row.host === host && !alive(row.pid));

  const take = (hash: string, version: number): ClaimVerdict => {
    if (s.analysed.get(hash, version)) return 'done';
    const row = s.claim.get(hash, version);
    if (row && row.owner !== owner && !stale(row)) return 'theirs';
    s.put.run(hash, version, owner, process.pid, host, Date.now());
    return 'mine';
  };
  const takeAlone = db.transaction(take);

  return {
    // Inside the caller's write transaction (the indexer takes its claims in one, many at a time) the look and the
    // claim are already one: a transaction of its own there was a savepoint, whose statement journal copied the
    // claims' page for each claim (~90 k instructions a claim, a third of a cold index's 280 claims' cost).
    take(hash, version) {
      return db.inTransaction ? take(hash, version) : takeAlone.immediate(hash, version);
    },
    release(hash, version) {
      s.release.run(hash, version, owner);
    },
    releaseAll() {
      if (db.open) s.releaseAll.run(owner);
    },
  };
}
