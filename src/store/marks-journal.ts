import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import type {Db} from './open-db.js';
import {isMarkRow, readMarks, type MarkRow} from './salvage.js';

// Marks are the one thing in the database the article files cannot give back, so each change is also appended
// to a small file beside it, one JSON line per key: whatever happens to the database, the marks can be restored.

/** The append-only journal of read and favourite marks beside a database file. */
export interface MarksJournal {
  /** `<database>.marks`. */
  readonly path: string;
  /** Appends the rows as they now are. Throws when the file cannot be written. */
  append(rows: readonly MarkRow[]): void;
  /** Every key's newest row; none when there is no journal. Lines that do not parse are skipped. */
  read(): MarkRow[];
  /** Replaces the journal with exactly these rows (written aside, then renamed over it). */
  rewrite(rows: readonly MarkRow[]): void;
  /** The journal's size in bytes (0 when missing). */
  size(): number;
  /** Cuts the journal back to `size` bytes (lines appended for a write that then failed); quiet when it cannot. */
  cutTo(size: number): void;
  /**
   * The newest change among the journal's last lines (rows are appended as they change, and rewritten oldest
   * first, so the newest is at the end): null when there is no journal or no whole line at its end. Reads a few
   * kilobytes, not the journal.
   */
  newestMs(): number | null;
}

// The end of the journal read for its newest change: a few dozen lines.
const TAIL_BYTES = 4096;

/** The last `max` bytes of a file (fewer when it is shorter), or null when it cannot be opened. */
function readTail(path: string, max: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = statSync(path).size;
    const length = Math.min(size, max);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, size - length);
    return tail;
  } finally {
    closeSync(fd);
  }
}

function newestInTail(path: string): number | null {
  const tail = readTail(path, TAIL_BYTES);
  if (tail === null) return null;
  let newest: number | null = null;
  // The first line may be cut by the window; a line that does not parse is skipped, as readLines does.
  for (const raw of tail.toString('utf8').split('\n')) {
    try {
      const row: unknown = JSON.parse(raw);
      if (isMarkRow(row) && (newest === null || row.updated_ms > newest)) newest = row.updated_ms;
    } catch {
      // Not a whole line.
    }
  }
  return newest;
}

/** Folds rows so each key keeps its newest state; on a tie the later row wins, as it was written later. */
export function newestByKey(rows: Iterable<MarkRow>): MarkRow[] {
  const out = new Map<string, MarkRow>();
  for (const row of rows) {
    const had = out.get(row.key);
    if (!had || row.updated_ms >= had.updated_ms) out.set(row.key, row);
  }
  return [...out.values()];
}

const line = (r: MarkRow): string =>
  `${JSON.stringify({key: r.key, read: r.read, favourite: r.favourite, updated_ms: r.updated_ms})}\n`;

function endsMidLine(path: string): boolean {
  const last = readTail(path, 1);
  return last !== null && last.length === 1 && last[0] !== 0x0a;
}

/** Every key's newest row in a file of journal lines; none when there is no file. Lines that do not parse are skipped. */
function readLines(path: string): MarkRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const rows: MarkRow[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    try {
      const row: unknown = JSON.parse(raw);
      if (isMarkRow(row)) rows.push(row);
    } catch {
      // A damaged line loses that one change; the rest stand.
    }
  }
  return newestByKey(rows);
}

/**
 * Marks that a quitting reader could not write because another program held the database's write lock past the
 * wait it allows itself: kept in `<database>.marks-unsaved` (not the journal, which the lock holder may be
 * compacting), and written to the database and the journal by the next mark written or the next open.
 */
export interface UnsavedMarks {
  readonly path: string;
  /** True when there are marks waiting (the file exists). */
  any(): boolean;
  append(rows: readonly MarkRow[]): void;
  /** Every key's newest row waiting. */
  read(): MarkRow[];
  /** Forgets them (once written). */
  clear(): void;
}

/** The unsaved marks of the database at `dbPath`. */
export function unsavedMarks(dbPath: string): UnsavedMarks {
  const path = `${dbPath}.marks-unsaved`;
  return {
    path,
    any: () => existsSync(path),
    append(rows) {
      // Its own line start: a write cut short before must not glue two lines together.
      if (rows.length > 0) appendFileSync(path, `\n${rows.map(line).join('')}`);
    },
    read: () => readLines(path),
    clear() {
      rmSync(path, {force: true});
    },
  };
}

/** The journal of the database at `dbPath`. */
export function marksJournal(dbPath: string): MarksJournal {
  const path = `${dbPath}.marks`;
  let checked = false;
  return {
    path,
    append(rows) {
      if (rows.length === 0) return;
      // A write cut short (a full disk, a crash) leaves half a line; the next line must not be glued to it.
      const lead = !checked && endsMidLine(path) ? '\n' : '';
      checked = true;
      appendFileSync(path, lead + rows.map(line).join(''));
    },
    read: () => readLines(path),
    rewrite(rows) {
      const temp = `${path}.${process.pid}.tmp`;
      // Oldest first, as appends come: the newest change stays at the end, where newestMs looks.
      const ordered = [...rows].sort((a, b) => a.updated_ms - b.updated_ms);
      writeFileSync(temp, ordered.map(line).join(''));
      renameSync(temp, path);
      checked = true;
    },
    newestMs: () => newestInTail(path),
    cutTo(size) {
      try {
        if (statSync(path).size > size) truncateSync(path, size);
      } catch {
        // Gone or unwritable: the lines stay, and the next open restores them as before.
      }
    },
    size() {
      try {
        return statSync(path).size;
      } catch {
        return 0;
      }
    },
  };
}

/** Sets one key's marks (the whole state, with the time it was decided). */
export const UPSERT_MARK = `INSERT INTO marks (key, read, favourite, updated_ms) VALUES (?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET read = excluded.read, favourite = excluded.favourite, updated_ms = excluded.updated_ms`;

/** Merges rows into the marks table, newer over older; returns every mark the table then holds. */
export function restoreMarks(db: Db, rows: readonly MarkRow[]): MarkRow[] {
  if (rows.length === 0) return [];
  const put = db.prepare<[string, number, number, number]>(
    `${UPSERT_MARK} WHERE excluded.updated_ms > marks.updated_ms`,
  );
  db.transaction(() => {
    for (const r of rows) put.run(r.key, r.read, r.favourite, r.updated_ms);
  }).immediate();
  return readMarks(db);
}

/** How many articles the rows mark read or favourite (each article's marks are kept under its hash and URL). */
export function markedArticles(rows: readonly MarkRow[]): number {
  return rows.filter((r) => r.key.startsWith('h:') && (r.read === 1 || r.favourite === 1)).length;
}

// A journal line is about 100 bytes; past this many times the lines the marks need, it is rewritten.
const COMPACT_FACTOR = 4;
const COMPACT_MIN_BYTES = 64 * 1024;

/** Rewrites the journal as one line per key when it has grown well past that; run inside the write lock. */
export function compactJournal(db: Db, journal: MarksJournal): void {
  const count = (db.prepare('SELECT count(*) AS n FROM marks').get() as {n: number}).n;
  if (journal.size() < Math.max(COMPACT_MIN_BYTES, COMPACT_FACTOR * 100 * count)) return;
  journal.rewrite(newestByKey([...journal.read(), ...readMarks(db)]));
}
