import {HELP, parseCli, UsageError, type CliArgs} from './args.js';
import {extractCommand, listCommand, loadForCli, showCommand, formatList, type ExitCode} from './commands.js';
import {newestFirst, processIo, type Io} from './output.js';
import {VERSION} from './version.js';

/** Runs one command line and returns its exit code. */
export async function run(argv: string[], io: Io = processIo): Promise<ExitCode> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`brief: ${err.message}\nRun 'brief --help' for usage.\n`);
    return 2;
  }
  switch (args.command) {
    case 'help':
      io.out(HELP);
      return 0;
    case 'version':
      io.out(`${VERSION}\n`);
      return 0;
    case 'list':
      return listCommand(args.articles, args.json, io);
    case 'show':
      return showCommand(args.articles, args.positionals[0] ?? '', args.json, io);
    case 'extract':
      return extractCommand(args.positionals, args.json, io);
    case 'tui': {
      const load = loadForCli(args.articles, io);
      if (!load) return 1;
      if (!process.stdout.isTTY || !process.stdin.isTTY) {
        io.out(formatList(newestFirst(load.articles)));
        return 0;
      }
      // Until the SQLite store lands, the reader works from memory and extracts on demand.
      const [{runTui}, {extract}, {createMemoryStore}] = await Promise.all([
        import('../ui/run-tui.js'),
        import('../extract/index.js'),
        import('../store/index.js'),
      ]);
      const store = createMemoryStore(load.articles, (a) =>
        extract({title: a.title, paragraphs: a.paragraphs, authors: [...a.authors, ...a.contributors]}),
      );
      await runTui({store});
      return 0;
    }
  }
}

// Closing stdout early (brief list | head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`brief: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
