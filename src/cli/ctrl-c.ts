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

// A press before the command's own catch (the bundle loading: 150-200 ms of a loaded machine) ended the process by
// Node's default, silently. The first lines of the program catch it instead, and the command's catch takes it over.
// Through a global, since the two may be in different bundles (dist/cli.cjs, dist/cli.js).
const EARLY = Symbol.for('brief.ctrl-c.early');

interface Early {
  pressed: boolean;
  listener: () => void;
}

const early = (): {[EARLY]?: Early} => globalThis as {[EARLY]?: Early};

/** From the program's first lines, for a command that writes files: a press is kept for `catchCtrlC` to take. */
export function catchCtrlCEarly(): void {
  const g = early();
  if (g[EARLY]) return;
  const caught: Early = {pressed: false, listener: () => (caught.pressed = true)};
  g[EARLY] = caught;
  process.on('SIGINT', caught.listener);
}

/** Ends the early catch; true when Ctrl+C was pressed during it. */
function takeEarly(): boolean {
  const g = early();
  const caught = g[EARLY];
  if (!caught) return false;
  delete g[EARLY];
  process.removeListener('SIGINT', caught.listener);
  return caught.pressed;
}

/** Starts catching Ctrl+C (SIGINT) until `dispose`, a press `catchCtrlCEarly` caught counting as the first. */
export function catchCtrlC(): CtrlC {
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.on('SIGINT', onSigint);
  if (takeEarly()) controller.abort();
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
