import {constants, readdirSync, realpathSync, statSync} from 'node:fs';
import {normalize} from 'node:path';
import {entryStats, type EntryStat} from './entry-stat.js';
import {decodeFileName, fsPath} from './file-names.js';
import {MAX_DEPTH, nextSlice, SLICE_MS, type KeyClock} from './limits.js';
import {describeFsError} from './fs-error.js';
import type {SkippedFile} from './types.js';

/** Extensions brief reads as articles: text, Markdown, and saved web pages (read in reader mode). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

const {S_IFMT, S_IFLNK, S_IFDIR} = constants;

// Documentation that lives beside articles (the shipped library has an ATTRIBUTION.md) is not an article.
const HOUSEKEEPING = /^(readme|attribution|licen[cs]e|changelog|contributing|notice|copying)(\.[a-z]+)?$/i;

export {MAX_DEPTH, SLICE_MS} from './limits.js';

/** Article files found under a folder, and the entries that could not be followed. */
export interface FoundFiles {
  files: string[];
  skipped: SkippedFile[];
  /**
   * Size and modification time of each file (same index as `files`), from the look the walk took anyway; two
   * arrays of numbers rather than an object a file, which a walk of 100,000 files left for the collector.
   */
  stats?: {sizes: number[]; mtimes: number[]};
}

/** ARTICLE_EXTENSIONS, looked up by a name's last extension. */
const EXTENSIONS = new Set(ARTICLE_EXTENSIONS);

/**
 * A name ending in an article extension (any case) that is not housekeeping. Only the last extension is lowered:
 * lowering every name walked was a string a file (no character lowers to "." or into these ASCII letters but from
 * their own capitals, so the answer is the same).
 */
export function isArticleName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && EXTENSIONS.has(name.slice(dot).toLowerCase()) && !HOUSEKEEPING.test(name);
}

/**
 * Lists article files under `root`, recursively and in a stable (sorted) order. Hidden entries are ignored;
 * symlinks are followed, with broken links and loops reported instead of followed. Names are read as bytes, so
 * a name that is not UTF-8 is still found (see file-names.ts; `fsPath` opens it). Folders deeper than
 * MAX_DEPTH are reported, not read.
 */
export function findArticleFiles(root: string): FoundFiles {
  const found: FoundFiles = {files: [], skipped: []};
  for (const _ of walkSteps(root, found));
  return found;
}

/**
 * findArticleFiles in slices of about SLICE_MS, yielding to the event loop between them: a reader walking a huge
 * or deep tree still draws and answers keys (Ctrl+C quits at once), and pauses while keys are coming (`lastKeyAt`).
 * The same files and reasons, in the same order.
 */
export async function findArticleFilesAsync(
  root: string,
  sliceMs = SLICE_MS,
  lastKeyAt?: KeyClock,
): Promise<FoundFiles> {
  const found: FoundFiles = {files: [], skipped: []};
  // Its first slice too keeps out of a run of keys.
  if (lastKeyAt) await nextSlice(lastKeyAt);
  let start = performance.now();
  for (const _ of walkSteps(root, found)) {
    if (performance.now() - start < sliceMs) continue;
    await nextSlice(lastKeyAt);
    start = performance.now();
  }
  return found;
}

/**
 * Entries a step of the walk looks at: a step is a few hundred microseconds, well inside a slice. One step an entry
 * was a generator resumed through three levels (and a clock read) per file, and made the walk's generator hot
 * enough for V8 to optimise it whole: ~0.13 G of the ~0.5 G instructions of a `brief index` with nothing changed at
 * 10,000 files went to compiling it on a background thread that shares the two cores.
 */
export const STEP_ENTRIES = 64;

