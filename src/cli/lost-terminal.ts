import {closeSync, constants, fstatSync, openSync, statSync} from 'node:fs';
import {isatty} from 'node:tty';

/**
 * Whether `fd` is a terminal. A terminal is a character device other than /dev/null, so a pipe, a file, a socket or
 * /dev/null (a child's stream set to "ignore") is answered by fstat, without Node's tty module (built as loaded on
 * first use: with net and Node's streams, ~15 M instructions of a `brief index` whose streams are pipes or files).
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if ((stat.mode & constants.S_IFMT) !== constants.S_IFCHR) return false;
    if (stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return isatty(fd);
}

/**
 * The standard streams (0, 1, 2) that were a terminal when brief started and are no longer one: a terminal that
 * hung up (its window closed, an ssh connection dropped) answers no terminal request, so `isatty` says false.
 */
export function lostTerminals(wereTerminals: readonly number[], isTerminalNow = isatty): number[] {
  return wereTerminals.filter((fd) => !isTerminalNow(fd));
}

let watching = false;

/**
 * At exit, Node puts each standard stream that was a terminal at start back in the mode it found it in, and when
 * that terminal has gone it fails an assertion of its own: brief ended by SIGABRT instead of its exit code, with
 * two native stack traces in the file stderr was sent to. Each stream whose terminal is gone is pointed at
 * /dev/null as the process exits (Node leaves a stream that is now another file alone; anything still written
 * to it goes nowhere, as it would have on the lost terminal). Called once per process; the rest of the time it
 * costs nothing but the three `isatty` calls at start.
 */
export function releaseLostTerminalsAtExit(): void {
  if (watching) return;
  watching = true;
  const wereTerminals = [0, 1, 2].filter((fd) => isTerminal(fd));
  if (wereTerminals.length === 0) return;
  process.on('exit', () => {
    for (const fd of lostTerminals(wereTerminals)) {
      try {
        closeSync(fd);
        // The lowest free descriptor: the one just closed, unless a thread opened a file in between.
        const opened = openSync('/dev/null', 'r+');
        if (opened !== fd) closeSync(opened);
      } catch {
        // nothing more can be done for it
      }
    }
  });
}
