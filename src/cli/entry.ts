import {parseCli, type CliArgs} from './args.js';
import {catchCtrlCEarly} from './ctrl-c.js';
import {startFirstIndexWorkers} from './early-workers.js';
import {rawArgs} from './raw-args.js';
import {runIndexScript} from './index-script.js';
import {processIo} from './output.js';
import type {ReaderModules} from './reader-modules.js';
import {loadReader, runClassicReader} from './reader-script.js';
import {readerPlace} from './reader-terminal.js';
import {settleExit} from './settle-exit.js';
import {traceStart} from './start-trace.js';
import {traceNow, traceSpan} from '../store/index-trace.js';

// The `brief` command (dist/cli.cjs). Node 20 starts a CommonJS file without setting up its ES module loader (~10-15
// ms of CPU of every start), so the reader, the command whose start-up is felt, runs from here on no ES module at all
// until after its first frame: its classic script from V8's code cache (reader-script.ts), the modules of indexing
// and feed refresh imported when first used. Anything else (other commands, a usage error, output that is not a
// terminal, a reader that cannot start from its classic script) goes to the ES bundle, dist/cli.js (main.ts), which
// reads the command line again. `brief index` runs from a classic script of its own too (index-script.ts).

/** The reader's later modules, from the ES bundle's reader-modules entry (dist/reader-modules.js). */
const laterModules: ReaderModules = {
  indexing: () => import('./reader-modules.js').then((m) => m.readerModules.indexing()),
  refresh: () => import('./reader-modules.js').then((m) => m.readerModules.refresh()),
};

/** The command line, or null when it is wrong (main.ts says why). */
function cliArgs(): CliArgs | null {
  try {
    return parseCli(rawArgs(process.argv.slice(2)));
  } catch {
    return null;
  }
}

/**
 * The reader's arguments when this start is the reader's. The command is looked at first: `process.stdin` is made on
 * first use (a file's stdin loads Node's fs streams and fs/promises, a pipe's its net module: ~5-10 ms of a
 * `brief index` with nothing changed, which never reads it).
 */
function readerArgs(cli: CliArgs | null): {articles: string; db: string} | null {
  if (cli?.command !== 'tui' || process.env.BRIEF_CODE_CACHE === '0') return null;
  return readerPlace(process.env, process.stdout, process.stdin).reader ? cli : null;
}

async function runReaderHere(args: {articles: string; db: string}): Promise<number | null> {
  const classic = await loadReader();
  return classic ? runClassicReader(classic, args.articles, args.db, processIo, laterModules) : null;
}

const cli = cliArgs();
if (cli?.command === 'add' || cli?.command === 'refresh') catchCtrlCEarly();
const args = readerArgs(cli);
if (args) {
  performance.mark('brief:entry');
  traceStart(process.env.BRIEF_TRACE_START);
  settleExit(
    runReaderHere(args).then(async (code) => {
      if (code !== null) return code;
      // No classic script here: the ES bundle's reader, which starts it from its ES module (the trace is already on).
      delete process.env.BRIEF_TRACE_START;
      await import('./main.js');
      return new Promise<number>(() => {});
    }),
  );
} else if (cli?.command === 'index') {
  performance.mark('brief:entry');
  // A first index's workers start before the command's script loads (early-workers.ts), and before anything makes
  // `process.stdout` or `process.stderr` (Node's stream modules, ~7 M instructions).
  // (BRIEF_TRACE_INDEX: when the entry got here, against the workers' spawn and first `online`.)
  traceSpan('entry', traceNow());
  startFirstIndexWorkers(cli.db);
  traceStart(process.env.BRIEF_TRACE_START, process.stderr);
  // From its classic script with V8's code cache (index-script.ts), else from the ES bundle.
  settleExit(
    runIndexScript(cli).then(async (code) => {
      if (code !== null) return code;
      await import('./main.js');
      return new Promise<number>(() => {});
    }),
    true,
  );
} else {
  // The ES bundle (dist/cli.js; main.ts in the sources).
  void import('./main.js');
}
