import {randomBytes} from 'node:crypto';
import {linkSync, lstatSync, readdirSync, renameSync, unlinkSync} from 'node:fs';
import {open} from 'node:fs/promises';
import {join} from 'node:path';

// A new article appears whole or not at all: the text goes to a hidden temporary file (the reader ignores hidden
// files), is flushed to disk, then gets its real name. The name is taken with link(), which fails when the name
// exists, so a user's file is never replaced, even by a race; where the file system has no hard links, rename()
// after a check is the fallback. Whatever fails, the temporary file is removed.

const TEMP_PREFIX = '.brief-';
const TEMP_SUFFIX = '.tmp';
/** Temporary files older than this were left by a killed run; a running one finishes far sooner. */
const STALE_MS = 60 * 60 * 1000;
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/** True for the name of one of brief's temporary files. */
export function isTempName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
}

// A run's temporary names: one random part for the run and a count, where 6 random bytes a file were drawn
// synchronously (a tenth of a second's work for 3,000 items). 'wx' still refuses a name that is taken.
const RUN = randomBytes(6).toString('hex');
let made = 0;

/**
 * Writes `text` to a hidden temporary file in `dir`, flushed to disk, and returns its path; the caller publishes
 * it. `mtimeMs`: the time the file is to count as added, set through the open file (the name given to it later
 * keeps it; a utimes by path was one more synchronous call a file). The flush runs on libuv's threads: a refresh
 * writing hundreds of articles keeps parsing meanwhile.
 */
export async function writeTemp(dir: string, text: string | Uint8Array, mtimeMs?: number): Promise<string> {
  made += 1;
  const path = join(dir, `${TEMP_PREFIX}${process.pid}-${RUN}${made.toString(36)}${TEMP_SUFFIX}`);
  const file = await open(path, 'wx', 0o644);
  try {
    await file.writeFile(text);
    if (mtimeMs !== undefined) await file.utimes(new Date(), new Date(mtimeMs)).catch(() => {});
    await file.datasync();
  } catch (err) {
    await file.close();
    removeQuietly(path);
    throw err;
  }
  await file.close();
  return path;
}

/** Removes a file, ignoring failure (it may be gone already). */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing to do: the file is gone or was never made.
  }
}

function candidates(name: string): string[] {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  return [name, ...Array.from({length: 98}, (_, i) => `${stem}-${i + 2}${ext}`)];
}

/**
 * Gives the temporary file `temp` a free name in `dir` (`name`, else `name-2`, `name-3`…) and returns the path.
 * Never replaces an existing file. The temporary file is gone afterwards, whether this succeeds or throws.
 */
export function publish(temp: string, dir: string, name: string): string {
  try {
    for (const candidate of candidates(name)) {
      const target = join(dir, candidate);
      try {
        linkSync(temp, target);
        return target;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') continue;
        if (!NO_LINKS.has(code)) throw err;
      }
      if (exists(target)) continue;
      renameSync(temp, target);
      return target;
    }
    throw new Error(`no free file name for ${name} in ${dir}`);
  } finally {
    removeQuietly(temp);
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Removes temporary files a killed run left in `dir` (only brief's own, and only old ones). */
export function removeStaleTemps(dir: string, now: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!isTempName(name)) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (stat.isFile() && now - stat.mtimeMs > STALE_MS) unlinkSync(path);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
}
