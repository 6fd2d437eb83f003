// Builds dist/index-worker.cjs: the extraction worker (src/store/extraction-server.ts, the extractor and the
// library reader) as one classic CommonJS-style script, which Node 20 can compile from V8's code cache
// (src/store/classic-script.ts) where it cannot for an ES module; dist/index-worker.js loads it. In a CommonJS
// bundle esbuild turns the worker's import() of the extractor into a call of the bundled module, so the script
// holds no import(), which has no loader inside vm.Script on Node 20.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';
import {readFileSync, writeFileSync} from 'node:fs';
import {asciiOnly} from './classic-reader.mjs';

const OUT = 'dist/index-worker.cjs';

/**
 * Writes dist/index-worker.cjs with the main build's externals, defines and switches; on any failure writes
 * nothing and tells `onSkip` why (the worker then runs its ES module, which is always correct).
 */
export async function buildClassicWorker({external, alias, define, supported}, onSkip) {
  try {
    await build({
      stdin: {
        contents: "export {serve} from './src/store/extraction-server.ts';\n",
        resolveDir: '.',
        sourcefile: 'worker-entry.js',
        loader: 'js',
      },
      outfile: OUT,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcemap: false,
      legalComments: 'none',
      charset: 'ascii',
      external,
      alias,
      supported,
      define: {...define, 'import.meta.url': '__brief_meta_url'},
      logLevel: 'silent',
    });
  } catch (err) {
    await rm(OUT, {force: true});
    onSkip(String(err?.errors?.[0]?.text ?? err).split('\n')[0]);
    return false;
  }
  const source = readFileSync(OUT, 'utf8');
  if (/\bimport\(/.test(source)) {
    await rm(OUT, {force: true});
    onSkip('it would hold an import()');
    return false;
  }
  writeFileSync(OUT, asciiOnly(source));
  return true;
}
