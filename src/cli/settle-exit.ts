import {processIo} from './output.js';

/**
 * Ends the process with the command's exit code, or 1 and a one-line reason if it threw; a closed stdout
 * (`brief list | head`) is not an error.
 */
export function settleExit(command: Promise<number>): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  command.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      processIo.err(`brief: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
