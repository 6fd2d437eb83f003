import {releaseLostTerminalsAtExit} from './lost-terminal.js';
import {processIo} from './output.js';
import {fstatSync, constants} from 'node:fs';
import {outputProblem, type OutputKind} from '../library/fs-problem.js';
import {traceNow, traceSpan} from '../store/index-trace.js';

/**
 * Ends the process once stdout and stderr have taken everything written to them (a write of nothing calls back
 * after those before it).
 */
function exitWhenFlushed(code: number): void {
  // A write that failed (a full disk) is the 'error' listener's to report: exiting here first hid it.
  process.stdout.write('', (err) => {
    if (!err)
      process.stderr.write('', () => {
        traceSpan('exit', traceNow());
        process.exit(code);
      });
  });
}

/** What the descriptor `fd` is: a file (a regular file or a disk), a terminal (any other device) or a pipe. */
export function outputKind(fd: number): OutputKind {
  try {
    const type = fstatSync(fd).mode & constants.S_IFMT;
    if (type === constants.S_IFCHR) return 'terminal';
    return type === constants.S_IFREG || type === constants.S_IFBLK ? 'file' : 'pipe';
  } catch {
    return 'file';
  }
}

/**
 * Why standard output took no more, in the file system's words for a file ("the disk is full (free some space…)"),
 * and in the output's own for a terminal or a pipe ("input/output error on the terminal (…)").
 */
export function outputError(err: NodeJS.ErrnoException, kind: OutputKind = outputKind(1)): string {
  return outputProblem(err, kind);
}

/**
 * Ends the process with the command's exit code, or 1 and a one-line reason if it threw; a closed stdout
 * (`brief list | head`) is not an error, output that cannot be written (a full disk) is: a one-line reason and 1. `exitWhenDone`: the command leaves nothing running once it resolves, so
 * the process ends then (flushed) rather than when Node has torn everything down on its own: `brief index` spent
 * 20-25 ms between its last write and the end of the process that way, on timers and handles already finished.
 */
export function settleExit(command: Promise<number>, exitWhenDone = false): void {
  releaseLostTerminalsAtExit();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader of the output has all it wanted (`brief list | head -1`): quiet, with the command's code when it
    // has one already, else 0 (what it printed was taken as far as anyone read).
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    // Anything else lost the output (a full disk, a device error): said, and not a success.
    processIo.err(`brief: cannot write the output: ${outputError(err)}\n`);
    process.exit(1);
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
