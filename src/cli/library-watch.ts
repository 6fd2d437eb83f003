import {watch as fsWatch, type FSWatcher} from 'node:fs';

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
 * notifications (recursive fs.watch) where there are any, else by calling it every `pollMs` (the caller's
 * re-index compares sizes and times, so an unchanged folder costs a scan and nothing more).
 */
export function watchLibrary(root: string, onChange: () => void, options: WatchOptions = {}): LibraryWatcher {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const changed = (): void => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (!closed) onChange();
    }, debounceMs);
  };

  let watcher: FSWatcher | null = null;
  let poller: NodeJS.Timeout | null = null;
  let mode: 'watch' | 'poll' = 'watch';
  const poll = (): void => {
    mode = 'poll';
    watcher?.close();
    watcher = null;
    if (closed || poller) return;
    poller = setInterval(() => {
      if (!closed) onChange();
    }, options.pollMs ?? 5000);
    poller.unref();
  };
  try {
    watcher = (options.watch ?? fsWatch)(root, {recursive: true, persistent: false}, (_event, name) => {
      if (!isHidden(name)) changed();
    });
    // Watching can fail later too (the folder removed, too many watches): scanning takes over.
    watcher.on('error', poll);
  } catch {
    poll();
  }
  return {
    get mode() {
      return mode;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      watcher?.close();
    },
  };
}
