import React from 'react';
import {render} from 'ink';
import type {RefreshControl} from '../feeds/refresh-control.js';
import type {IndexingHandle, Store} from '../store/index.js';
import {App} from './App.js';

/** What the reader needs from the CLI. */
export interface TuiOptions {
  store: Store;
  /** Indexing running in the background, if any. */
  indexing?: IndexingHandle;
  /** Opens a URL with the system opener; absent when the system has none. */
  openUrl?: (url: string) => void;
  /** Refreshes the feeds in the background (R). */
  refresh?: RefreshControl;
}

// The alternate screen keeps the user's scrollback intact and gives it back on exit, however the reader ends.
const ENTER_ALT = '\u001b[?1049h';
const LEAVE_ALT = '\u001b[?1049l\u001b[?25h';

/** Starts the Ink reader full-screen and resolves when the user quits (q or Ctrl+C), the terminal restored. */
export async function runTui(options: TuiOptions): Promise<void> {
  const out = process.stdout;
  out.write(ENTER_ALT);
  const restore = () => out.write(LEAVE_ALT);
  process.once('exit', restore);
  try {
    const app = render(
      <App
        store={options.store}
        {...(options.indexing ? {indexing: options.indexing} : {})}
        {...(options.openUrl ? {openUrl: options.openUrl} : {})}
        {...(options.refresh ? {refresh: options.refresh} : {})}
      />,
      {
        exitOnCtrlC: true,
        patchConsole: true,
        // Typing in search should show within a frame or so; Ink's default of 30 frames a second adds up to 33 ms.
        maxFps: 60,
      },
    );
    await app.waitUntilExit();
  } finally {
    process.off('exit', restore);
    restore();
  }
}
