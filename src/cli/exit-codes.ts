/** Exit status of a command: 0 ok, 1 some input failed, 2 usage. */
export type ExitCode = 0 | 1 | 2;

/** The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it. */
export const INTERRUPTED = 130;

/** An exit code, or INTERRUPTED. */
export type RunExit = ExitCode | typeof INTERRUPTED;
