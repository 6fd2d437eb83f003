import module from 'node:module';
import {join} from 'node:path';
import {homeFolder} from '../store/paths.js';

// V8's code cache for brief's own bundle: with it, a start-up after the first skips parsing and compiling the
// JavaScript it runs. Node 22.1+ keeps it on disk through module.enableCompileCache, keyed by each file's content
// (a rebuilt or updated bundle is compiled afresh and cached again) and checked when read (a damaged or foreign
// entry is ignored and rewritten), so brief only says where. Node 20 cannot cache an ES module's compilation
// without an experimental flag; there the reader, whose start-up matters most, runs as a classic script with a
// cache of its own in the same folder (classic-script.ts, reader-script.ts), and this does nothing.

type EnableCompileCache = (dir?: string) => {status: number; message?: string; directory?: string};

/** Where the cache lives: `$XDG_CACHE_HOME/brief/v8`, else `~/.cache/brief/v8`. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(homeFolder(), '.cache');
  return join(base, 'brief', 'v8');
}

/**
 * Turns the code cache on for every module loaded from now on (the reader's chunks load after this), unless
 * BRIEF_CODE_CACHE=0. Returns the folder in use, or null when off, unsupported or refused (an unwritable
 * folder): start-up then compiles as usual, which is always correct.
 */
export function enableCodeCache(
  env: NodeJS.ProcessEnv = process.env,
  enable: EnableCompileCache | undefined = (module as {enableCompileCache?: EnableCompileCache})
    .enableCompileCache,
): string | null {
  if (!enable || env.BRIEF_CODE_CACHE === '0') return null;
  try {
    const result = enable(codeCacheDir(env));
    // Status 0 is FAILED in module.constants.compileCacheStatus; ENABLED and ALREADY_ENABLED give the folder.
    return result.status !== 0 && result.directory ? result.directory : null;
  } catch {
    return null;
  }
}

/** The code cache folder for the extraction workers' script (src/store/index-worker.ts), or null when off. */
export function workerCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.BRIEF_CODE_CACHE === '0' ? null : codeCacheDir(env);
}
