import {processIo} from './output.js';

/**
 * Ends the process once stdout and stderr have taken everything written to them (a write of nothing calls back
 * after those before it).
 */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/**
 * Ends the process with the command's exit code, or 1 and a one-line reason if it threw; a closed stdout
 * (`brief list | head`) is not an error. `exitWhenDone`: the command leaves nothing running once it resolves, so
 * the process ends then (flushed) rather than when Node has torn everything down on its own: `brief index` spent
 * 20-25 ms between its last write and the end of the process that way, on timers and handles already finished.
 */
export function settleExit(command: Promise<number>, exitWhenDone = false): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  command.then(
    (code) => {
      process.exitCode = code;
      if (exitWhenDone) exitWhenFlushed(code);
    },
    (err: unknown) => {
      processIo.err(`brief: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
