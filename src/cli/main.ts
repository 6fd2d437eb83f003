import {catchCtrlC} from './ctrl-c.js';
import {HELP, parseCli, UsageError, type CliArgs} from './args.js';
import {commandHelpText} from './command-help.js';
import type {ProgressSink, RunExit} from './index-command.js';
import {processIo, stderrSink, type Io} from './output.js';
import {enableCodeCache} from './code-cache.js';
import {readerModules} from './reader-modules.js';
import {readerPlace} from './reader-terminal.js';
import {traceStart} from './start-trace.js';
import {VERSION} from './version.js';
import {settleExit} from './settle-exit.js';
import {rawArgs} from './raw-args.js';
import {asksForJson, withJsonOutput} from './json-fallback.js';

performance.mark('brief:entry');
traceStart(process.env.BRIEF_TRACE_START);
enableCodeCache();

// Each command's code loads when that command runs: the reader's start-up must not pay for the article parser
// (YAML) or the indexer's modules before its first frame.

const sink = (): ProgressSink => stderrSink();

/** Runs one command line and returns its exit code. */
export async function run(argv: string[], io: Io = processIo): Promise<RunExit> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`brief: ${err.message}\nRun 'brief ${err.command ? `${err.command} ` : ''}--help' for usage.\n`);
    if (asksForJson(argv)) io.out('null\n');
    return 2;
  }
  return args.json ? withJsonOutput(io, (tracked) => runCommand(args, tracked)) : runCommand(args, io);
}

async function runCommand(args: CliArgs, io: Io): Promise<RunExit> {
  switch (args.command) {
    case 'help':
      io.out(args.topic ? commandHelpText(args.topic) : HELP);
      return 0;
    case 'version':
      // --json asks for data; help stays text (prose for a person, shown whatever else the line holds).
      io.out(args.json ? `${JSON.stringify({version: VERSION}, null, 2)}\n` : `${VERSION}\n`);
      return 0;
    case 'list':
      return (await import('./list-command.js')).listCommand(args.articles, args.db, args.json, io, sink());
    case 'show':
      return (await import('./commands.js')).showCommand(
        args.articles,
        args.positionals[0] ?? '',
        args.json,
        io,
      );
    case 'extract':
      return (await import('./commands.js')).extractCommand(args.positionals, args.json, io, args.explain);
    case 'index':
      return (await import('./index-command.js')).indexCommand(
        args.articles,
        args.db,
        args.json,
        io,
        sink(),
        args.check,
      );
    case 'search': {
      const {searchCommand} = await import('./search-command.js');
      const request = {
        articles: args.articles,
        db: args.db,
        query: args.positionals.join(' '),
        json: args.json,
        kind: args.kind,
        text: args.text,
        explain: args.explain,
      };
      return searchCommand(request, io, sink());
    }
    case 'add': {
      // Caught before the command's modules load, so a press while they do is said too (ctrl-c.ts).
      const ctrlC = catchCtrlC();
      return (await import('./add-command.js')).addCommand(
        args.articles,
        args.db,
        args.positionals,
        args.json,
        io,
        ctrlC,
        sink(),
      );
    }
    case 'refresh': {
      const ctrlC = catchCtrlC();
      return (await import('./refresh-command.js')).refreshCommand(
        args.articles,
        args.db,
        args.json,
        io,
        sink(),
        ctrlC,
      );
    }
    case 'feeds':
      return (await import('./feeds-command.js')).feedsCommand(
        args.articles,
        args.db,
        args.positionals,
        args.json,
        io,
      );
    case 'export-opml':
      return (await import('./feeds-command.js')).exportOpmlCommand(
        args.articles,
        args.db,
        args.positionals[0],
        io,
      );
    case 'tui': {
      const place = readerPlace(process.env, process.stdout, process.stdin);
      if (!place.reader) {
        if (place.note) io.err(place.note);
        return (await import('./list-command.js')).listCommand(args.articles, args.db, false, io, sink());
      }
      // The reader from its classic script with V8's code cache (reader-script.ts), else from its ES module.
      const {loadReader, runClassicReader} = await import('./reader-script.js');
      const classic = await loadReader();
      if (!classic)
        return (await import('./tui-command.js')).runReader(args.articles, args.db, io, readerModules);
      return runClassicReader(classic, args.articles, args.db, io, readerModules);
    }
  }
}

settleExit(run(rawArgs(process.argv.slice(2))));
