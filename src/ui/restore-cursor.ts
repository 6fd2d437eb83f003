// Stands in for the restore-cursor package in the bundle (scripts/build.mjs aliases it). The package writes "show
// the cursor" to process.stderr when the process exits, whatever stderr is: `brief 2>log` left an escape sequence
// in the log. The reader restores the cursor itself, on the terminal it draws on (terminal.ts, on every way out:
// quit, signal, exit), so this registers nothing.

/** Does nothing: terminal.ts shows the cursor again on the terminal the reader draws on. */
export default function restoreCursor(): void {}
