import {dropOnFileChange} from './file-triggers.js';
import {endianness} from 'node:os';
import {uniqueIds} from '../library/library-root.js';
import type {SkippedFile} from '../library/types.js';
import type {Db} from './open-db.js';

// What a library folder held when its stored files last matched it exactly, in one row: the paths in the walk's
// order (one string, with each path's length), sizes and modification times (doubles in one blob), and the files
// known not to be articles. A scan whose walk finds the same list compares it with this row instead of reading and
// mapping every stored file (at 100,000 files that read, its map and the ids were ~1 s of a 5 s scan, profiled
// under load). Triggers on `files` delete the row whenever any process changes a file of its root, so a row that
// exists always says what the stored files are; a row is written only after checking it against them.

/** The table of records, one per library root. */
export const SCAN_RECORD_TABLE = `CREATE TABLE IF NOT EXISTS scan_records (
  root TEXT PRIMARY KEY,
  paths TEXT NOT NULL,
  stats BLOB NOT NULL,
  skipped TEXT NOT NULL
)`;

/** Any change to a root's stored files drops its record (an older brief's writes too: the triggers are the file's). */
export const SCAN_RECORD_TRIGGERS: Record<string, string> = dropOnFileChange(
  'scan',
  'scan_records',
  'root, path, id, size, mtime_ms, skip_reason',
);

/** Doubles per file in `stats`: the path's length, the size, the modification time. */
const FIELDS = 3;

/** What a walk found: each file's path, size and modification time (the same index in each). */
export interface WalkList {
  files: readonly string[];
  sizes: readonly number[];
  mtimes: readonly number[];
}

interface RecordRow {
  paths: string;
  stats: Buffer;
  skipped: string;
}

/**
 * The files of `root` known not to be articles when the walk found exactly the recorded files (same order, paths,
 * sizes and times), which means every stored file is unchanged; null when there is no record or anything differs.
 */
export function unchangedSince(db: Db, root: string, walk: WalkList): SkippedFile[] | null {
  const row = db
    .prepare<[string], RecordRow>('SELECT paths, stats, skipped FROM scan_records WHERE root = ?')
    .get(root);
  if (!row || !sameList(row, walk)) return null;
  try {
    return JSON.parse(row.skipped) as SkippedFile[];
  } catch {
    return null;
  }
}

/**
 * The record's doubles as numbers: on a little-endian machine one copy into a Float64Array (the blob need not sit
 * on an 8-byte boundary), read by index; 30,000 readDoubleLE calls were ~5 ms of a 10,000-file run.
 */
export function doubles(
  bytes: Buffer,
  littleEndian = endianness() === 'LE',
): {length: number; at: (i: number) => number} {
  if (littleEndian) {
    const values = new Float64Array(bytes.length / 8);
    new Uint8Array(values.buffer).set(bytes);
    return {length: values.length, at: (i) => values[i] ?? NaN};
  }
  return {length: bytes.length / 8, at: (i) => bytes.readDoubleLE(i * 8)};
}

function sameList(row: RecordRow, walk: WalkList): boolean {
  const {files, sizes, mtimes} = walk;
  if (row.stats.length !== files.length * FIELDS * 8) return false;
  const stats = doubles(row.stats);
  let offset = 0;
  for (let i = 0; i < files.length; i++) {
    const path = files[i] ?? '';
    const at = i * FIELDS;
    if (stats.at(at) !== path.length || !row.paths.startsWith(path, offset)) return false;
    if (stats.at(at + 1) !== sizes[i] || stats.at(at + 2) !== mtimes[i]) return false;
    offset += path.length;
  }
  return offset === row.paths.length;
}

/**
 * Records the walk as `root`'s scan record when the stored files are exactly what it found: the same paths, sizes,
 * times and the ids uniqueIds gives them. Returns whether it wrote. Call inside a write transaction, so no other
 * process changes the files between the check and the write.
 */
export function recordScan(db: Db, root: string, walk: WalkList): boolean {
  const {files, sizes, mtimes} = walk;
  // The stored rows are streamed and looked up by the walk's own path strings: a map of 100,000 stored rows (their
  // paths copied out of SQLite) was another few tens of MB at the end of a big first index.
  const at = new Map<string, number>();
  for (let i = 0; i < files.length; i++) at.set(files[i] ?? '', i);
  const ids = uniqueIds(root, files);
  const seen = new Uint8Array(files.length);
  const reasons = new Map<number, string>();
  let count = 0;
  const rows = db
    .prepare<[string], [string, number, number, string, string | null]>(
      'SELECT path, size, mtime_ms, id, skip_reason FROM files WHERE root = ?',
    )
    .raw(true);
  for (const [path, size, mtime, id, reason] of rows.iterate(root)) {
    const i = at.get(path);
    if (i === undefined || seen[i] === 1 || size !== sizes[i] || mtime !== mtimes[i] || id !== ids[i])
      return false;
    seen[i] = 1;
    count += 1;
    if (reason !== null) reasons.set(i, reason);
  }
  if (count !== files.length) return false;
  const stats = Buffer.alloc(files.length * FIELDS * 8);
  for (let i = 0; i < files.length; i++) {
    const offset = i * FIELDS * 8;
    stats.writeDoubleLE(files[i]?.length ?? 0, offset);
    stats.writeDoubleLE(sizes[i] ?? -1, offset + 8);
    stats.writeDoubleLE(mtimes[i] ?? -1, offset + 16);
  }
  const skipped = [...reasons]
    .sort((a, b) => a[0] - b[0])
    .map(([i, reason]) => ({path: files[i] ?? '', reason}));
  db.prepare<[string, string, Buffer, string]>(
    'INSERT OR REPLACE INTO scan_records (root, paths, stats, skipped) VALUES (?, ?, ?, ?)',
  ).run(root, files.join(''), stats, JSON.stringify(skipped));
  return true;
}
