import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadClassicScript} from '../store/classic-script.js';
import type {CliArgs} from './args.js';
import {codeCacheDir} from './code-cache.js';
import {join} from 'node:path';
import {tunedWorkerFlags} from '../store/worker-start.js';
import type {indexCommand} from './index-command.js';
import {processIo, stderrSink} from './output.js';
import {withJsonOutput} from './json-fallback.js';

// `brief index` as a classic script (dist/index-command.cjs, written by scripts/build.mjs from index-command.ts), so
// the `brief` command runs it from V8's code cache as it does the reader (reader-script.ts): Node 20 keeps no code
// cache for the ES bundle's modules, and loading the command's ~30 of them was ~50 ms of a ~330 ms run with nothing
// changed at 10,000 files. Where the file is absent (running from the sources), the cache is off
// (BRIEF_CODE_CACHE=0) or the script fails to load, the caller runs the ES bundle instead.

/** How much more compiled code (a fraction of the entry) makes the cache worth writing again (a first index's). */
const CACHE_GROWTH = 0.05;

/**
 * A run shorter than this compiled nothing a cache of a run before lacks (nothing changed): it only writes a cache
 * when there is none, without taking the code to compare its size (~2 ms).
 */
const GROWTH_AFTER_MS = 1000;

interface IndexExports {
  indexCommand: typeof indexCommand;
}

/** The index command's arguments, as parseCli gives them. */
export type IndexArgs = Pick<CliArgs, 'articles' | 'db' | 'json' | 'check'>;

/**
 * Runs `brief index` from dist/index-command.cjs and returns its exit code, or null (nothing run) when the script
 * cannot be used. The code cache is written after the run when there was none, or when this run compiled much more
 * than it holds (a first index after runs with nothing changed).
 */
export async function runIndexScript(
  args: IndexArgs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | null> {
  if (env.BRIEF_CODE_CACHE === '0') return null;
  const file = fileURLToPath(new URL('./index-command.cjs', import.meta.url));
  if (!existsSync(file)) return null;
  // V8 refuses a code cache taken under other flags: a first index whose workers the entry started (early-workers.ts)
  // runs under theirs, and keeps its own entry in their folder, taken under them; any other run, the one taken
  // under V8's defaults. (Loaded under the workers' flags, that one was refused and the script compiled from its
  // source: ~0.1 G instructions of the main thread.)
  const tuned = tunedWorkerFlags();
  const script = tuned
    ? loadClassicScript<IndexExports>(file, join(codeCacheDir(env), tuned), 'current')
    : loadClassicScript<IndexExports>(file, codeCacheDir(env));
  if (!script || typeof script.exports.indexCommand !== 'function') return null;
  performance.mark('brief:index-script');
  const started = performance.now();
  try {
    const {indexCommand} = script.exports;
    const run = (io: typeof processIo): Promise<number> =>
      indexCommand(args.articles, args.db, args.json, io, stderrSink(), args.check);
    return await (args.json ? withJsonOutput(processIo, run) : run(processIo));
  } finally {
    // A run over a second compiled what such runs compile: its entry, once written so marked, is not compared again.
    const long = performance.now() - started > GROWTH_AFTER_MS;
    script.save(long ? CACHE_GROWTH : undefined, long);
    // The entry a later run (nothing changed, under V8's defaults) starts from, made by the first index.
    if (tuned) script.saveDefaultIn(codeCacheDir(env));
  }
}
