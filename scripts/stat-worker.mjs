// Builds dist/stat-worker.cjs: the thread `brief index` starts first thing to look at the library's entries for its
// walk (src/library/stat-ahead.ts, src/library/stat-worker.ts). A CommonJS file, so the worker starts without an ES
// module loader; a few kB, not worth a code cache.
import {build} from 'esbuild';

/** Writes dist/stat-worker.cjs; on failure warns, and `brief index` walks on its main thread alone. */
export async function buildStatWorker({define, supported}) {
  try {
    await build({
      stdin: {
        contents: "import {serveStats} from './src/library/stat-worker.ts';\nserveStats();\n",
        resolveDir: '.',
        sourcefile: 'stat-entry.js',
        loader: 'js',
      },
      outfile: 'dist/stat-worker.cjs',
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      supported,
      sourcemap: false,
      legalComments: 'none',
      define,
      logLevel: 'warning',
    });
  } catch (err) {
    console.warn(
      `build: no dist/stat-worker.cjs (${String(err).split('\n')[0]}); brief index walks on one thread`,
    );
  }
}
