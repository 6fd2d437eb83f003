import {lstatSync} from 'node:fs';
import {normalize} from 'node:path';
import {workerData, type MessagePort} from 'node:worker_threads';
import {fsPath} from './file-names.js';
import {byName, child, readNames} from './find-files.js';
import {MAX_DEPTH} from './limits.js';
import {STOP, type LookBatch} from './stat-look.js';

// The thread side of stat-ahead.ts: looks at the library's entries from the last to the first (the main thread's
// walk goes first to last) and posts, in batches, each one's kind, size and modification time. Links, errors and
// hidden names are left to the main thread's walk, which looks at whatever it finds no answer for.

/** Entries a batch holds: the main thread sees them when it next misses one. */
const BATCH = 128;

/** Serves the walk named by workerData: {root, port, progress}. */
export function serveStats(): void {
  const data = workerData as {root?: unknown; port?: MessagePort; progress?: Int32Array} | null;
  const {port, progress} = data ?? {};
  if (typeof data?.root !== 'string' || !port || !progress) return;
  let batch: LookBatch = {paths: [], looks: []};
  const flush = (): void => {
    if (batch.paths.length === 0) return;
    port.postMessage(batch);
    // Counted once posted: the main thread looks for batches only when this has moved.
    Atomics.add(progress, 1, 1);
    batch = {paths: [], looks: []};
  };
  const visit = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    let names: string[];
    try {
      names = readNames(dir).sort(byName);
    } catch {
      return;
    }
    for (let i = names.length - 1; i >= 0; i--) {
      // The main thread's walk has gone past this top-level entry, or is over: the rest is done.
      const at = Atomics.load(progress, 0);
      if (at === STOP || (depth === 0 && at > i)) return;
      const name = names[i] ?? '';
      if (name.startsWith('.')) continue;
      const path = child(dir, name);
      let isDir: boolean;
      try {
        const stats = lstatSync(fsPath(path));
        if (stats.isSymbolicLink()) continue;
        isDir = stats.isDirectory();
        batch.paths.push(path);
        batch.looks.push(isDir ? 1 : 0, stats.size, stats.mtimeMs);
      } catch {
        continue;
      }
      if (batch.paths.length >= BATCH) flush();
      if (isDir) visit(path, depth + 1);
    }
  };
  try {
    visit(normalize(data.root), 0);
  } finally {
    flush();
    port.close();
  }
}
