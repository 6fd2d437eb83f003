import {statSync} from 'node:fs';
import {fsPath} from '../library/file-names.js';
import {findArticleFiles} from '../library/find-files.js';
import {LibraryError, uniqueIds} from '../library/load-library.js';
import {describeFsError} from '../library/read-article.js';
import type {SkippedFile} from '../library/types.js';
import type {Db} from './open-db.js';

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
  /** Every article file path found, so files gone from the folder can be dropped. */
  present: Set<string>;
  unchanged: number;
  /** Unchanged files whose id moved because a file with the same name came or went. */
  idMoves: {path: string; id: string}[];
  /** Entries that could not be followed, and unchanged files known not to be articles. */
  skipped: SkippedFile[];
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
  try {
    if (!statSync(root).isDirectory()) throw new LibraryError(`${root} is not a folder`);
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    throw new LibraryError(`cannot open the article folder ${root}: ${describeFsError(err)}`);
  }
  const found = findArticleFiles(root);
  const ids = uniqueIds(root, found.files);
  const known = new Map(
    db
      .prepare<[string], KnownFile>('SELECT path, id, size, mtime_ms, skip_reason FROM files WHERE root = ?')
      .all(root)
      .map((f) => [f.path, f]),
  );
  const plan: ScanPlan = {
    reads: [],
    present: new Set(found.files),
    unchanged: 0,
    idMoves: [],
    skipped: [...found.skipped],
  };
  found.files.forEach((path, i) => {
    const id = ids[i] ?? path;
    let size = -1;
    let mtimeMs = -1;
    try {
      const stat = statSync(fsPath(path));
      size = stat.size;
      mtimeMs = stat.mtimeMs;
    } catch {
      // Reading it will say why; the file stays a read job so the reason is recorded.
    }
    const before = known.get(path);
    if (before && before.size === size && before.mtime_ms === mtimeMs) {
      plan.unchanged += 1;
      if (before.id !== id) plan.idMoves.push({path, id});
      if (before.skip_reason !== null) plan.skipped.push({path, reason: before.skip_reason});
      return;
    }
    plan.reads.push({path, id, size, mtimeMs, isNew: !before});
  });
  return plan;
}
