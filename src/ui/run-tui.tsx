import React, {useEffect} from 'react';
import {render, useStderr, useStdout} from 'ink';
import type {RefreshControl} from '../feeds/refresh-control.js';
import type {IndexingHandle, Store} from '../store/index.js';
import {App} from './App.js';
import {routeConsole} from './console-route.js';
import {cannotSuspend, ownState, RESUMED_ALONE, watchStop} from './job-control.js';
import {ENDING_SIGNALS, fullScreen, keepScrollback, signalExitCode} from './terminal.js';

/** What the reader needs from the CLI. */
export interface TuiOptions {
  store: Store;
  /** Indexing running in the background, if any. */
  indexing?: IndexingHandle;
  /** Opens a URL with the system opener; absent when the system has none. */
  openUrl?: (url: string) => void;
  /** The article folder, named when the library is empty. */
  library?: string;
  /** Refreshes the feeds in the background (R). */
  refresh?: RefreshControl;
  /** Run once when start-up has settled and the user pauses (App's `settled`). */
  settled?: () => void;
  /** Told of every key (App's `onKey`). */
  onKey?: () => void;
}

/**
 * Prints from console.* go above the frame once it is drawn (src/ui/console-route.ts); `onRedraw` is given a redraw
 * made of Ink's own write, which draws the whole last frame again after what it writes (here nothing: after Ctrl+Z
 * and `fg`).
 */
function ConsoleAboveFrame({
  children,
  onRedraw,
}: {
  children: React.ReactNode;
  onRedraw: (redraw: () => void) => void;
}) {
  const {write: stdout} = useStdout();
  const {write: stderr} = useStderr();
  useEffect(() => routeConsole({stdout, stderr}), [stdout, stderr]);
  useEffect(() => onRedraw(() => stdout('')), [stdout, onRedraw]);
  return children;
}

/** A terminal's size read again: while brief was stopped the shell had the terminal, and its SIGWINCH. */
function refreshSize(stdout: NodeJS.WriteStream): void {
  // Node's own re-read (the one its SIGWINCH handler runs): sets columns and rows, emits 'resize' when they changed.
  (stdout as NodeJS.WriteStream & {_refreshSize?: () => void})._refreshSize?.();
}

/**
 * Starts the Ink reader full-screen and resolves when the user quits (q or Ctrl+C), the terminal restored, saying
 * whether it was Ctrl+C (`interrupted`: the CLI then exits 130, as its help says and as the shell would for a
 * program Ctrl+C stopped). A signal that ends brief (kill, a closed terminal, Ctrl+\ from outside) restores the
 * terminal too, then exits with 128 + the signal's number, as a shell expects.
 */
export async function runTui(options: TuiOptions): Promise<{interrupted: boolean}> {
  const screen = fullScreen({out: process.stdout, input: process.stdin});
  screen.enter();
  process.once('exit', screen.restore);
  let unmount: () => void = () => {};
  let rendered = false;
  const onSignal = (signal: (typeof ENDING_SIGNALS)[number]) => {
    // Ink's last frame first, so it lands on the alternate screen and not in the user's scrollback.
    try {
      unmount();
    } catch {
      // the terminal may be gone (SIGHUP)
    }
    screen.restore();
    process.exit(signalExitCode(signal));
  };
  let interrupted = false;
  const onData = (chunk: Buffer | string): void => {
    if (chunk.includes('\u0003')) interrupted = true;
  };
  const handlers = ENDING_SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  let redraw = (): void => {};
  const onRedraw = (given: () => void): void => {
    redraw = given;
  };
  // Ctrl+Z (raw mode reads it as a key) and a SIGTSTP sent from outside both suspend: the terminal given back, the
  // process stopped, and on `fg` the screen taken and drawn whole at the terminal's size then. Where no shell with
  // job control could continue it, brief says so instead of stopping, or is woken by a watch (job-control.ts).
  let say = (_text: string): void => {};
  const suspend = (target: number): void => {
    const why = cannotSuspend(ownState());
    if (why) return say(why);
    // brief's own SIGTSTP must stop it, not come back here: with no listener the signal does what it does by default.
    process.off('SIGTSTP', onStop);
    try {
      watchStop(process.pid, () => say(RESUMED_ALONE));
      const stopped = screen.suspend(() => process.kill(target, 'SIGTSTP'));
      if (!stopped) return;
      refreshSize(process.stdout);
      redraw();
    } finally {
      process.on('SIGTSTP', onStop);
    }
  };
  // The whole process group, as vim does: brief started by `npm start` (npm, a shell, then brief) stops with
  // its parents, so the shell that started them sees the job stop and gives its prompt back.
  const onSuspendKey = (told: (text: string) => void) => {
    say = told;
    suspend(0);
  };
  // Ctrl+L: blank, then Ink's whole last frame at the terminal's size now.
  const repaint = (): void => {
    if (!screen.blank()) return;
    refreshSize(process.stdout);
    redraw();
  };
  function onStop() {
    suspend(process.pid);
  }
  process.on('SIGTSTP', onStop);
  try {
    const app = render(
      <ConsoleAboveFrame onRedraw={onRedraw}>
        <App
          store={options.store}
          {...(options.indexing ? {indexing: options.indexing} : {})}
          {...(options.openUrl ? {openUrl: options.openUrl} : {})}
          {...(options.library ? {library: options.library} : {})}
          {...(options.refresh ? {refresh: options.refresh} : {})}
          {...(options.settled ? {settled: options.settled} : {})}
          {...(options.onKey ? {onKey: options.onKey} : {})}
          suspend={onSuspendKey}
          repaint={repaint}
        />
      </ConsoleAboveFrame>,
      {
        stdout: keepScrollback(process.stdout),
        exitOnCtrlC: true,
        patchConsole: false,
        // Typing in search should show within a frame or so; Ink's default of 30 frames a second adds up to 33 ms.
        maxFps: 60,
        // The end of the first render's React and layout work, for the start-up trace (src/cli/start-trace.ts).
        onRender: () => {
          if (!rendered) performance.mark('brief:first-render');
          rendered = true;
        },
      },
    );
    unmount = () => app.unmount();
    // Ink quits on Ctrl+C itself (so it works whatever the screen), which its input hooks do not see: the key is
    // noticed in what Ink reads. Ink reads on 'readable', so this listener is given what Ink read and changes
    // nothing of how it reads.
    process.stdin.on('data', onData);
    await app.waitUntilExit();
  } finally {
    process.stdin.off('data', onData);
    // Without Ink's listener, a stream with a 'data' listener once is put in flowing mode: paused, it keeps no
    // read going that would hold the process open.
    process.stdin.pause();
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.off('SIGTSTP', onStop);
    process.off('exit', screen.restore);
    screen.restore();
  }
  return {interrupted};
}
