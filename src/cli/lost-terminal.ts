import {closeSync, openSync} from 'node:fs';
import {isatty} from 'node:tty';

/**
 * The standard streams (0, 1, 2) that were a terminal when brief started and are no longer one: a terminal that
 * hung up (its window closed, an ssh connection dropped) answers no terminal request, so `isatty` says false.
 */
export function lostTerminals(wereTerminals: readonly number[], isTerminal = isatty): number[] {
  return wereTerminals.filter((fd) => !isTerminal(fd));
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
  const wereTerminals = [0, 1, 2].filter((fd) => isatty(fd));
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
