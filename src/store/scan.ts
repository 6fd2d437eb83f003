import {statSync} from 'node:fs';
import {fsPath} from '../library/file-names.js';
import {findArticleFiles, findArticleFilesAsync, SLICE_MS} from '../library/find-files.js';
import {nextSlice, type KeyClock} from '../library/limits.js';
import {checkLibraryRoot, uniqueIds} from '../library/library-root.js';
import type {SkippedFile} from '../library/types.js';
import type {Db} from './open-db.js';
import {unchangedSince, type WalkList} from './scan-record.js';

/** A file to (re)read: new, or its size or modification time changed since it was stored. */
export interface ReadJob {
  path: string;
  id: string;
  size: number;
  mtimeMs: number;
  isNew: boolean;
}

/** What changed in a library folder since the last run, found without reading unchanged files. */
export interface ScanPlan {
  reads: ReadJob[];
  /** Every article file path found (each once), so files gone from the folder can be dropped. */
  files: readonly string[];
  /** What the walk found, for recordScan; null when it did not look at the files' sizes and times. */
  walk: WalkList | null;
  /** The walk found exactly the library's scan record: every stored file is unchanged and nothing is missing. */
  recorded: boolean;
  unchanged: number;
  /** Unchanged files whose id moved because a file with the same name came or went. */
  idMoves: {path: string; id: string}[];
  /** Entries that could not be followed, and unchanged files known not to be articles. */
  skipped: SkippedFile[];
  /** The first entries of `skipped`: those the walk could not follow, which are not among `files`. */
  outside: number;
  /** Stored files of the library no longer in the folder: when 0, there is nothing to remove. */
  missing: number;
}

interface KnownFile {
  path: string;
  id: string;
  size: number;
  mtime_ms: number;
  skip_reason: string | null;
}

/** Compares the folder with the stored files by path, size and modification time. */
export function scanLibrary(db: Db, root: string): ScanPlan {
  checkLibraryRoot(root);
  const plan = emptyPlan(findArticleFiles(root));
  for (const _ of planSteps(db, root, plan));
  return plan;
}

/**
 * scanLibrary in slices of about SLICE_MS with the event loop free between them: what the reader runs, so a huge
 * or deep library is walked while it draws and answers keys; no slice starts while keys are coming (`lastKeyAt`).
 */
export async function scanLibraryAsync(
  db: Db,
  root: string,
  sliceMs = SLICE_MS,
  lastKeyAt?: KeyClock,
): Promise<ScanPlan> {
  checkLibraryRoot(root);
  const plan = emptyPlan(await findArticleFilesAsync(root, sliceMs, lastKeyAt));
  performance.mark('brief:walk');
  let start = performance.now();
  for (const _ of planSteps(db, root, plan)) {
    if (performance.now() - start < sliceMs) continue;
    await nextSlice(lastKeyAt);
    start = performance.now();
  }
  performance.mark('brief:scan');
  return plan;
}

interface Found {
  files: string[];
  skipped: SkippedFile[];
  stats?: {sizes: number[]; mtimes: number[]};
}

function emptyPlan(found: Found): ScanPlan & {found: Found} {
  return {
    found,
    reads: [],
    files: found.files,
    walk: found.stats ? {files: found.files, sizes: found.stats.sizes, mtimes: found.stats.mtimes} : null,
    recorded: false,
    unchanged: 0,
    idMoves: [],
    skipped: [...found.skipped],
    outside: found.skipped.length,
    missing: 0,
  };
}

/** Fills `plan` one file at a time (a stat each), so a caller can pause between files. */
function* planSteps(db: Db, root: string, plan: ScanPlan & {found: Found}): Generator<void> {
  const {found} = plan;
  const recorded = plan.walk ? unchangedSince(db, root, plan.walk) : null;
  if (recorded) {
    plan.recorded = true;
    plan.unchanged = found.files.length;
    plan.skipped.push(...recorded);
    return;
  }
  yield;
  const ids = uniqueIds(root, found.files);
  yield;
  // The stored files in pages by path (the path index; a root-index plan sorted the library for each page), with a
  // pause between pages: read in one go, the 50,000 rows of a big library held the reader's keys for 100-300 ms.
  const page = db.prepare<[string, string], KnownFile>(
    'SELECT path, id, size, mtime_ms, skip_reason FROM files WHERE path > ? AND +root = ? ORDER BY path LIMIT 1000',
  );
  const known = new Map<string, KnownFile>();
  for (let after = ''; ;) {
    const rows = page.all(after, root);
    for (const f of rows) known.set(f.path, f);
    const last = rows.at(-1);
    if (!last || rows.length < 1000) break;
    after = last.path;
    yield;
  }
  let knownPresent = 0;
  for (let i = 0; i < found.files.length; i++) {
    yield;
    const path = found.files[i] ?? '';
    const id = ids[i] ?? path;
    let size = -1;
    let mtimeMs = -1;
    const seenSize = found.stats?.sizes[i];
    const seenMtime = found.stats?.mtimes[i];
    try {
      // The walk looked at each file already; a second stat per file would double the scan of a big library.
      const stat =
        seenSize !== undefined && seenMtime !== undefined
          ? {size: seenSize, mtimeMs: seenMtime}
          : statSync(fsPath(path));
      size = stat.size;
      mtimeMs = stat.mtimeMs;
    } catch {
      // Reading it will say why; the file stays a read job so the reason is recorded.
    }
    const before = known.get(path);
    if (before) knownPresent += 1;
    if (before && before.size === size && before.mtime_ms === mtimeMs) {
      plan.unchanged += 1;
      if (before.id !== id) plan.idMoves.push({path, id});
      if (before.skip_reason !== null) plan.skipped.push({path, reason: before.skip_reason});
      continue;
    }
    plan.reads.push({path, id, size, mtimeMs, isNew: !before});
  }
  plan.missing = known.size - knownPresent;
}
