// Builds dist/cli.cjs, the `brief` command (src/cli/entry.ts): one CommonJS file with the command-line parser and the
// classic reader's loader. Its imports of main.ts and reader-modules.ts stay imports, of the ES bundle's dist/cli.js
// and dist/reader-modules.js, so no code is carried twice and nothing it does not run is compiled.
import {build} from 'esbuild';
import {lazyBuiltins} from './classic-reader.mjs';
import {cjsBundle} from './cjs-bundle.mjs';

/** The ES bundle's entries the CommonJS entry imports at run time, by the source path it names them with. */
const ES_ENTRIES = {'./main.js': './cli.js', './reader-modules.js': './reader-modules.js'};

export async function buildEntry(shared) {
  await build(
    cjsBundle(shared, {
      entry: 'src/cli/entry.ts',
      outfile: 'dist/cli.cjs',
      shebang: true,
      logLevel: 'warning',
      plugins: [
        // V8's flags are touched only when a code cache is written, after the command's work (classic-script.ts), or
        // when a first index starts its workers (early-workers.ts), which alone loads worker_threads here. tty (with
        // net and Node's streams) only when a standard stream is a character device (lost-terminal.ts).
        lazyBuiltins(/^node:(v8|worker_threads|tty)$/),
        {
          name: 'es-entries',
          setup(b) {
            b.onResolve({filter: /^\.\/(main|reader-modules)\.js$/}, (args) =>
              args.importer.endsWith('entry.ts') ? {path: ES_ENTRIES[args.path], external: true} : undefined,
            );
          },
        },
      ],
    }),
  );
}
