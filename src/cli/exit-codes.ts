/**
 * Exit status of a command: 0 ok (an empty library too); 1 some input failed, or what the command reads or writes
 * could not be (permission, damage, a full disk, no library made yet); 2 usage: the command line cannot be run as
 * typed, a path option included: a folder named by --articles or $BRIEF_ARTICLES that is not there or is not a
 * folder, a --db or $BRIEF_DB in no folder or naming a file that is not brief's. The rule: 2 when the command line
 * names the wrong thing, 1 when the right thing fails. Files named as a command's input (extract, add, show's
 * article, export-opml's FILE) are input: 1.
 */
export type ExitCode = 0 | 1 | 2;

/** The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it. */
export const INTERRUPTED = 130;

/** The exit code of a command stopped by SIGTERM (`kill`, `timeout`, a service manager): 128 + 15. */
export const TERMINATED = 143;

/** The exit code of a command stopped by SIGHUP (its terminal closed): 128 + 1. */
export const HUNG_UP = 129;

/** An exit code, or that of a run stopped by a signal. */
export type RunExit = ExitCode | typeof INTERRUPTED | typeof TERMINATED | typeof HUNG_UP;

/** Whether `code` is that of a run stopped by a signal (Ctrl+C, SIGTERM, SIGHUP). */
export function stoppedBySignal(code: number): boolean {
  return code === INTERRUPTED || code === TERMINATED || code === HUNG_UP;
}

/** The signals that stop a command the way Ctrl+C does: what it has saved is kept, and it says so. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** One of STOP_SIGNALS. */
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** What stopped a command, as its line says it ("stopped by SIGTERM"), and the exit code it earns. */
export interface StopReport {
  by: string;
  code: RunExit;
}

/** Each stopping signal's words and exit code (128 + its number, as shells report a process it ended). */
export const STOP_REPORT: Record<StopSignal, StopReport> = {
  SIGINT: {by: 'Ctrl+C', code: INTERRUPTED},
  SIGTERM: {by: 'SIGTERM', code: TERMINATED},
  SIGHUP: {by: 'SIGHUP (its terminal closed)', code: HUNG_UP},
};
