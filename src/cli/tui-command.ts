import {startIndexing, type IndexRun} from '../store/indexer.js';
import {createWorkerPool, findWorkerScript} from '../store/worker-pool.js';
import type {ExitCode} from './commands.js';
import {openStoreForCli} from './open-store.js';
import {findOpener} from './open-url.js';
import type {Io} from './output.js';

// Long enough for the first frame (drawn from what is already stored) to reach the screen before the folder
// scan takes the thread; short enough that nobody waits for new articles.
const INDEX_DELAY_MS = 60;

/** The interactive reader: opens the store, draws from it at once and indexes in the background. */
export async function runReader(articles: string, dbPath: string, io: Io): Promise<ExitCode> {
  const store = openStoreForCli(articles, dbPath, io);
  if (!store) return 1;
  const script = findWorkerScript();
  const indexing: IndexRun | undefined = script
    ? startIndexing(store, {pool: createWorkerPool({script}), delayMs: INDEX_DELAY_MS})
    : undefined;
  // Failures while indexing must not print over the UI; what was stored stays usable.
  indexing?.done.catch(() => {});
  try {
    const [{runTui}, openUrl] = await Promise.all([import('../ui/run-tui.js'), Promise.resolve(findOpener())]);
    await runTui({store, ...(indexing ? {indexing} : {}), ...(openUrl ? {openUrl} : {})});
  } finally {
    await indexing?.stop().catch(() => null);
    store.close();
  }
  return 0;
}
