import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadClassicScript} from '../store/classic-script.js';
import {codeCacheDir} from './code-cache.js';
import type {RunExit} from './exit-codes.js';
import type {Io} from './output.js';
import type {ReaderModules} from './reader-modules.js';
import type {runReader} from './tui-command.js';

// The reader as a classic script (dist/reader.cjs, written by scripts/build.mjs from tui-command.ts with Ink's
// layout engine loaded without a top-level await), so Node 20 can start it from V8's code cache: the first frame
// skips compiling Ink, React and the screens. Where the file is absent (running from the sources), the cache is
// off (BRIEF_CODE_CACHE=0) or the script fails to load, the caller imports tui-command.js instead.

/** How much more compiled code (a fraction of the entry) makes the cache worth writing again at quit. */
const CACHE_GROWTH = 0.05;

interface ReaderExports {
  runReader: typeof runReader;
  /** Resolves once Ink's layout engine (WebAssembly) is ready; nothing may render before. */
  yogaReady: Promise<void>;
}

export interface ClassicReader {
  runReader: typeof runReader;
  /** Writes the code cache if this run had none (once start-up has settled). */
  saveCache(): void;
  /** At quit: writes the cache again if this run compiled much it lacks (the code of keys pressed since). */
  updateCache(): void;
}

/** The reader from dist/reader.cjs, or null to use the ES module. */
export async function loadReader(env: NodeJS.ProcessEnv = process.env): Promise<ClassicReader | null> {
  if (env.BRIEF_CODE_CACHE === '0') return null;
  // Beside the CLI bundle, whether this code sits in dist/ or in dist/chunks/.
  const file = ['./reader.cjs', '../reader.cjs']
    .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
    .find((path) => existsSync(path));
  if (!file) return null;
  const script = loadClassicScript<ReaderExports>(file, codeCacheDir(env));
  if (!script || typeof script.exports.runReader !== 'function') return null;
  try {
    await script.exports.yogaReady;
  } catch {
    return null;
  }
  performance.mark(`brief:reader-script`);
  return {
    runReader: script.exports.runReader,
    saveCache: () => void script.save(),
    updateCache: () => void script.save(CACHE_GROWTH),
  };
}

/**
 * Runs the reader from its classic script. The cache is taken once start-up has settled (first frame, the
 * warm-up of search and the screens) and the user pauses (taking it blocks for 40-170 ms: a key pressed then would
 * wait), so it holds what every start runs; at quit it is taken again if the keys pressed compiled much more, or
 * for the first time if the session never settled.
 */
export async function runClassicReader(
  classic: ClassicReader,
  articles: string,
  db: string,
  io: Io,
  modules: ReaderModules,
): Promise<RunExit> {
  try {
    return await classic.runReader(articles, db, io, modules, () => classic.saveCache());
  } finally {
    classic.updateCache();
  }
}
