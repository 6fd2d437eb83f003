import React, {useEffect} from 'react';
import {render, useStderr, useStdout} from 'ink';
import type {RefreshControl} from '../feeds/refresh-control.js';
import type {IndexingHandle, Store} from '../store/index.js';
import {App} from './App.js';
import {routeConsole} from './console-route.js';
import {ENDING_SIGNALS, fullScreen, signalExitCode} from './terminal.js';

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

/** Prints from console.* go above the frame once it is drawn (src/ui/console-route.ts). */
function ConsoleAboveFrame({children}: {children: React.ReactNode}) {
  const {write: stdout} = useStdout();
  const {write: stderr} = useStderr();
  useEffect(() => routeConsole({stdout, stderr}), [stdout, stderr]);
  return children;
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
  try {
    const app = render(
      <ConsoleAboveFrame>
        <App
          store={options.store}
          {...(options.indexing ? {indexing: options.indexing} : {})}
          {...(options.openUrl ? {openUrl: options.openUrl} : {})}
          {...(options.library ? {library: options.library} : {})}
          {...(options.refresh ? {refresh: options.refresh} : {})}
          {...(options.settled ? {settled: options.settled} : {})}
          {...(options.onKey ? {onKey: options.onKey} : {})}
        />
      </ConsoleAboveFrame>,
      {
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
    process.off('exit', screen.restore);
    screen.restore();
  }
  return {interrupted};
}
