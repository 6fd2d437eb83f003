/** Exit status of a command: 0 ok, 1 some input failed, 2 usage. */
export type ExitCode = 0 | 1 | 2;

/** The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it. */
export const INTERRUPTED = 130;

/** The exit code of a `brief index` stopped by SIGTERM (`kill`, `timeout`, a service manager): 128 + 15. */
export const TERMINATED = 143;

/** The exit code of a `brief index` stopped by SIGHUP (its terminal closed): 128 + 1. */
export const HUNG_UP = 129;

/** An exit code, or that of a run stopped by a signal. */
export type RunExit = ExitCode | typeof INTERRUPTED | typeof TERMINATED | typeof HUNG_UP;

/** Whether `code` is that of a run stopped by a signal (Ctrl+C, SIGTERM, SIGHUP). */
export function stoppedBySignal(code: number): boolean {
  return code === INTERRUPTED || code === TERMINATED || code === HUNG_UP;
}
