// Builds dist/index-command.cjs: `brief index` (src/cli/index-command.ts: the store, the scan, the indexer, the
// worker pool) as one classic CommonJS-style script, which the `brief` command (dist/cli.cjs) runs from V8's code
// cache (src/cli/index-script.ts) where Node 20 cannot cache the ES bundle's modules: with nothing changed at 10,000
// files, loading the command's ~30 ES modules was ~50 ms of a ~330 ms run.
import {buildClassicScript, lazyBuiltins} from './classic-reader.mjs';

// worker_threads (with net, dgram and the worker internals) and v8 are loaded when first called, ~9 ms of a run that
// starts no worker: a run with nothing changed spawns no extraction worker and tunes no V8 flag. crypto too (with
// Node's streams, ~25 M instructions): a run with nothing changed makes no claim (claims.ts) and reads no article.
const LAZY = /^node:(worker_threads|v8|crypto)$/;

// better-sqlite3's JavaScript is bundled into the script too, so it comes from the code cache: as a package beside
// the script it cost a module resolution per file (each walking up for package.json files) and a compile, and its
// `bindings` found the addon by reading a stack trace and trying a dozen paths. Here `bindings` is told the package's
// folder and tries its usual paths, in its usual order, from there.
const BINDINGS = `const {createRequire} = require('node:module');
const {dirname, join} = require('node:path');
module.exports = function bindings(name) {
  const root = dirname(createRequire(__brief_meta_url).resolve('better-sqlite3/package.json'));
  return createRequire(join(root, 'package.json'))('bindings')({bindings: name, module_root: root});
};`;

const sqliteInside = {
  name: 'better-sqlite3-inside',
  setup(b) {
    b.onResolve({filter: /^bindings$/}, () => ({path: 'bindings', namespace: 'brief-bindings'}));
    b.onLoad({filter: /.*/, namespace: 'brief-bindings'}, () => ({contents: BINDINGS, loader: 'js'}));
  },
};

/**
 * Writes dist/index-command.cjs with the main build's externals, defines and switches; on any failure writes
 * nothing and tells `onSkip` why (`brief index` then runs from the ES bundle, which is always correct).
 */
export function buildClassicIndex(options, onSkip) {
  const external = options.external.filter((name) => name !== 'better-sqlite3');
  return buildClassicScript(
    {
      contents: "export {indexCommand} from './src/cli/index-command.ts';\n",
      sourcefile: 'index-entry.js',
      outfile: 'dist/index-command.cjs',
      plugins: [lazyBuiltins(LAZY), sqliteInside],
    },
    {...options, external},
    onSkip,
  );
}
