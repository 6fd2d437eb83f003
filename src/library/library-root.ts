// What the index's scan needs of a library folder without reading any article: whether the folder can be used,
// and each file's id. Apart from load-library.ts, so the scan does not load the article reader and its YAML parser.
import {accessSync, constants, statSync} from 'node:fs';
import {relative, sep} from 'node:path';
import {describeFsError} from './fs-error.js';

/** A folder that cannot be used as a library at all, with the reason. */
export class LibraryError extends Error {}

/** Throws LibraryError, with the reason, unless `root` is a folder that can be opened. */
export function checkLibraryRoot(root: string): void {
  try {
    if (!statSync(root).isDirectory()) throw new LibraryError(`${root} is not a folder`);
    // stat() needs no permission on the folder itself: one that cannot be listed passed, and was "no articles".
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    // A folder, not a file: "file not found (or a broken symbolic link)" said of a library moved away was wrong.
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : describeFsError(err);
    throw new LibraryError(`cannot open the article folder ${root}: ${why}`);
  }
}

/** File names without extension, or the path inside the library where two files share a name. */
export function uniqueIds(root: string, files: readonly string[]): string[] {
  // Each stem once (splitting every path into its folders, three times a file, was 0.1 s of a 10,000-file scan).
  const stems = files.map(stem);
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return files.map((f, i) => {
    const s = stems[i] ?? '';
    return (counts.get(s) ?? 0) > 1 ? pathId(root, f) : s;
  });
}

/** The id of a file whose name another file of the library shares: its path under `root`, without extension. */
export function pathId(root: string, path: string): string {
  return withoutExtension(relative(root, path).split(sep).join('/'));
}

/** The file name without its last extension: "a.b.md" → "a.b" (a file's id when no other shares it). */
export function stem(path: string): string {
  return withoutExtension(path.slice(path.lastIndexOf(sep) + 1));
}

/** As `.replace(/\.[^.]+$/, '')`: the last dot and what follows it, when something does. */
function withoutExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && dot < name.length - 1 ? name.slice(0, dot) : name;
}
