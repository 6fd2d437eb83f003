import {constants} from 'node:os';

// The alternate screen keeps the user's scrollback intact and gives it back on exit, however the reader ends.
// Bracketed paste on with it (state/paste.ts), off when leaving: a paste is then text, never keys.
const ENTER_ALT = '\u001b[?1049h\u001b[?2004h';
// Blank and the cursor home before leaving it: tmux, given its main screen back at another size than it lent it (the
// window resized while the reader ran), carried rows of the last frame onto it, above the shell's prompt.
const LEAVE_ALT = '\u001b[?2004l\u001b[2J\u001b[H\u001b[?1049l\u001b[?25h';

// Erase Saved Lines (ED 3): Ink sends it with each full clear (a narrower window, a frame as tall as the screen), and
// xterm, VTE and tmux erase the user's scrollback on it even from the alternate screen, which has none of its own.
const ERASE_SAVED_LINES = '\u001b[3J';

// After the alternate screen is taken again: the cursor hidden as Ink keeps it, the screen blank, the cursor home.
const BLANK_SCREEN = '\u001b[?25l\u001b[2J\u001b[H';

/** The signals that end brief: each is caught so the terminal is given back before the process goes. */
export const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;

/** What the terminal needs from the process: somewhere to write, and a keyboard that may be in raw mode. */
export interface TerminalStreams {
  out: {write(text: string): unknown};
  input: {isTTY?: boolean; setRawMode?(raw: boolean): unknown};
}

/** The full-screen terminal: `enter` once, then `restore` (any number of times, it acts once). */
export function fullScreen({out, input}: TerminalStreams): {
  enter(): void;
  restore(): void;
  suspend(stop: () => void): boolean;
  blank(): boolean;
} {
  let entered = false;
  const screen = {
    enter() {
      out.write(ENTER_ALT);
      entered = true;
      // Raw at once, not when Ink starts listening after its first frame: an Enter typed in between would reach
      // the reader as the line discipline's "\n", which is not a key, and be lost.
      try {
        if (input.isTTY) input.setRawMode?.(true);
      } catch {
        // Ink tries again when it listens
      }
    },
    restore() {
      if (!entered) return;
      entered = false;
      // Each step on its own: after SIGHUP the terminal may be gone, and one failed write must not stop the rest.
      try {
        if (input.isTTY) input.setRawMode?.(false);
      } catch {
        // nothing left to restore it on
      }
      try {
        out.write(LEAVE_ALT);
      } catch {
        // nothing left to write to
      }
    },
    /**
     * Ctrl+Z, as in less or vim: the terminal given back as brief found it, `stop` (which stops the process and
     * returns once the shell continues it, or at once where nothing stopped it), then the screen taken again,
     * blank, for the caller to draw whole. False (nothing done) when the screen was never taken.
     */
    suspend(stop: () => void): boolean {
      if (!entered) return false;
      screen.restore();
      try {
        stop();
      } finally {
        screen.enter();
        try {
          out.write(BLANK_SCREEN);
        } catch {
          // the next frame tries again
        }
      }
      return true;
    },
    /** Ctrl+L: the screen blank and the cursor home, for the caller to draw whole; false when it was never taken. */
    blank(): boolean {
      if (!entered) return false;
      out.write(BLANK_SCREEN);
      return true;
    },
  };
  return screen;
}

/** `stdout` as Ink should write to it: the same stream, but its writes never erase the user's scrollback. */
export function keepScrollback(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text =
      typeof chunk === 'string' && chunk.includes(ERASE_SAVED_LINES)
        ? chunk.replaceAll(ERASE_SAVED_LINES, '')
        : chunk;
    return Reflect.apply(stdout.write, stdout, [text, ...rest]) as boolean;
  };
  return new Proxy(stdout, {
    get(target, key) {
      if (key === 'write') return write;
      const value: unknown = Reflect.get(target, key, target);
      // Bound to the stream itself, so listeners (Ink's 'resize') land on process.stdout, which Node's SIGWINCH uses.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The exit code a shell reports for a process ended by `signal`: 128 + its number (SIGTERM → 143). */
export function signalExitCode(signal: (typeof ENDING_SIGNALS)[number]): number {
  return 128 + constants.signals[signal];
}
