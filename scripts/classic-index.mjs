// Builds dist/index-command.cjs: `brief index` (src/cli/index-command.ts: the store, the scan, the indexer, the
// worker pool) as one classic CommonJS-style script, which the `brief` command (dist/cli.cjs) runs from V8's code
// cache (src/cli/index-script.ts) where Node 20 cannot cache the ES bundle's modules: with nothing changed at 10,000
// files, loading the command's ~30 ES modules was ~50 ms of a ~330 ms run.
import {buildClassicScript, lazyBuiltins} from './classic-reader.mjs';

// worker_threads (with net, dgram and the worker internals) and v8 are loaded when first called, ~9 ms of a run that
// starts no worker: a run with nothing changed spawns no extraction worker and tunes no V8 flag.
const LAZY = /^node:(worker_threads|v8)$/;

/**
 * Writes dist/index-command.cjs with the main build's externals, defines and switches; on any failure writes
 * nothing and tells `onSkip` why (`brief index` then runs from the ES bundle, which is always correct).
 */
export function buildClassicIndex(options, onSkip) {
  return buildClassicScript(
    {
      contents: "export {indexCommand} from './src/cli/index-command.ts';\n",
      sourcefile: 'index-entry.js',
      outfile: 'dist/index-command.cjs',
      plugins: [lazyBuiltins(LAZY)],
    },
    options,
    onSkip,
  );
}
