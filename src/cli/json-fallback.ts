import type {Io} from './output.js';

/**
 * Runs a `--json` command so that its output is JSON whatever happens: a command that fails as a whole (no article
 * folder, a file that is not brief's database, a usage error) printed nothing on stdout, which a script's JSON parser
 * rejects; it gets `null` there, as `brief show ID --json` of an unknown id does, the reason on stderr as before and
 * the exit code saying it failed. Output the command wrote itself is left as it is.
 */
export async function withJsonOutput<Code extends number>(
  io: Io,
  command: (io: Io) => Promise<Code>,
): Promise<Code> {
  let wrote = false;
  const tracked: Io = {
    ...io,
    out: (text) => {
      if (text !== '') wrote = true;
      io.out(text);
    },
    terminal: io.terminal,
  };
  // Getters (columns) are read through, not copied once.
  Object.defineProperty(tracked, 'columns', {get: () => io.columns});
  let code: Code;
  try {
    code = await command(tracked);
  } catch (err) {
    if (!wrote) io.out('null\n');
    throw err;
  }
  if (code !== 0 && !wrote) io.out('null\n');
  return code;
}

/** Whether a command line that could not be parsed asked for JSON (a usage error then prints `null` on stdout). */
export function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}