/** The walk, in steps of up to STEP_ENTRIES folder entries looked at, so a caller can pause between steps. */
function* walkSteps(root: string, found: FoundFiles): Generator<void> {
  const stats = (found.stats = {sizes: [] as number[], mtimes: [] as number[]});
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // The real paths of the folders being walked, outermost first: a link back to one of them is a loop.
  const open: string[] = [];
  // lstat without a `Stats` object a file where Node allows it (entry-stat.ts).
  const lstat = entryStats(root);
  // The path of the folder `look` stopped at.
  let folder = '';

  /**
   * Looks at `names[from..to)` of folder `dir` (real path `real`), adding the article files found; stops at the
   * first entry that is a folder, setting `folder` and returning its index (the caller walks it, then goes on
   * after it), else returns `to`. `plain`: no name here nor the folder's path holds a raw byte's stand-in, so a
   * path is its own `fsPath`. `samePlace`: the folder's path is its real path, so a plain name's key is its path.
   */
  const look = (
    dir: string,
    real: string,
    names: readonly string[],
    from: number,
    to: number,
    plain: boolean,
    samePlace: boolean,
  ): number => {
    for (let i = from; i < to; i++) {
      const name = names[i] ?? '';
      if (name.startsWith('.')) continue;
      const path = child(dir, name);
      const at = plain ? path : fsPath(path);
      let isDir = false;
      let isLink = false;
      let target: EntryStat;
      try {
        // The mode's bits rather than isSymbolicLink() and isDirectory(), which check the same bits through two
        // more calls each, three times a file. (`link` is reused by the next lstat: read before it.)
        const link = lstat(at);
        isLink = (link.mode & S_IFMT) === S_IFLNK;
        target = isLink ? statSync(at) : link;
        isDir = (target.mode & S_IFMT) === S_IFDIR;
      } catch (err) {
        if (isArticleName(name)) found.skipped.push({path, reason: brokenLinkReason(err)});
        else if ((err as NodeJS.ErrnoException).code === 'ELOOP')
          found.skipped.push({path, reason: 'symbolic link loop'});
        continue;
      }
      if (isDir) {
        folder = path;
        return i;
      }
      if (isArticleName(name)) {
        // A file that is not a link is where its folder really is: its real path needs no call of its own (one
        // per file was a third of listing 50,000 files).
        const key = isLink
          ? safeRealKey(path)
          : samePlace && !NOT_PLAIN.test(name)
            ? path
            : fileKey(real, dir, name, path);
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        found.files.push(path);
        stats.sizes.push(target.size);
        stats.mtimes.push(target.mtimeMs);
      }
    }
    return to;
  };

  const walk = function* (dir: string, depth: number): Generator<void> {
    if (depth > MAX_DEPTH) {
      found.skipped.push({
        path: dir,
        reason: `too deep: more than ${MAX_DEPTH} folders below the library (not read)`,
      });
      return;
    }
    let real: string;
    try {
      real = realKey(dir);
    } catch (err) {
      found.skipped.push({path: dir, reason: describeFsError(err)});
      return;
    }
    // A link to a folder holding the library ("/proc/self/root", a link to the home folder) would walk the
    // library again and everything around it: a loop, as a link to a folder the walk is in is.
    const rootReal = open[0];
    if (open.includes(real) || (rootReal !== undefined && holdsFolder(real, rootReal))) {
      found.skipped.push({path: dir, reason: 'symbolic link loop (a folder that holds this one)'});
      return;
    }
    if (seenDirs.has(real)) {
      found.skipped.push({path: dir, reason: 'folder already read through another link'});
      return;
    }
    seenDirs.add(real);
    let read: {names: string[]; plain: boolean};
    try {
      read = readNames(dir);
    } catch (err) {
      found.skipped.push({path: dir, reason: describeFsError(err)});
      return;
    }
    const names = read.names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const plain = read.plain && typeof fsPath(dir) === 'string';
    const samePlace = real === dir && !dir.endsWith('/');
    open.push(real);
    for (let i = 0; i < names.length;) {
      yield;
      const end = Math.min(names.length, i + STEP_ENTRIES);
      const stop = look(dir, real, names, i, end, plain, samePlace);
      if (stop < end) {
        yield* walk(folder, depth + 1);
        i = stop + 1;
      } else i = end;
    }
    open.pop();
  };
  // The root normalised once, so a path below it is its folder's path and a name (path.join normalised the whole
  // path again for every entry, a tenth of a nothing-changed scan).
  yield* walk(normalize(root), 0);
}

// A name Node could not decode as UTF-8 comes with U+FFFD in it, and one that holds the stand-ins for raw bytes
// must be escaped: either way the folder is read again as bytes (file-names.ts).
const NEEDS_BYTES = /[\ufffd\uef80-\uefff]/;
// Printable ASCII is its own Latin-1; any other name is turned into its bytes.
const NOT_PLAIN = /[^ -~]/;

/**
 * The names in a folder, each as decodeFileName gives it, and whether they are plain (read as strings: no name
 * holds a raw byte's stand-in). Read as strings, which costs half the CPU of reading
 * them as bytes (one Buffer a name: 100-130 ms against 50-60 ms for the 100,000 names of a generated library);
 * as bytes only in a folder where a name needs it.
 */
function readNames(dir: string): {names: string[]; plain: boolean} {
  const names = readdirSync(fsPath(dir));
  if (!names.some((name) => NEEDS_BYTES.test(name))) return {names, plain: true};
  return {names: readdirSync(fsPath(dir), {encoding: 'buffer'}).map(decodeFileName), plain: false};
}

/**
 * The key of a file that is not a link, as realKey would give it: its folder's real path and its name's bytes.
 * Where those are the folder's path and the name themselves, that is `path` (no new string a file).
 */
function fileKey(real: string, dir: string, name: string, path: string): string {
  const bytes = latin1Name(name);
  return real === dir && bytes === name && !dir.endsWith('/') ? path : `${real}/${bytes}`;
}

/** The name's bytes, one character each (as realKey gives a real path), so both kinds of key compare. */
function latin1Name(name: string): string {
  if (!NOT_PLAIN.test(name)) return name;
  const bytes = fsPath(name);
  return (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('latin1');
}

/** True when real path `outer` is a folder above real path `inner` (a link to it from inside is a loop). */
export function holdsFolder(outer: string, inner: string): boolean {
  return outer !== inner && inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);
}

/** join(dir, name) for a normalised dir and a name read from it (never "", "." or ".." and without "/"). */
export function child(dir: string, name: string): string {
  if (dir === '.' || dir === './') return name;
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function brokenLinkReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'broken symbolic link (its target does not exist)';
  return describeFsError(err);
}

// Real paths compared as bytes (latin1 keeps one character per byte), so names that are not UTF-8 stay distinct.
function realKey(path: string): string {
  return realpathSync(fsPath(path), {encoding: 'buffer'}).toString('latin1');
}

function safeRealKey(path: string): string {
  try {
    return realKey(path);
  } catch {
    return path;
  }
}
