/**
 * Ctrl+C caught for a command that writes files (`brief add`, `brief refresh`): instead of Node's default, which
 * ends the process at once, perhaps between a temporary file's write and its rename, it aborts `signal`, so the
 * work in flight stops at the next item, each article being written finishes whole, and the command says what was
 * kept and exits 130. Every press is caught while the command runs (a second one must not cut a write short
 * either); the fetches it stops end within their own time limits.
 */
export interface CtrlC {
  /** Aborted by the first Ctrl+C. */
  readonly signal: AbortSignal;
  /** True once Ctrl+C was pressed. */
  readonly stopped: boolean;
  /** Gives Ctrl+C back to Node's default. */
  dispose(): void;
}

/** Starts catching Ctrl+C (SIGINT) until `dispose`. */
export function catchCtrlC(): CtrlC {
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.on('SIGINT', onSigint);
  return {
    signal: controller.signal,
    get stopped() {
      return controller.signal.aborted;
    },
    dispose: () => {
      process.removeListener('SIGINT', onSigint);
    },
  };
}
