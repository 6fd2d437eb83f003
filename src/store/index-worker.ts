// Worker thread entry, bundled twice: as CommonJS (dist/index-worker-boot.cjs, scripts/worker-boot.mjs), the file the
// pool starts, and as an ES module (dist/index-worker.js), the one it starts when the other is missing. The CommonJS
// file spares each worker Node's ES module loader (its modules, with fs/promises and readline, compiled from source
// under the workers' V8 flags, and the chunks it would resolve and link). Node 20 keeps no code cache for an ES
// module, so the worker's code is also built as a classic script (dist/index-worker.cjs, scripts/classic-worker.mjs)
// that vm.Script compiles from V8's cached data: each worker of an index then skips parsing and compiling the
// extractor's functions (one worker of a cold index spent ~0.2-0.3 s of its first articles on that). Without the
// script or a cache folder, or when it fails to load, the worker runs the ES module: slower to start, same work.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {workerData} from 'node:worker_threads';
import {loadClassicScript} from './classic-script.js';
import {lowerThreadPriority} from './thread-priority.js';
import type {serve} from './extraction-server.js';
import type {WorkerOptions} from './worker-protocol.js';

/**
 * Articles a worker extracts before it writes the code cache: by then it has run nearly every rule and stage, so
 * the cache holds their compiled code; a later save would cost every run that has the cache a check of its size.
 */
const WARM_AFTER = 24;

function startClassic(options: Partial<WorkerOptions>): boolean {
  if (!options.cacheDir) return false;
  const file = fileURLToPath(new URL('./index-worker.cjs', import.meta.url));
  if (!existsSync(file)) return false;
  // The pool tunes V8's flags before starting any worker, so the flags in force now are those of every worker.
  const script = loadClassicScript<{serve: typeof serve}>(file, options.cacheDir, 'current');
  if (!script || typeof script.exports.serve !== 'function') return false;
  // The script's extractor has its patterns cut to the Basic Multilingual Plane (scripts/bmp-patterns.mjs); the ES
  // module's, as written, extracts the text they cannot read.
  const loadWritten = () => import('../extract/index.js');
  script.exports.serve(
    options.saveCache
      ? {warmAfter: WARM_AFTER, onWarm: () => void script.save(), loadWritten}
      : {loadWritten},
  );
  return true;
}

const options = (workerData ?? {}) as Partial<WorkerOptions>;
// Before the extractor loads, so that its loading too gives way to the thread the pool's owner answers keys on.
if (options.nice) lowerThreadPriority(options.nice);
// No top-level await: the CommonJS build has none.
if (!startClassic(options)) void import('./extraction-server.js').then((server) => server.serve());
