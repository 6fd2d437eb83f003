// Builds dist/index-worker-boot.cjs, the file an extraction worker thread starts from (src/store/index-worker.ts as
// CommonJS): a worker given an ES module loads Node's ES module loader first (~20 of Node's own modules, fs/promises
// and readline among them, compiled from source under the workers' V8 flags) and resolves and links the chunks it
// imports, ~50 M instructions a worker before its first article. Its two import()s stay imports, of the ES bundle's
// chunks (the extractor with its patterns as written, and the ES worker for a worker without the classic script).
import {build} from 'esbuild';
import {relative} from 'node:path';
import {cjsBundle} from './cjs-bundle.mjs';

const OUT = 'dist/index-worker-boot.cjs';

/** The sources the worker imports at run time, by the specifier it names them with. */
const ES_SOURCES = {
  '../extract/index.js': 'src/extract/index.ts',
  './extraction-server.js': 'src/store/extraction-server.ts',
};

/**
 * The ES bundle's file for each of ES_SOURCES, from the main build's metafile (its `outputs`, each with the
 * `entryPoint` it was split from), as a specifier relative to dist/; null when one is missing.
 */
export function esChunks(metafile) {
  const found = {};
  for (const [specifier, source] of Object.entries(ES_SOURCES)) {
    const out = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === source)?.[0];
    if (!out) return null;
    found[specifier] = `./${relative('dist', out).split('\\').join('/')}`;
  }
  return found;
}

/**
 * Writes dist/index-worker-boot.cjs with the main build's externals, defines and switches; when it cannot (the
 * chunks not found, esbuild failing) writes nothing and tells `onSkip` why: the pool then starts dist/index-worker.js.
 */
export async function buildWorkerBoot(shared, metafile, onSkip) {
  const chunks = esChunks(metafile);
  if (!chunks) {
    onSkip('the ES chunks it imports were not found');
    return false;
  }
  try {
    await build(
      cjsBundle(shared, {
        entry: 'src/store/index-worker.ts',
        outfile: OUT,
        logLevel: 'silent',
        plugins: [
          {
            name: 'es-chunks',
            setup(b) {
              b.onResolve({filter: /^\.\.?\//}, (args) =>
                args.kind === 'dynamic-import' &&
                args.importer.endsWith('index-worker.ts') &&
                chunks[args.path]
                  ? {path: chunks[args.path], external: true}
                  : undefined,
              );
            },
          },
        ],
      }),
    );
    return true;
  } catch (err) {
    onSkip(String(err?.errors?.[0]?.text ?? err).split('\n')[0]);
    return false;
  }
}
