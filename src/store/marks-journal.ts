import {
  appendFileSync,
  closeSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {isMarkRow, type MarkRow} from './salvage.js';

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
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const size = statSync(path).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
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
    read() {
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
    },
    rewrite(rows) {
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, rows.map(line).join(''));
      renameSync(temp, path);
      checked = true;
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
