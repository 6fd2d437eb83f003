import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Db} from './open-db.js';
import {USER_TABLE_NAMES, USER_TABLES} from './schema.js';

/** One row of the `marks` table: the reader's read and favourite flags for one key (`h:HASH` or `u:URL`). */
export interface MarkRow {
  key: string;
  read: number;
  favourite: number;
  updated_ms: number;
}

/** True for a row brief could have written; damaged pages can hand back rows that are not. */
export function isMarkRow(row: unknown): row is MarkRow {
  const r = row as Partial<MarkRow> | null;
  return (
    typeof r?.key === 'string' &&
    /^[hu]:./s.test(r.key) &&
    (r.read === 0 || r.read === 1) &&
    (r.favourite === 0 || r.favourite === 1) &&
    typeof r.updated_ms === 'number' &&
    Number.isFinite(r.updated_ms)
  );
}

// A cut-off file is shorter than its header says; SQLite then refuses the whole file. Zeros in place of the
// missing pages let it read the pages that are there.
function padToHeaderSize(path: string, size: number): void {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(100);
  try {
    if (readSync(fd, head, 0, 100, 0) < 100) return;
  } finally {
    closeSync(fd);
  }
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = head.readUInt32BE(28);
  // The page count is only valid when written by the same change as the counter beside it.
  if (head.readUInt32BE(24) !== head.readUInt32BE(92) || pageSize < 512) return;
  if (pages * pageSize > size) truncateSync(path, pages * pageSize);
}

/**
 * Reads every row of `marks` that can be read, in rowid order, stepping over pages that cannot: when a read
 * fails, the next readable rowid is found by doubling steps and then halving back, so only the rows on the
 * damaged pages are lost.
 */
export function readMarks(db: Db): MarkRow[] {
  const rows = new Map<string, MarkRow>();
  const keep = (row: unknown): void => {
    if (isMarkRow(row)) rows.set(row.key, {...row});
  };
  const sql = 'SELECT rowid AS r, key, read, favourite, updated_ms FROM marks WHERE rowid > ? ORDER BY rowid';
  let stmt;
  try {
    stmt = db.prepare<[number], MarkRow & {r: number}>(sql);
  } catch {
    return [];
  }
  const readable = (after: number): boolean => {
    try {
      stmt.get(after);
      return true;
    } catch {
      return false;
    }
  };
  let last = Number.MIN_SAFE_INTEGER;
  for (let attempt = 0; attempt < 1000; attempt++) {
    try {
      for (const row of stmt.iterate(last)) {
        keep(row);
        last = row.r;
      }
      break;
    } catch {
      let step = 1;
      while (!readable(last + step) && last + step < Number.MAX_SAFE_INTEGER / 2) step *= 2;
      if (!readable(last + step)) break;
      let lo = last + Math.floor(step / 2);
      let hi = last + step;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (readable(mid)) hi = mid;
        else lo = mid;
      }
      last = hi;
    }
  }
  return [...rows.values()];
}

/**
 * The marks that can still be read from a damaged database file. Works on a copy (with its `-wal`), so the
 * damaged file stays exactly as it was for whoever wants to look at it; returns none when nothing is readable.
 */
export function salvageMarks(path: string): MarkRow[] {
  return salvage(path).marks;
}

/** Rows of the user's tables besides the marks (subscriptions, what was added), by table. */
export type UserRows = Partial<Record<(typeof USER_TABLE_NAMES)[number], Record<string, unknown>[]>>;

/** Reads what it can of a table, in rowid order, stopping at the first page that cannot be read. */
export function readRows(db: Db, table: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  try {
    for (const row of db.prepare(`SELECT * FROM ${table}`).iterate())
      out.push(row as Record<string, unknown>);
  } catch {
    // Damaged past here, or no such table (a database that never had a subscription).
  }
  return out;
}

/** The marks and the user's other rows that can still be read from a damaged database file (see salvageMarks). */
export function salvage(path: string): {marks: MarkRow[]; rows: UserRows} {
  let dir: string | null = null;
  try {
    dir = mkdtempSync(join(tmpdir(), 'brief-salvage-'));
    const copy = join(dir, 'copy.db');
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    padToHeaderSize(copy, statSync(copy).size);
    const db = new Database(copy, {fileMustExist: true});
    try {
      return {marks: readMarks(db), rows: readUserRows(db)};
    } finally {
      db.close();
    }
  } catch {
    return {marks: [], rows: {}};
  } finally {
    if (dir) rmSync(dir, {recursive: true, force: true});
  }
}

/** Puts salvaged user rows into a new database (its own rows win); returns how many were put back. */
export function restoreUserRows(db: Db, rows: UserRows): number {
  let n = 0;
  db.exec(USER_TABLES);
  db.transaction(() => {
    for (const table of USER_TABLE_NAMES) {
      for (const row of rows[table] ?? []) {
        const cols = Object.keys(row).filter((c) => /^[a-z_]+$/.test(c));
        if (cols.length === 0) continue;
        try {
          db.prepare(
            `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
          ).run(...cols.map((c) => row[c] as string | number | null));
          n += 1;
        } catch {
          // A row damage made unreadable in part: what is left is still worth keeping.
        }
      }
    }
  }).immediate();
  return n;
}

/** The user's rows an open (possibly damaged) connection can still read. */
export function readUserRows(db: Db): UserRows {
  const rows: UserRows = {};
  for (const table of USER_TABLE_NAMES) rows[table] = readRows(db, table);
  return rows;
}
