import {closeSync, openSync, readFileSync, statSync, truncateSync, writeSync} from 'node:fs';
import Database from 'better-sqlite3';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool} from './fixtures.js';

const PAGE = 4096;

/** A made-up library of `n` articles with bodies long enough to spread the database over many pages. */
export function bigLibrary(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const body = Array.from(
      {length: 12},
      (_, p) =>
        `Reporter Anna Berg wrote paragraph ${p} of story ${i} about the harbour in Bergen and the ferry in Oslo.`,
    ).join('\n\n');
    files[`story-${String(i).padStart(3, '0')}.md`] = articleText(`Story ${i}`, body, {
      date: `2024-02-${day}`,
    });
  }
  return tempDir(files);
}

/** Indexes `root` into a new database at `dbPath` and marks some articles; returns the marked ids by flag. */
export async function indexedWithMarks(
  root: string,
  dbPath: string,
): Promise<{read: string[]; favourite: string[]}> {
  const store = openSqliteStore({dbPath, root});
  // The check runs first rather than on a worker thread beside the run: a connection still open there when the
  // store closes keeps the database in its -wal file, and the damage below is done to the main file.
  await startIndexing(store, {pool: countingPool(), checkIntegrity: 'now'}).done;
  const ids = store.listArticles().map((a) => a.id);
  const read = ids.filter((_, i) => i % 3 === 0);
  const favourite = ids.filter((_, i) => i % 5 === 0);
  for (const id of read) store.setRead(id, true);
  for (const id of favourite) store.setFavourite(id, true);
  store.close();
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return {read, favourite};
}

/** The marks a store shows now, by flag, sorted. */
export function shownMarks(store: SqliteStore): {read: string[]; favourite: string[]} {
  const list = store.listArticles();
  return {
    read: list
      .filter((a) => a.read)
      .map((a) => a.id)
      .sort(),
    favourite: list
      .filter((a) => a.favourite)
      .map((a) => a.id)
      .sort(),
  };
}

/** The numbers of the pages that hold the named tables and their indexes (from SQLite's dbstat). */
export function pagesOf(dbPath: string, tables: readonly string[]): Set<number> {
  const db = new Database(dbPath, {readonly: true});
  try {
    // The schema's own pages are named sqlite_schema in dbstat and have no row in sqlite_master: a schema that
    // grew past its first page had its second page overwritten while 'sqlite_master' was to be spared.
    const rows = db
      .prepare<[], {name: string; tbl: string; pageno: number}>(
        `SELECT s.name, coalesce(m.tbl_name, 'sqlite_master') AS tbl, s.pageno FROM dbstat s
         LEFT JOIN sqlite_master m ON m.name = s.name
         WHERE m.name IS NOT NULL OR s.name IN ('sqlite_schema', 'sqlite_master')`,
      )
      .all();
    return new Set(
      rows.filter((r) => tables.includes(r.tbl) || tables.includes(r.name)).map((r) => r.pageno),
    );
  } finally {
    db.close();
  }
}

/** A small deterministic random generator (mulberry32), so a damaged file is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Overwrites `count` pages from the middle half of the file with random bytes, sparing `spare`; returns them. */
export function overwritePages(
  dbPath: string,
  count: number,
  spare: ReadonlySet<number> = new Set(),
): number[] {
  const pages = Math.floor(statSync(dbPath).size / PAGE);
  const rnd = random(7);
  const candidates: number[] = [];
  for (let page = Math.max(2, Math.floor(pages / 4)); page <= Math.ceil((pages * 3) / 4); page++) {
    if (!spare.has(page)) candidates.push(page);
  }
  if (candidates.length < count) throw new Error(`only ${candidates.length} pages to overwrite in ${dbPath}`);
  // A seeded shuffle: the same pages on every run of the same file.
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j] ?? 0, candidates[i] ?? 0];
  }
  const hit = candidates.slice(0, count);
  const fd = openSync(dbPath, 'r+');
  try {
    for (const page of hit) {
      const junk = Buffer.alloc(PAGE);
      for (let i = 0; i < PAGE; i++) junk[i] = Math.floor(rnd() * 256);
      writeSync(fd, junk, 0, PAGE, (page - 1) * PAGE);
    }
  } finally {
    closeSync(fd);
  }
  return hit;
}

/** Fills the given pages with a repeated byte: nothing SQLite can read. */
export function wreckPages(dbPath: string, pages: Iterable<number>): void {
  const fd = openSync(dbPath, 'r+');
  try {
    for (const page of pages) writeSync(fd, Buffer.alloc(PAGE, 0x3c), 0, PAGE, (page - 1) * PAGE);
  } finally {
    closeSync(fd);
  }
}

/** Cuts the file to half its pages, as a crash while copying it or a full disk might. */
export function truncateHalf(dbPath: string): void {
  const size = statSync(dbPath).size;
  truncateSync(dbPath, Math.floor(size / 2 / PAGE) * PAGE);
}

/** The journal's lines, parsed. */
export function journalLines(dbPath: string): {key: string; read: number; favourite: number}[] {
  return readFileSync(`${dbPath}.marks`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as {key: string; read: number; favourite: number});
}
