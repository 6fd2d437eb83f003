import {readdirSync, realpathSync, statSync, watch as fsWatch, type FSWatcher} from 'node:fs';
import {join} from 'node:path';
import {holdsFolder} from '../library/find-files.js';
import {MAX_DEPTH, nextSlice, SLICE_MS, type KeyClock} from '../library/limits.js';

/** A watch on the library folder; close() ends it. */
export interface LibraryWatcher {
  /** 'watch' when the system tells of changes, 'poll' when the folder is scanned on a timer instead. */
  readonly mode: 'watch' | 'poll';
  close(): void;
}

/** How to watch. */
export interface WatchOptions {
  /** Changes closer together than this are reported once. Default 300 ms. */
  debounceMs?: number;
  /** How often to rescan where watching is not available. Default 5 s. */
  pollMs?: number;
  /** fs.watch, replaceable in tests. */
  watch?: typeof fsWatch;
  /** Watch each folder on its own instead of one recursive watch. Default: on Linux (see watchLibrary). */
  perFolder?: boolean;
  /** When the reader's last key came: the folders' walk pauses while keys are coming. */
  lastKeyAt?: KeyClock;
}

// Hidden entries are never articles (the library ignores them): editors' swap files and brief's own temporary
// files change constantly while being written and must not set off a re-index each.
function isHidden(name: string | Buffer | null): boolean {
  if (name === null) return false;
  return String(name)
    .split(/[\\/]/)
    .some((part) => part.startsWith('.'));
}

/**
 * Calls `onChange` when files under `root` are added, changed, moved or removed: through the system's file
 * notifications where there are any, else by calling it every `pollMs` (the caller's re-index compares sizes and
 * times, so an unchanged folder costs a scan and nothing more). On Linux each folder (down to MAX_DEPTH) is watched
 * on its own: Node's recursive watch there walks the whole tree at once and watches every file (2.6 s with no key
 * answered, and 50,000 watches, at 50,000 articles; no end on a tree thousands of folders deep).
 */
export function watchLibrary(root: string, onChange: () => void, options: WatchOptions = {}): LibraryWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const watch = options.watch ?? fsWatch;
  const perFolder = options.perFolder ?? process.platform === 'linux';
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  // Folders watched one by one (per-folder mode), by path; the set is found again after each change.
  const folders = new Map<string, FSWatcher>();
  let finding = false;
  let findAgain = false;

  let poller: NodeJS.Timeout | null = null;
  let mode: 'watch' | 'poll' = 'watch';
  const closeWatchers = (): void => {
    for (const w of folders.values()) w.close();
    folders.clear();
  };
  const poll = (): void => {
    mode = 'poll';
    closeWatchers();
    if (closed || poller) return;
    poller = setInterval(() => {
      if (!closed) onChange();
    }, options.pollMs ?? 5000);
    poller.unref();
  };

  const refind = (): void => {
    if (!perFolder || closed || mode === 'poll') return;
    if (finding) {
      findAgain = true;
      return;
    }
    finding = true;
    void findFolders(root, options.lastKeyAt)
      .then((found) => {
        if (closed || mode === 'poll') return;
        for (const [dir, w] of folders)
          if (!found.has(dir)) {
            w.close();
            folders.delete(dir);
          }
        for (const dir of found) if (!folders.has(dir)) add(dir);
      })
      .catch(() => {})
      .finally(() => {
        finding = false;
        if (findAgain) {
          findAgain = false;
          refind();
        }
      });
  };

  const changed = (): void => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (closed) return;
      onChange();
      // A new or removed folder is watched, or no longer, from the next change on.
      refind();
    }, debounceMs);
  };

  // Watching can fail later too (the folder removed, too many watches): scanning takes over. A subfolder that is
  // gone by the time it is watched is simply not watched.
  const add = (dir: string): void => {
    try {
      const w = watch(dir, {recursive: !perFolder, persistent: false}, (_event, name) => {
        if (!isHidden(name)) changed();
      });
      w.on('error', dir === root ? poll : () => folders.delete(dir));
      folders.set(dir, w);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException | null)?.code;
      if (dir === root || code === 'ENOSPC' || code === 'EMFILE') poll();
    }
  };
  add(root);
  refind();
  return {
    get mode() {
      return mode;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      closeWatchers();
    },
  };
}

/**
 * The folders under `root` (itself included) down to MAX_DEPTH, hidden ones left out, symlinked ones followed once;
 * read in slices with the event loop free between them, and with no look at the files (only folders are watched).
 */
async function findFolders(root: string, lastKeyAt?: KeyClock): Promise<Set<string>> {
  const out = new Set<string>([root]);
  const seen = new Set<string>();
  let rootReal: string | undefined;
  const stack: {dir: string; depth: number}[] = [{dir: root, depth: 0}];
  if (lastKeyAt) await nextSlice(lastKeyAt);
  let start = performance.now();
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    if (performance.now() - start > SLICE_MS) {
      await nextSlice(lastKeyAt);
      start = performance.now();
    }
    let real: string;
    try {
      real = realpathSync(next.dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    // A link to a folder that holds the library is a loop the index does not follow (find-files.ts): nor does
    // the watch ("/proc/self/root" would watch every folder of the machine).
    rootReal ??= real;
    if (holdsFolder(real, rootReal)) continue;
    out.add(next.dir);
    if (next.depth >= MAX_DEPTH) continue;
    let entries;
    try {
      entries = readdirSync(next.dir, {withFileTypes: true});
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(next.dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = statSync(path).isDirectory();
        } catch {
          isDir = false;
        }
      }
      if (isDir) stack.push({dir: path, depth: next.depth + 1});
    }
  }
  return out;
}
