import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {findWorkerScript, startEarlyWorkers, workerCount} from '../store/worker-start.js';
import {workerCacheDir} from './code-cache.js';

/**
 * Starts a first index's extraction workers from the `brief` command's entry, when `brief index` will make a new
 * database (`dbPath` absent, as index-command.ts's early pool asks): each spends ~0.2 s starting before it answers
 * the first read, and the main thread, done with the store's opening and the library's walk well before that,
 * waited for them; started here, their start-up also runs beside the loading of the command's own script. The
 * command's pool takes them (worker-start.ts); with no pool made, the process's exit ends them.
 */
export function startFirstIndexWorkers(dbPath: string, env: NodeJS.ProcessEnv = process.env): void {
  if (dbPath === ':memory:' || existsSync(dbPath)) return;
  const script = findWorkerScript();
  if (!script) return;
  startEarlyWorkers(script, Math.max(1, workerCount(env) ?? availableParallelism()), workerCacheDir(env));
}
