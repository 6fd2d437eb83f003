// Builds dist/index-worker.cjs: the extraction worker (src/store/extraction-server.ts, the extractor and the
// library reader) as one classic CommonJS-style script, which Node 20 can compile from V8's code cache
// (src/store/classic-script.ts) where it cannot for an ES module; dist/index-worker.js loads it. In a CommonJS
// bundle esbuild turns the worker's import() of the extractor into a call of the bundled module, so the script
// holds no import(), which has no loader inside vm.Script on Node 20. Its extractor's patterns are cut to the Basic
// Multilingual Plane (scripts/bmp-patterns.mjs); dist/index-worker.js hands it the ES extractor for text they
// cannot read.
import {cutExtractorPatterns} from './bmp-patterns.mjs';
import {buildClassicScript} from './classic-reader.mjs';

/**
 * Writes dist/index-worker.cjs with the main build's externals, defines and switches; on any failure writes
 * nothing and tells `onSkip` why (the worker then runs its ES module, which is always correct).
 */
export function buildClassicWorker(options, onSkip) {
  return buildClassicScript(
    {
      contents: "export {serve} from './src/store/extraction-server.ts';\n",
      sourcefile: 'worker-entry.js',
      outfile: 'dist/index-worker.cjs',
      // The extractor's patterns cut to the Basic Multilingual Plane (scripts/bmp-patterns.mjs).
      transform: (source) => cutExtractorPatterns(source).text,
    },
    options,
    onSkip,
  );
}
